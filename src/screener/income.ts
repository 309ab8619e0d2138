import { type Income, type IncomeType, MAGI_INCOME_TYPES, type Member } from '../schema/screening';

const COUNTED: ReadonlySet<IncomeType> = new Set(MAGI_INCOME_TYPES);

/** Whether an income kind counts toward MAGI (both the credit's and Medicaid's). */
export function countsTowardMagi(income: Income): boolean {
  return COUNTED.has(income.type);
}

/**
 * A member's projected annual MAGI. All Social Security counts, taxable or not, and so does
 * tax-exempt interest (26 USC 36B(d)(2)(B); 42 CFR 435.603(e)). Child support received, SSI,
 * veterans' benefits and gifts never count.
 */
export function memberMagi(member: Member): number {
  let total = 0;
  for (const income of member.incomes) if (COUNTED.has(income.type)) total += income.annual;
  return total;
}

/** Total of the kinds applicants report that are not income for MAGI. */
export function memberExcluded(member: Member): number {
  let total = 0;
  for (const income of member.incomes) if (!COUNTED.has(income.type)) total += income.annual;
  return total;
}

/** Household MAGI over the given members. */
export function householdMagi(members: readonly Member[], indexes: readonly number[]): number {
  let total = 0;
  for (const i of indexes) {
    const member = members[i];
    if (member) total += memberMagi(member);
  }
  return total;
}
