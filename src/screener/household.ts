import type { FederalPack } from '../rule-packs/pack-schema';
import { effectiveFilingStatus, type FilingStatus, type ScreeningInput } from '../schema/screening';

/** A dependent child for the parent/caretaker group is under 18 (42 CFR 435.4 "dependent child"). */
export const DEPENDENT_CHILD_MAX_AGE_YEARS = 17;

export type Household = {
  filingStatus: FilingStatus;
  /** Indexes of the tax family: filer, spouse when filing jointly, and dependents (26 USC 36B(d)(1)). */
  taxFamily: readonly number[];
  /** Whether the spouse's return is separate (married filing separately). */
  spouseFilesSeparately: boolean;
  /** Whether the return is joint but no spouse is listed (the family is then short one person). */
  jointWithoutSpouse: boolean;
  /** Members who are parents or caretakers of a dependent child in the household. */
  caretakers: ReadonlySet<number>;
  /** Medicaid household size of each member, by index (42 CFR 435.603(b), (f)). */
  medicaidSize: readonly number[];
  /** The size other members see: a pregnant woman counted per the pack's state option. */
  medicaidBaseSize: number;
};

/**
 * Tax household versus Medicaid household. The credit counts the tax family; Medicaid counts
 * spouses living together and children with their parents (42 CFR 435.603(f)) and, for a pregnant
 * woman, herself plus the children she expects (42 CFR 435.603(b)).
 */
export function describeHousehold(input: ScreeningInput, federal: FederalPack): Household {
  const filingStatus = effectiveFilingStatus(input);
  const members = input.household;
  const spouseFilesSeparately = filingStatus === 'married_separate';
  const taxFamily: number[] = [];
  members.forEach((m, i) => {
    if (m.role !== 'spouse' || !spouseFilesSeparately) taxFamily.push(i);
  });
  const hasChild = members.some(
    (m) => m.role === 'dependent' && m.age <= DEPENDENT_CHILD_MAX_AGE_YEARS,
  );
  const caretakers = new Set<number>();
  if (hasChild) {
    members.forEach((m, i) => {
      if (m.role !== 'dependent') caretakers.add(i);
    });
  }
  const othersCountUnborn = federal.medicaid.pregnancyCountForOthers === 'one_plus_expected';
  let unbornForOthers = 0;
  for (const m of members)
    if (m.pregnant && othersCountUnborn) unbornForOthers += m.expectedChildren;
  const medicaidBaseSize = members.length + unbornForOthers;
  const medicaidSize = members.map((m) =>
    m.pregnant && !othersCountUnborn ? medicaidBaseSize + m.expectedChildren : medicaidBaseSize,
  );
  return {
    filingStatus,
    taxFamily,
    spouseFilesSeparately,
    jointWithoutSpouse:
      filingStatus === 'married_joint' && !members.some((m) => m.role === 'spouse'),
    caretakers,
    medicaidSize,
    medicaidBaseSize,
  };
}
