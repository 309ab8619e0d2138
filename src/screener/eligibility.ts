import type { Program } from '../schema/screening';
import type { Context } from './context';
import { testOffer } from './employer';
import { fplText, rateText, usd } from './format';
import { ptcStatusOk, statusWords } from './immigration';
import { type MedicaidResult, screenMedicaid } from './medicaid';
import type { Trace } from './trace';

export type MemberOutcome = { program: Program; medicaid: MedicaidResult };

const NO_MEDICAID: MedicaidResult = { program: null, incomeGroup: null, barredByStatus: false };
const SOURCE_MEDICARE =
  'Social Security Act s.1882(d)(3) (no individual market coverage sold to Medicare beneficiaries); 26 USC 5000A(f)(1)(A)(i) and 36B(c)(2)(B) (Medicare is minimum essential coverage)';
const SOURCE_UNDOCUMENTED =
  '45 CFR 155.305(a)(1) (Marketplace enrolment needs citizenship or lawful presence); 42 CFR 435.406(b) and 440.255(c) (emergency Medicaid)';
const SOURCE_INCARCERATED =
  '45 CFR 155.305(a)(2) (no Marketplace enrolment while incarcerated, other than pending disposition of charges); 42 CFR 435.1009-1010 (Medicaid pays only inpatient care while incarcerated)';

/**
 * The program ladder for one member: closed doors first (Medicare, status, incarceration), then
 * Medicaid/CHIP, then the credit's tests (status for the year, joint filing, income floor and
 * cliff, an affordable employer offer). Each step that decides adds its reason.
 */
export function decideProgram(ctx: Context, index: number, trace: Trace): MemberOutcome {
  const member = ctx.input.household[index];
  if (!member) throw new Error(`No member at ${index}`);
  if (member.medicare) {
    trace.add(
      'marketplace.medicare',
      SOURCE_MEDICARE,
      () =>
        'Has Medicare: Marketplace plans and the premium tax credit are not for people with Medicare. Medicare Savings Programs and Medicaid for people with Medicare are separate (non-MAGI) tests, not screened here.',
    );
    return { program: 'not_eligible', medicaid: NO_MEDICAID };
  }
  if (member.immigrationStatus === 'undocumented') {
    const medicaid = screenMedicaid(ctx, index, trace);
    const unborn = ctx.limits?.unbornChildChipPct ?? null;
    trace.add(
      'marketplace.undocumented',
      SOURCE_UNDOCUMENTED,
      () =>
        `Not lawfully present: the Marketplace is closed. Emergency Medicaid remains for emergency care, including labour and delivery, when the other Medicaid rules are met${ctx.packs.state?.massHealth ? ` (in Massachusetts: ${ctx.packs.state.massHealth.emergencyProgramName})` : ''}.${member.pregnant && unborn !== null ? ` ${ctx.input.state} also covers prenatal care through CHIP's unborn-child option up to ${unborn}% FPL, whatever the mother's status.` : ''}`,
    );
    return { program: 'not_eligible', medicaid };
  }
  if (member.incarcerated) {
    const medicaid = screenMedicaid(ctx, index, trace);
    trace.add(
      'marketplace.incarcerated',
      SOURCE_INCARCERATED,
      () =>
        'Incarcerated: the Marketplace is closed until release. Medicaid, where the income fits, pays only for inpatient hospital care during incarceration.',
    );
    return { program: 'not_eligible', medicaid };
  }
  const medicaid = screenMedicaid(ctx, index, trace);
  if (medicaid.program) return { program: medicaid.program, medicaid };
  return { program: creditLadder(ctx, index, medicaid, trace), medicaid };
}

