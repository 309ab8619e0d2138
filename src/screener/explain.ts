import { NON_MAGI_INCOME_TYPES } from '../schema/screening';
import type { Context } from './context';
import { fplText, people, usd } from './format';
import { memberExcluded, memberMagi } from './income';
import type { Trace } from './trace';

const SOURCE_TAX_FAMILY =
  '26 USC 36B(d)(1); 26 CFR 1.36B-1(d) (family size: the taxpayer, a spouse on a joint return, and claimed dependents, including those with other coverage)';
const SOURCE_MAGI =
  '26 USC 36B(d)(2) (household income: MAGI of the family members required to file); 42 CFR 435.603(d)-(e) (Medicaid MAGI)';
const SOURCE_DEPENDENT =
  "26 USC 36B(d)(2)(A)(ii); 42 CFR 435.603(d)(2) (a dependent's income counts only when the dependent must file a tax return)";

/** Household-wide reasons: who counts, what income counts, and the two poverty-guideline ratios. */
export function explainHousehold(ctx: Context, trace: Trace): void {
  const { input, household } = ctx;
  const size = household.taxFamily.length;
  trace.add(
    'household.tax_size',
    SOURCE_TAX_FAMILY,
    () =>
      `Tax household: ${people(size)} (filing ${household.filingStatus.replace('_', ' ')})${household.spouseFilesSeparately ? '; the spouse files a separate return' : ''}.`,
  );
  if (household.jointWithoutSpouse) {
    trace.add(
      'household.joint_without_spouse',
      SOURCE_TAX_FAMILY,
      () =>
        'Filing jointly, but no spouse is listed: only the listed members are counted. List the spouse, with their income, for a right answer.',
    );
  }
  trace.add(
    'income.magi',
    SOURCE_MAGI,
    () =>
      `Household income (MAGI) of the tax household: ${usd(ctx.taxIncome)} a year, including all Social Security benefits and tax-exempt interest.`,
  );
  const excluded = input.household.reduce((sum, m) => sum + memberExcluded(m), 0);
  if (excluded > 0) {
    trace.add(
      'income.excluded',
      SOURCE_MAGI,
      () =>
        `Not counted: ${usd(excluded)} a year of ${NON_MAGI_INCOME_TYPES.join(', ').replaceAll('_', ' ')}; these are not MAGI income.`,
    );
  }
  if (input.household.some((m) => m.role === 'dependent' && memberMagi(m) !== 0)) {
    trace.add(
      'income.dependents',
      SOURCE_DEPENDENT,
      () =>
        "Dependents' listed income is counted. Leave it out for a dependent who will not have to file a tax return.",
    );
  }
  trace.add(
    'fpl.aptc',
    `${ctx.ptcGuideline.source}; ${ctx.packs.federal.ptc.guidelineYearSource}`,
    () =>
      `For the credit: ${usd(ctx.taxIncome)} is ${fplText(ctx.ptcPercent)} of the ${ctx.ptcGuideline.year} poverty guideline for ${people(size)} (${usd(ctx.ptcAmount)}), the guideline for plan year ${input.planYear}.`,
  );
  explainMedicaidGuideline(ctx, trace);
}

function explainMedicaidGuideline(ctx: Context, trace: Trace): void {
  const view = ctx.medicaid;
  const { input, packs } = ctx;
  if (!view) {
    trace.add(
      'fpl.medicaid',
      packs.federal.medicaid.limitsSource,
      () =>
        `No poverty guideline in the pack was in force on ${input.screeningDate}: Medicaid and CHIP were not screened.`,
    );
    return;
  }
  const g = view.choice;
  const adoption = g.stateAdoption
    ? `${packs.state?.state} adopted it on ${g.inForceFrom}`
    : `in force from its publication on ${g.inForceFrom} (${input.state}'s own adoption date is not in the packs)`;
  const source = g.stateAdoption
    ? `${g.guideline.source}; ${packs.state?.medicaidGuidelineAdoption.source}`
    : `${g.guideline.source}; 42 CFR 435.4 (current guidelines)`;
  trace.add(
    'fpl.medicaid',
    source,
    () =>
      `For Medicaid and CHIP: ${usd(view.income)} is ${fplText(view.basePercent)} of the ${g.guideline.year} guideline for ${people(ctx.household.medicaidBaseSize)} (${usd(view.baseAmount)}), ${adoption}. Medicaid counts current monthly income; this uses the annual figure divided by 12.`,
  );
  if (g.possiblyNewer !== null) {
    const year = g.possiblyNewer;
    trace.add(
      'fpl.medicaid_newer',
      g.guideline.source,
      () =>
        `The ${year} guideline is not in the pack; if ${input.state} has adopted it by ${input.screeningDate}, re-screen with a newer pack.`,
    );
  }
}
