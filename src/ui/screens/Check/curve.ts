import type { PackSet } from '../../../rule-packs/load-pack';
import type { ScreeningInput } from '../../../schema/screening';
import { buildContext } from '../../../screener/context';
import { householdMagi } from '../../../screener/income';
import { type CurvePoint, whatIfCurve } from '../../../screener/what-if';

/** Points of the what-if curve: enough for a smooth line at any width, and one frame to draw. */
export const CURVE_POINTS = 400;
/** The curve runs to 600% of the poverty guideline (past the 400% edge of the credit)… */
const TOP_FPL_MULTIPLE = 6;
/** …or to one and a half times the income entered, whichever is higher. */
const TOP_INCOME_MULTIPLE = 1.5;
const ROUND_TO_USD = 1000;

export type WhatIf = {
  points: CurvePoint[];
  /** The household's counted (MAGI) income as entered: where the chart marks "now". */
  income: number;
  /** Whether any point has an amount to draw (no benchmark and no table: nothing to draw). */
  drawable: boolean;
};

export function whatIf(input: ScreeningInput, packs: PackSet): WhatIf {
  const ctx = buildContext(input, packs);
  const income = householdMagi(
    input.household,
    input.household.map((_, i) => i),
  );
  const top = Math.max(ctx.ptcAmount * TOP_FPL_MULTIPLE, income * TOP_INCOME_MULTIPLE);
  const to = Math.ceil(top / ROUND_TO_USD) * ROUND_TO_USD;
  const points = whatIfCurve(input, packs, { from: 0, to, points: CURVE_POINTS });
  const drawable = points.some(
    (p) => (p.aptcMonthly ?? 0) > 0 || (p.expectedContributionMonthly ?? 0) > 0,
  );
  return { points, income, drawable };
}
