import { useI18n } from '../../../../i18n/context';
import { hrefFor } from '../../../../router';
import { useDraft } from '../draft-context';
import { reviewRows } from '../review-rows';
import { STEP_IDS } from '../steps';

/** Every answer, step by step, each section with a link back to change it. */
export function ReviewStep() {
  const i18n = useI18n();
  const { t } = i18n;
  const draft = useDraft();
  return (
    <>
      <p>{t('review.intro')}</p>
      {STEP_IDS.filter((s) => s !== 'review').map((step) => {
        const rows = reviewRows(step, draft.fields, i18n);
        const title = t(`step.${step}`);
        return (
          <section class="card" key={step} aria-labelledby={`review-${step}`}>
            <h2 id={`review-${step}`} class="ds-text-heading--lg">
              {title}
            </h2>
            <dl class="review-list">
              {rows.map((row) => (
                <div key={row.label}>
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              ))}
            </dl>
            <p>
              <a href={hrefFor({ name: 'application', id: draft.id, step })}>
                {t('review.change', { section: title.toLowerCase() })}
              </a>
            </p>
          </section>
        );
      })}
    </>
  );
}
