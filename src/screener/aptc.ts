import type { FederalPack } from '../rule-packs/pack-schema';
import { roundTo } from './format';

type Published = Extract<FederalPack['applicablePercentage'], { status: 'published' }>;
export type ApplicableBand = Published['bands'][number];

export type Applicable = { value: number; band: ApplicableBand };

/**
 * The applicable percentage for a household income (% FPL, unrounded). Bands are "at least from,
 * less than to"; the last band includes its top ("not more than 400%"). Within a band it rises
 * linearly and is rounded to the pack's precision (26 CFR 1.36B-3(g)(1)). Below the first band's
 * start (a lawfully present household under 100% in 2025) the first band applies.
 */
export function applicablePercentage(table: Published, percent: number): Applicable | null {
  const { bands } = table;
  const last = bands[bands.length - 1];
  let band: ApplicableBand | undefined;
  for (const b of bands) {
    if (percent >= b.fromPct && (b.toPct === null || percent < b.toPct)) {
      band = b;
      break;
    }
  }
  if (!band && last && last.toPct !== null && percent === last.toPct) band = last;
  if (!band && bands[0] && percent < bands[0].fromPct) band = bands[0];
  if (!band) return null;
  const span = band.toPct === null ? 0 : band.toPct - band.fromPct;
  const share = span === 0 ? 0 : (Math.max(percent, band.fromPct) - band.fromPct) / span;
  const raw = band.initial + share * (band.final - band.initial);
  return { value: roundTo(raw, table.roundToDecimals), band };
}

export type Credit = {
  applicablePercentage: number;
  /** Unrounded annual expected contribution: the share of income the household pays itself. */
  contributionAnnual: number;
  /** Unrounded annual credit, or null without a benchmark premium. */
  creditAnnual: number | null;
  creditMonthly: number | null;
};

/**
 * Credit = benchmark premium − applicable percentage × household income, never below zero
 * (26 USC 36B(b)(2); 26 CFR 1.36B-3(d)). The annual and monthly figures are each computed from
 * unrounded inputs, as marketplace estimates are.
 */
export function credit(
  applicable: number,
  householdIncome: number,
  benchmarkMonthly: number | null,
): Credit {
  const contributionAnnual = Math.max(0, applicable * householdIncome);
  if (benchmarkMonthly === null) {
    return {
      applicablePercentage: applicable,
      contributionAnnual,
      creditAnnual: null,
      creditMonthly: null,
    };
  }
  return {
    applicablePercentage: applicable,
    contributionAnnual,
    creditAnnual: Math.max(0, benchmarkMonthly * 12 - contributionAnnual),
    creditMonthly: Math.max(0, benchmarkMonthly - contributionAnnual / 12),
  };
}