function creditLadder(
  ctx: Context,
  index: number,
  medicaid: MedicaidResult,
  trace: Trace,
): Program {
  const { federal } = ctx.packs;
  const { ptc } = federal;
  const member = ctx.input.household[index];
  if (!member) return 'marketplace_no_aptc';
  if (!ptcStatusOk(federal, member)) {
    trace.add(
      'immigration.ptc_status',
      ptc.eligibleStatuses.source,
      () =>
        `In ${federal.planYear} the premium tax credit is not open to someone who is ${statusWords(member)}; Marketplace plans can still be bought at full price. ${ptc.eligibleStatuses.note}`,
    );
    return 'marketplace_no_aptc';
  }
  if (ctx.household.spouseFilesSeparately) {
    trace.add(
      'aptc.married_separate',
      ptc.marriedFilingSeparatelySource,
      () =>
        'Married filing separately: the credit needs a joint return (exceptions for domestic abuse or abandonment are not screened).',
    );
    return 'marketplace_no_aptc';
  }
  const percent = ctx.ptcPercent;
  const income = `Household income ${fplText(percent)} of the ${ctx.ptcGuideline.year} guideline`;
  if (percent < ptc.incomeFloorPct) {
    const exception = ptc.lawfullyPresentBelowFloor;
    if (medicaid.barredByStatus) {
      trace.add('immigration.lawfully_present_below_100', exception.source, () =>
        exception.allowed
          ? `${income} is under ${ptc.incomeFloorPct}%, but Medicaid is closed by immigration status, so the credit is allowed in ${federal.planYear}.`
          : `${income} is under ${ptc.incomeFloorPct}%. The credit for lawfully present people barred from Medicaid by status was repealed from 2026 (P.L. 119-21 s.71302).`,
      );
    }
    if (!(exception.allowed && medicaid.barredByStatus)) {
      if (ctx.limits && !ctx.limits.expansion) {
        trace.add(
          'aptc.coverage_gap',
          ptc.eligibilitySource,
          () =>
            `${income} is under ${ptc.incomeFloorPct}%, the credit's floor, and ${ctx.input.state} did not expand Medicaid: the coverage gap.`,
        );
        return 'coverage_gap';
      }
      trace.add(
        'aptc.income_floor',
        ptc.eligibilitySource,
        () => `${income} is under ${ptc.incomeFloorPct}%, the credit's floor.`,
      );
      return 'marketplace_no_aptc';
    }
  }
  if (ptc.cliffAbovePct !== null && percent > ptc.cliffAbovePct) {
    trace.add(
      'aptc.cliff',
      ptc.eligibilitySource,
      () =>
        `${income} is above ${ptc.cliffAbovePct}%: no premium tax credit in ${federal.planYear}.`,
    );
    return 'marketplace_no_aptc';
  }
  if (employerBars(ctx, index, trace)) return 'employer_coverage';
  trace.add('aptc.band', bandSource(ctx), () => bandText(ctx, income));
  return 'marketplace_aptc';
}

function bandSource(ctx: Context): string {
  const table = ctx.packs.federal.applicablePercentage;
  return table.status === 'published' ? table.source : ctx.packs.federal.ptc.eligibilitySource;
}

function bandText(ctx: Context, income: string): string {
  const a = ctx.applicable;
  if (!a)
    return `Eligible for the premium tax credit: ${income}. The ${ctx.packs.federal.planYear} applicable-percentage table is missing, so the amount is not computed.`;
  const top = a.band.toPct === null ? 'and above' : `to ${a.band.toPct}%`;
  return `Eligible for the premium tax credit: ${income} is in the ${a.band.fromPct}% ${top} band (${rateText(a.band.initial)} rising to ${rateText(a.band.final)}), so the household pays ${rateText(a.value)} of its income toward the benchmark plan.`;
}

function employerBars(ctx: Context, index: number, trace: Trace): boolean {
  const member = ctx.input.household[index];
  if (!member) return false;
  const test = testOffer(ctx.packs.federal, ctx.input.employerOffer, member.role, ctx.taxIncome);
  const rcp = ctx.packs.federal.requiredContributionPercentage;
  const source =
    rcp.status === 'published' ? rcp.source : '26 USC 36B(c)(2)(C); 26 CFR 1.36B-2(c)(3)(v)';
  switch (test.kind) {
    case 'none':
      return false;
    case 'not_minimum_value':
      trace.add(
        'employer.not_minimum_value',
        source,
        () =>
          'The employer plan does not provide minimum value, so its offer does not bar the credit.',
      );
      return false;
    case 'unknown':
      trace.add(
        'employer.affordability_unknown',
        source,
        () =>
          `The employer offer could not be tested: ${test.reason} Check affordability by hand once the figure is published.`,
      );
      return false;
    case 'affordable':
    case 'unaffordable': {
      const verdict = test.kind === 'affordable';
      trace.add(
        verdict ? 'employer.affordable' : 'employer.unaffordable',
        source,
        () =>
          `Employer ${test.tier} share ${usd(test.premiumMonthly)} a month is ${verdict ? 'at or under' : 'over'} ${rateText(test.rate)} of household income (${usd(test.limitMonthly)} a month): ${verdict ? 'the offer is affordable and bars the credit' : 'unaffordable, so the credit stays open'}.`,
      );
      return verdict;
    }
  }
}
