import type { StateLimits } from '../rule-packs/pack-schema';
import type { Member } from '../schema/screening';

/** CHIP covers children under 19 (42 CFR 457.310(a) "targeted low-income child"). */
export const CHIP_MAX_AGE_YEARS = 18;

/** A coverage group with its income limit (% FPL, 5-point disregard included). */
export type Group = {
  program: 'medicaid' | 'chip';
  rule: string;
  name: string;
  limitPct: number;
};

/**
 * The CHIP groups open to a member in the state: separate CHIP for children, CHIP for pregnant
 * people, and the unborn-child option (which covers prenatal care through the unborn child).
 */
export function chipGroups(limits: StateLimits, member: Member): Group[] {
  const groups: Group[] = [];
  if (member.age <= CHIP_MAX_AGE_YEARS && limits.separateChipChildPct !== null) {
    groups.push({
      program: 'chip',
      rule: 'chip.child',
      name: 'children under 19 (CHIP)',
      limitPct: limits.separateChipChildPct,
    });
  }
  if (member.pregnant && limits.pregnantChipPct !== null) {
    groups.push({
      program: 'chip',
      rule: 'chip.pregnant',
      name: 'pregnant people (CHIP)',
      limitPct: limits.pregnantChipPct,
    });
  }
  if (member.pregnant && limits.unbornChildChipPct !== null) {
    groups.push({
      program: 'chip',
      rule: 'chip.unborn',
      name: 'the unborn-child option (CHIP covers prenatal care)',
      limitPct: limits.unbornChildChipPct,
    });
  }
  return groups;
}
