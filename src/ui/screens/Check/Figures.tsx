import type { Determination } from '../../../schema/screening';
import { useI18n } from '../../i18n/context';

/** Why the monthly credit is what it is: an amount, none, or why it cannot be worked out. */
export type CreditStatus = 'amount' | 'none' | 'needs_benchmark' | 'figures_missing';

export function creditStatus(d: Determination): CreditStatus {
  if (d.aptcMonthly !== null) {
    return d.members.some((m) => m.program === 'marketplace_aptc') ? 'amount' : 'none';
  }
  // Without the year's applicable-percentage table there is no expected contribution either;
  // with it, only the benchmark premium is missing.
  return d.applicablePercentage === null ? 'figures_missing' : 'needs_benchmark';
}

/** A percent of the poverty guideline (217.7) in the language's way ("217.7%", "217,7 %"). */
export function formatFpl(lang: string, percent: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(
    percent / 100,
  );
}

/**
 * The household's figures in plain words: income against the poverty guideline, the expected
 * contribution, the monthly tax credit (or why it is not known), and the extra savings (CSR).
 * Shown with the results of a check and on the receipt of an application started from one.
 */
export function Figures(props: { determination: Determination }) {
  const { t, money, lang } = useI18n();
  const d = props.determination;
  const status = creditStatus(d);
  const perMonth = (n: number) => t('check.perMonth', { amount: money(n) });
  const credit = {
    amount: d.aptcMonthly === null ? '' : perMonth(d.aptcMonthly),
    none: t('check.aptcNone', { amount: money(0) }),
    needs_benchmark: t('check.aptcNeedsBenchmark'),
    figures_missing: t('check.aptcMissingFigures', { year: d.planYear }),
  }[status];
  const contribution =
    d.expectedContributionMonthly !== null
      ? perMonth(d.expectedContributionMonthly)
      : status === 'figures_missing'
        ? t('check.notComputed')
        : t('check.notApplicable');
  return (
    <dl class="check-figures">
      <div>
        <dt>{t('check.fpl')}</dt>
        <dd data-testid="figure-fpl">
          {d.fplPercent === null ? t('check.notApplicable') : formatFpl(lang, d.fplPercent)}
        </dd>
      </div>
      <div>
        <dt>{t('check.aptc')}</dt>
        <dd data-testid="figure-aptc">{credit}</dd>
      </div>
      <div>
        <dt>{t('check.contribution')}</dt>
        <dd data-testid="figure-contribution">{contribution}</dd>
      </div>
      <div>
        <dt>{t('check.csr')}</dt>
        <dd data-testid="figure-csr">{t(`csr.${d.csrLevel}`)}</dd>
      </div>
    </dl>
  );
}
