import { connectorCarePlan } from './connector-care';
import type { Context } from './context';
import type { MemberOutcome } from './eligibility';
import { fplText, usd } from './format';
import type { Trace } from './trace';

/** A state program on top of the federal result ("another level of financing"), or none. */
export type StateLayer = {
  stateProgram: string | null;
  detail: string | null;
  monthlyPremium: number | null;
};

const NONE: StateLayer = { stateProgram: null, detail: null, monthlyPremium: null };
const SOURCE_LIMITED =
  '130 CMR 505 (MassHealth coverage types; names not re-read, see eligibility-facts.json massachusetts.massHealth); 42 CFR 440.255(c)';

/**
 * Massachusetts layers: ConnectorCare for members with the credit, MassHealth Family Assistance
 * for CHIP children, MassHealth Limited for those whose status closes full MassHealth, and the
 * Health Safety Net for residents up to 300% FPL left without either.
 */
export function massachusettsLayer(
  ctx: Context,
  index: number,
  outcome: MemberOutcome,
  trace: Trace,
): StateLayer {
  const pack = ctx.packs.state;
  const member = ctx.input.household[index];
  if (!pack || !member) return NONE;
  const { connectorCare, massHealth } = pack;
  if (outcome.program === 'marketplace_aptc' && connectorCare) {
    const plan = connectorCarePlan(connectorCare, ctx.ptcPercent);
    if (plan) {
      trace.add(
        'ma.connectorcare.plan_type',
        connectorCare.source,
        () =>
          `ConnectorCare Plan Type ${plan.planType}: household income ${fplText(ctx.ptcPercent)} FPL is in the ${plan.abovePct === null ? 'up' : `over ${plan.abovePct}%`} to ${plan.upToPct}% band.`,
      );
      trace.add('ma.connectorcare.premium', connectorCare.premiumSource, () =>
        plan.enrolleeMonthlyPremium === null
          ? `The ${pack.planYear} enrollee premium for Plan Type ${plan.planType} is not in the rule pack.`
          : `Enrollee premium for the lowest-cost ConnectorCare plan: ${usd(plan.enrolleeMonthlyPremium)} a month per person.`,
      );
      return {
        stateProgram: 'ConnectorCare',
        detail: `Plan Type ${plan.planType}`,
        monthlyPremium: plan.enrolleeMonthlyPremium,
      };
    }
    trace.add(
      'ma.connectorcare.none',
      connectorCare.source,
      () => `No ConnectorCare plan type for ${fplText(ctx.ptcPercent)} FPL in ${pack.planYear}.`,
    );
  }
  if (!massHealth) return NONE;
  const percent = ctx.medicaid?.percentFor[index] ?? null;
  if (outcome.program === 'chip') {
    const fa = massHealth.familyAssistancePremiums;
    const band = fa.bands.find(
      (b) => percent !== null && percent > b.abovePct && percent <= b.upToPct,
    );
    trace.add('ma.masshealth.family_assistance', fa.source, () =>
      band
        ? `${massHealth.chipProgramName}: ${usd(band.perChildMonthly)} a month per child (at most ${fa.maxChildren} children pay).`
        : `${massHealth.chipProgramName}: no premium at this income.`,
    );
    return {
      stateProgram: massHealth.chipProgramName,
      detail: band ? `${usd(band.perChildMonthly)} per child per month` : 'No premium',
      monthlyPremium: band ? band.perChildMonthly : 0,
    };
  }
  if (outcome.program === 'medicaid' || member.incarcerated || percent === null) return NONE;
  const barred = member.immigrationStatus === 'undocumented' || outcome.medicaid.barredByStatus;
  if (barred && outcome.medicaid.incomeGroup) {
    trace.add(
      'ma.masshealth.limited',
      SOURCE_LIMITED,
      () =>
        `${massHealth.emergencyProgramName}: income fits MassHealth for ${outcome.medicaid.incomeGroup?.name}, but status allows emergency coverage only.`,
    );
    return {
      stateProgram: massHealth.emergencyProgramName,
      detail: 'Emergency services',
      monthlyPremium: 0,
    };
  }
  const hsn = massHealth.healthSafetyNet;
  if (percent <= hsn.partialUpToPct) {
    const full = percent <= hsn.fullUpToPct;
    trace.add(
      'ma.hsn',
      hsn.source,
      () =>
        `${hsn.programName}: MassHealth income ${fplText(percent)} FPL is ${full ? `at or under ${hsn.fullUpToPct}% (full)` : `between ${hsn.fullUpToPct}% and ${hsn.partialUpToPct}% (partial, with a deductible)`} for care at community health centers and hospitals.`,
    );
    return {
      stateProgram: hsn.programName,
      detail: full ? 'Full' : 'Partial (deductible)',
      monthlyPremium: null,
    };
  }
  return NONE;
}
