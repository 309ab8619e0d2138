import type { StateLimits } from '../rule-packs/pack-schema';
import type { Member } from '../schema/screening';
import { CHIP_MAX_AGE_YEARS, chipGroups, type Group } from './chip';
import type { Context } from './context';
import { fplText, people, usd } from './format';
import { medicaidStatus } from './immigration';
import type { Trace } from './trace';

/** The adult expansion group is ages 19-64 (42 CFR 435.119). */
export const ADULT_MIN_AGE_YEARS = 19;
export const ADULT_MAX_AGE_YEARS = 64;
/** Ages 19-20 are a "reasonable classification" some states cover at higher limits (435.222). */
export const YOUNG_ADULT_MAX_AGE_YEARS = 20;

export type MedicaidResult = {
  program: 'medicaid' | 'chip' | null;
  /** The group the income fits, whatever the status (names emergency Medicaid for the barred). */
  incomeGroup: Group | null;
  /** True when immigration status bars full Medicaid/CHIP, whatever the income. */
  barredByStatus: boolean;
};

function medicaidGroups(limits: StateLimits, member: Member, caretaker: boolean): Group[] {
  const groups: Group[] = [];
  const add = (rule: string, name: string, limit: number | null) => {
    if (limit !== null) groups.push({ program: 'medicaid', rule, name, limitPct: limit });
  };
  const { age } = member;
  if (member.pregnant) add('medicaid.pregnant', 'pregnant people', limits.pregnantMedicaidPct);
  if (age < 1) add('medicaid.child', 'infants under 1', limits.infantMedicaidPct);
  else if (age <= 5) add('medicaid.child', 'children 1-5', limits.child1to5MedicaidPct);
  else if (age <= CHIP_MAX_AGE_YEARS)
    add('medicaid.child', 'children 6-18', limits.child6to18MedicaidPct);
  if (age >= ADULT_MIN_AGE_YEARS && age <= YOUNG_ADULT_MAX_AGE_YEARS) {
    add('medicaid.young_adult', 'young adults 19-20', limits.youngAdult19to20MedicaidPct);
  }
  // Pregnant people and people with Medicare are outside the adult group (42 CFR 435.119(b)).
  if (
    age >= ADULT_MIN_AGE_YEARS &&
    age <= ADULT_MAX_AGE_YEARS &&
    !member.pregnant &&
    !member.medicare
  ) {
    add('medicaid.adult', 'adults 19-64', limits.adultPct);
  }
  if (caretaker) add('medicaid.parent', 'parents and caretaker relatives', limits.parentPct);
  return groups;
}

/** The group the income fits with the highest limit, Medicaid before CHIP (Medicaid comes first). */
function bestFit(groups: readonly Group[], percent: number): Group | null {
  let best: Group | null = null;
  for (const g of groups) {
    if (percent > g.limitPct) continue;
    const better =
      !best ||
      (g.program === 'medicaid' && best.program === 'chip') ||
      (g.program === best.program && g.limitPct > best.limitPct);
    if (better) best = g;
  }
  return best;
}

/**
 * Medicaid and CHIP for one member: MAGI groups by age, pregnancy and caretaker role against the
 * state's limits (which already include the 5-point disregard: compare, never add 5), inclusive.
 */
export function screenMedicaid(ctx: Context, index: number, trace: Trace): MedicaidResult {
  const member = ctx.input.household[index];
  const none: MedicaidResult = { program: null, incomeGroup: null, barredByStatus: false };
  if (!member || !ctx.limits || !ctx.medicaid) return none;
  const { state } = ctx.input;
  const source = ctx.packs.federal.medicaid.limitsSource;
  const groups = [
    ...medicaidGroups(ctx.limits, member, ctx.household.caretakers.has(index)),
    ...chipGroups(ctx.limits, member),
  ];
  const percent = ctx.medicaid.percentFor[index] ?? 0;
  const size = ctx.household.medicaidSize[index] ?? 1;
  const amount = ctx.medicaid.amountFor[index] ?? 0;
  const year = ctx.medicaid.choice.guideline.year;
  const where = `Income ${fplText(percent)} of the ${year} guideline for ${people(size)} (${usd(amount)})`;
  if (member.pregnant) {
    trace.add(
      'household.pregnancy',
      ctx.packs.federal.medicaid.pregnancyCountSource,
      () =>
        `For her own Medicaid she counts as herself plus ${member.expectedChildren} expected: a household of ${people(size)}.`,
    );
  }
  const status = medicaidStatus(ctx.packs.federal, member, ctx.input.screeningDate, trace);
  if (groups.length === 0) {
    trace.add('medicaid.no_group', source, () =>
      member.age > ADULT_MAX_AGE_YEARS
        ? `No MAGI Medicaid group at ${member.age}: people 65 and over are screened by the aged, blind and disabled rules, not here.`
        : `No MAGI Medicaid group in ${state} for this member: ${ctx.limits?.expansion ? 'none applies' : `${state} did not expand Medicaid to adults without dependent children`}.`,
    );
    return { ...none, barredByStatus: !status.ok };
  }
  const fit = bestFit(groups, percent);
  if (!fit) {
    const top = groups.reduce((a, b) => (b.limitPct > a.limitPct ? b : a));
    trace.add(
      'medicaid.over_limit',
      source,
      () => `${where} is above the ${top.limitPct}% limit for ${top.name} in ${state}.`,
    );
    return { ...none, barredByStatus: !status.ok };
  }
  if (!status.ok) {
    const rule =
      status.why === 'five_year_bar' ? 'immigration.five_year_bar' : 'immigration.medicaid_status';
    trace.add(rule, status.source, () => `${where} fits ${fit.name}, but ${status.text}`);
    return { program: null, incomeGroup: fit, barredByStatus: true };
  }
  trace.add(
    fit.rule,
    source,
    () =>
      `${where} is at or under the ${fit.limitPct}% limit for ${fit.name} in ${state} (the limit includes the 5-point disregard).`,
  );
  return { program: fit.program, incomeGroup: fit, barredByStatus: false };
}
