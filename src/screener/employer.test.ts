import { describe, expect, it } from 'vitest';
import type { ScreeningInputRaw } from '../schema/screening';
import { person, run, wages } from './testing';

// Household of 3 in Texas at $60,000 (2026: 9.96% of income = $498 a month).
const LIMIT_MONTHLY = (0.0996 * 60000) / 12;
const family = (offer: ScreeningInputRaw['employerOffer']): ScreeningInputRaw => ({
  planYear: 2026,
  screeningDate: '2026-04-15',
  state: 'TX',
  benchmarkSilverMonthlyPremium: 1500,
  ...(offer ? { employerOffer: offer } : {}),
  household: [
    person({ incomes: wages(60000) }),
    person({ role: 'spouse' }),
    person({ role: 'dependent', age: 19 }),
  ],
});

describe('employer offers (26 USC 36B(c)(2)(C); family glitch fix, T.D. 9968)', () => {
  it('[employer.affordable] a self-only share at 9.96% of income bars the employee; the family stays open on an unaffordable family share', () => {
    const d = run(
      family({
        offeredTo: 'filer',
        selfOnlyEmployeeMonthly: LIMIT_MONTHLY,
        familyEmployeeMonthly: 1200,
        meetsMinimumValue: true,
      }),
    );
    expect(d.members.map((m) => m.program)).toEqual([
      'employer_coverage',
      'marketplace_aptc',
      'marketplace_aptc',
    ]);
    expect(d.members[1]?.reasons.map((r) => r.rule)).toContain('employer.unaffordable');
    expect(d.members[0]?.reasons.find((r) => r.rule === 'employer.affordable')?.source).toMatch(
      /Rev\. Proc\. 2025-25/,
    );
  });

  it('[employer.unaffordable] a cent over 9.96% leaves the employee eligible for the credit', () => {
    const d = run(
      family({
        offeredTo: 'filer',
        selfOnlyEmployeeMonthly: LIMIT_MONTHLY + 0.01,
        familyEmployeeMonthly: 1200,
        meetsMinimumValue: true,
      }),
    );
    expect(d.members[0]?.program).toBe('marketplace_aptc');
  });

  it('[employer.affordable] family members are tested on the family share: affordable family coverage bars them too', () => {
    const d = run(
      family({
        offeredTo: 'spouse',
        selfOnlyEmployeeMonthly: 100,
        familyEmployeeMonthly: 400,
        meetsMinimumValue: true,
      }),
    );
    expect(d.members.map((m) => m.program)).toEqual([
      'employer_coverage',
      'employer_coverage',
      'employer_coverage',
    ]);
    expect([d.aptcMonthly, d.csrLevel]).toEqual([0, 'none']);
  });

  it('[employer.not_minimum_value] a plan without minimum value bars nobody', () => {
    const d = run(
      family({
        offeredTo: 'filer',
        selfOnlyEmployeeMonthly: 10,
        familyEmployeeMonthly: 20,
        meetsMinimumValue: false,
      }),
    );
    expect(d.members.every((m) => m.program === 'marketplace_aptc')).toBe(true);
  });

  it('leaves the family alone when the employer offers no family coverage', () => {
    const d = run(
      family({ offeredTo: 'filer', selfOnlyEmployeeMonthly: 10, meetsMinimumValue: true }),
    );
    expect(d.members.map((m) => m.program)).toEqual([
      'employer_coverage',
      'marketplace_aptc',
      'marketplace_aptc',
    ]);
  });
});
