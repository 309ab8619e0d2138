import type { PackSet } from '../rule-packs/load-pack';
import type { Determination, MemberDetermination, ScreeningInput } from '../schema/screening';
import { credit } from './aptc';
import { buildContext, type Context } from './context';
import { csrBand, csrLevel } from './csr';
import { decideProgram } from './eligibility';
import { explainHousehold } from './explain';
import { rateText, roundTo, usd } from './format';
import { massachusettsLayer } from './massachusetts';
import { Trace } from './trace';

export type ScreenOptions = {
  /** Build the plain-language reasons (default true). The what-if curve turns them off. */
  trace?: boolean;
};

const CENTS = 2;
/** Applicable percentages are shown as fractions with 6 decimals (0.072524), as in issue 3. */
const RATE_DECIMALS = 6;

/**
 * Screens a household against the plan year's packs: per member, the program and the reasons;
 * per household, the two poverty-guideline ratios, the expected contribution, the credit and CSR.
 * Pure: no clock, storage, network or DOM. The input must already be parsed by `screeningInput`.
 */
export function screen(
  input: ScreeningInput,
  packs: PackSet,
  options: ScreenOptions = {},
): Determination {
  if (packs.federal.planYear !== input.planYear) {
    throw new Error(`Pack ${packs.federal.id} does not cover plan year ${input.planYear}`);
  }
  const traceOn = options.trace ?? true;
  const ctx = buildContext(input, packs);
  const household = new Trace(traceOn);
  explainHousehold(ctx, household);
  // Massachusetts is the state with overlays (MA-2025, MA-2026); say when its year has none.
  if (!packs.state && input.state === 'MA') {
    household.add(
      'state.pack_missing',
      packs.federal.id,
      () =>
        `No ${input.state} rule pack for plan year ${input.planYear}: state programs (ConnectorCare, MassHealth premiums, Health Safety Net) are not screened.`,
    );
  }
  const members = input.household.map((member, index): MemberDetermination => {
    const trace = new Trace(traceOn);
    const outcome = decideProgram(ctx, index, trace);
    const layer = massachusettsLayer(ctx, index, outcome, trace);
    return {
      index,
      role: member.role,
      program: outcome.program,
      stateProgram: layer.stateProgram,
      stateProgramDetail: layer.detail,
      stateProgramMonthlyPremium: layer.monthlyPremium,
      reasons: trace.reasons,
    };
  });
  const hasCredit = members.some((m) => m.program === 'marketplace_aptc');
  const band = csrBand(packs.federal, ctx.ptcPercent, hasCredit);
  household.add(band ? 'csr.level' : 'csr.none', packs.federal.csr.source, () =>
    band
      ? `Cost-sharing reductions: silver plans at ${Math.round(band.av * 100)}% actuarial value (household income up to ${band.upToPct}% FPL, with the credit).`
      : hasCredit
        ? 'No cost-sharing reductions above 250% FPL.'
        : 'No cost-sharing reductions: they need eligibility for the credit.',
  );
  return {
    planYear: input.planYear,
    packs: [packs.federal.id, ...(packs.state ? [packs.state.id] : [])],
    packVersions: [packs.federal, ...(packs.state ? [packs.state] : [])].map(
      (p) => `${p.id}@${p.version}`,
    ),
    fplPercent: roundTo(ctx.ptcPercent, 1),
    medicaidFplPercent: ctx.medicaid ? roundTo(ctx.medicaid.basePercent, 1) : null,
    members,
    ...householdCredit(ctx, hasCredit, household),
    csrLevel: csrLevel(band),
    reasons: household.reasons,
  };
}

type CreditFields = Pick<
  Determination,
  'applicablePercentage' | 'expectedContributionMonthly' | 'aptcMonthly' | 'aptcAnnual'
>;

function householdCredit(ctx: Context, hasCredit: boolean, trace: Trace): CreditFields {
  const { federal } = ctx.packs;
  if (!hasCredit) {
    trace.add(
      'aptc.none',
      federal.ptc.eligibilitySource,
      () => 'Nobody in the household qualifies for the premium tax credit, so the credit is $0.',
    );
    return {
      applicablePercentage: null,
      expectedContributionMonthly: null,
      aptcMonthly: 0,
      aptcAnnual: 0,
    };
  }
  const table = federal.applicablePercentage;
  if (table.status === 'missing' || !ctx.applicable) {
    trace.add(
      'aptc.table_missing',
      `${federal.id}: ${table.status === 'missing' ? table.searched.join(' | ') : 'no band'}`,
      () =>
        `The ${federal.planYear} applicable-percentage table has not been published in a source the pack could verify, so the expected contribution and the credit are not computed (eligibility above still stands). ${table.status === 'missing' ? table.reason : ''}`.trim(),
    );
    return {
      applicablePercentage: null,
      expectedContributionMonthly: null,
      aptcMonthly: null,
      aptcAnnual: null,
    };
  }
  const benchmark = ctx.input.benchmarkSilverMonthlyPremium ?? null;
  const c = credit(ctx.applicable.value, ctx.taxIncome, benchmark);
  trace.add(
    'aptc.contribution',
    `${table.source}; ${table.roundingSource}`,
    () =>
      `Expected contribution: ${rateText(c.applicablePercentage)} × ${usd(ctx.taxIncome)} = ${usd(c.contributionAnnual)} a year, ${usd(c.contributionAnnual / 12)} a month.`,
  );
  if (c.creditMonthly === null || c.creditAnnual === null || benchmark === null) {
    trace.add(
      'aptc.benchmark_needed',
      '26 USC 36B(b)(2)-(3)(B); 26 CFR 1.36B-3(f) (benchmark: second-lowest-cost silver plan)',
      () =>
        'The credit amount needs the benchmark (second-lowest-cost silver) premium for the members enrolling, from HealthCare.gov or the state exchange: credit = benchmark − expected contribution.',
    );
  } else {
    const monthly = c.creditMonthly;
    trace.add(
      'aptc.amount',
      '26 USC 36B(b)(2); 26 CFR 1.36B-3(d)',
      () =>
        `Monthly credit: benchmark ${usd(benchmark)} − expected contribution ${usd(c.contributionAnnual / 12)} = ${usd(monthly)}${monthly === 0 ? ' (never below zero)' : ''}.`,
    );
  }
  return {
    applicablePercentage: roundTo(c.applicablePercentage, RATE_DECIMALS),
    expectedContributionMonthly: roundTo(c.contributionAnnual / 12, CENTS),
    aptcMonthly: c.creditMonthly === null ? null : roundTo(c.creditMonthly, CENTS),
    aptcAnnual: c.creditAnnual === null ? null : roundTo(c.creditAnnual, CENTS),
  };
}
