import type { PackSet } from '../rule-packs/load-pack';
import type { Income, ScreeningInput } from '../schema/screening';
import { screen } from './determine';
import { countsTowardMagi, householdMagi } from './income';

/** More points than a chart can show is a caller's mistake, not a request to honour. */
export const MAX_CURVE_POINTS = 2000;

export type CurvePoint = {
  /** Household MAGI of the tax household at this point, in dollars a year. */
  householdIncome: number;
  fplPercent: number | null;
  /** Null where the credit cannot be computed (no benchmark premium, or no table for the year). */
  aptcMonthly: number | null;
  /** Null where nobody in the household qualifies for the credit. */
  expectedContributionMonthly: number | null;
};

export type CurveRange = { from: number; to: number; points: number };

/**
 * The monthly credit and expected contribution as household income varies from `from` to `to`
 * (evenly spaced, both ends included), for the what-if chart. Each point is a full screening, so
 * Medicaid, CHIP, the employer test and the cliff move with income as they would for real. The
 * household's counted incomes are scaled together to each total; with no counted income the total
 * goes to the filer as wages. Reasons are not built (the chart shows numbers only).
 */
export function whatIfCurve(
  input: ScreeningInput,
  packs: PackSet,
  range: CurveRange,
): CurvePoint[] {
  const { from, to, points } = range;
  if (!Number.isInteger(points) || points < 2 || points > MAX_CURVE_POINTS) {
    throw new RangeError(`points must be an integer from 2 to ${MAX_CURVE_POINTS}`);
  }
  if (!(Number.isFinite(from) && Number.isFinite(to)) || from < 0 || to < from) {
    throw new RangeError('from and to must be finite, with 0 ≤ from ≤ to');
  }
  const all = input.household.map((_, i) => i);
  const current = householdMagi(input.household, all);
  const curve: CurvePoint[] = [];
  for (let k = 0; k < points; k++) {
    const total = from + ((to - from) * k) / (points - 1);
    const d = screen(withIncome(input, current, total), packs, { trace: false });
    curve.push({
      householdIncome: total,
      fplPercent: d.fplPercent,
      aptcMonthly: d.aptcMonthly,
      expectedContributionMonthly: d.expectedContributionMonthly,
    });
  }
  return curve;
}

function withIncome(input: ScreeningInput, current: number, total: number): ScreeningInput {
  if (current > 0) {
    const factor = total / current;
    const scale = (i: Income): Income =>
      countsTowardMagi(i) ? { type: i.type, annual: i.annual * factor } : i;
    return {
      ...input,
      household: input.household.map((m) => ({ ...m, incomes: m.incomes.map(scale) })),
    };
  }
  return {
    ...input,
    household: input.household.map((m) =>
      m.role === 'filer'
        ? {
            ...m,
            incomes: [
              ...m.incomes.filter((i) => !countsTowardMagi(i)),
              { type: 'wages', annual: total },
            ],
          }
        : { ...m, incomes: m.incomes.filter((i) => !countsTowardMagi(i)) },
    ),
  };
}
