import type { PackSet } from '../rule-packs/load-pack';
import type { PovertyGuideline, StateLimits } from '../rule-packs/pack-schema';
import type { ScreeningInput } from '../schema/screening';
import { type Applicable, applicablePercentage } from './aptc';
import {
  guidelineFor,
  type MedicaidGuideline,
  medicaidGuideline,
  percentOf,
  ptcGuideline,
} from './fpl';
import { describeHousehold, type Household } from './household';
import { householdMagi } from './income';

/** Medicaid's view of the household: the guideline in force and each member's own ratio. */
export type MedicaidView = {
  choice: MedicaidGuideline;
  /** MAGI of everyone listed: spouses and parents living together count each other. */
  income: number;
  /** Guideline amount and unrounded % of it, per member (a pregnant woman's household is larger). */
  amountFor: readonly number[];
  percentFor: readonly number[];
  /** The household-level ratio (other members' view), for the determination's medicaidFplPercent. */
  basePercent: number;
  baseAmount: number;
};

/** Everything the per-member rules read, computed once per screening. */
export type Context = {
  input: ScreeningInput;
  packs: PackSet;
  household: Household;
  limits: StateLimits | null;
  /** Household income of the tax family (the credit's household income). */
  taxIncome: number;
  ptcGuideline: PovertyGuideline;
  ptcAmount: number;
  /** Unrounded % of the credit's guideline. */
  ptcPercent: number;
  medicaid: MedicaidView | null;
  /** The applicable percentage at this income; null when the pack's table is missing. */
  applicable: Applicable | null;
};

export function buildContext(input: ScreeningInput, packs: PackSet): Context {
  const { federal } = packs;
  const household = describeHousehold(input, federal);
  const taxIncome = householdMagi(input.household, household.taxFamily);
  const guideline = ptcGuideline(packs);
  const ptcAmount = guidelineFor(guideline, input.state, household.taxFamily.length);
  const ptcPercent = percentOf(taxIncome, ptcAmount);
  const table = federal.applicablePercentage;
  return {
    input,
    packs,
    household,
    limits: federal.medicaid.states[input.state] ?? null,
    taxIncome,
    ptcGuideline: guideline,
    ptcAmount,
    ptcPercent,
    medicaid: medicaidView(input, packs, household),
    applicable: table.status === 'published' ? applicablePercentage(table, ptcPercent) : null,
  };
}

function medicaidView(
  input: ScreeningInput,
  packs: PackSet,
  household: Household,
): MedicaidView | null {
  const choice = medicaidGuideline(packs, input.screeningDate);
  if (!choice) return null;
  const all = input.household.map((_, i) => i);
  const income = householdMagi(input.household, all);
  const amountFor = household.medicaidSize.map((size) =>
    guidelineFor(choice.guideline, input.state, size),
  );
  const baseAmount = guidelineFor(choice.guideline, input.state, household.medicaidBaseSize);
  return {
    choice,
    income,
    amountFor,
    percentFor: amountFor.map((amount) => percentOf(income, amount)),
    basePercent: percentOf(income, baseAmount),
    baseAmount,
  };
}
