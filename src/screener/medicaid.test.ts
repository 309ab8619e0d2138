import { describe, expect, it } from 'vitest';
import { household, person, run, wages } from './testing';

const OPEN = { planYear: 2026, screeningDate: '2025-11-15' } as const;

describe('Medicaid and CHIP groups (limits include the 5-point disregard; edges inclusive)', () => {
  it('[chip.child] [aptc.band] a Texas child goes to CHIP while the parents get the credit', () => {
    // 180% of the 2025 guideline for 4 (32,150): over TX children 6-18 Medicaid (138), under CHIP (206).
    const d = run({
      ...OPEN,
      state: 'TX',
      household: [
        person({ incomes: wages(57870) }),
        person({ role: 'spouse' }),
        person({ role: 'dependent', age: 9 }),
        person({ role: 'dependent', age: 15 }),
      ],
    });
    expect(d.fplPercent).toBe(180);
    expect(d.members.map((m) => m.program)).toEqual([
      'marketplace_aptc',
      'marketplace_aptc',
      'chip',
      'chip',
    ]);
    expect(d.csrLevel).toBe('87');
  });

  it('[medicaid.child] a Texas infant at 180% is on Medicaid (infant limit 203%), not CHIP', () => {
    const d = run({
      ...OPEN,
      state: 'TX',
      household: [person({ incomes: wages(38610) }), person({ role: 'dependent', age: 0 })],
    });
    // 38,610 / (15,650 + 5,500) = 182.6%
    expect(d.members.map((m) => m.program)).toEqual(['marketplace_aptc', 'medicaid']);
    expect(d.members[1]?.reasons.map((r) => r.rule)).toContain('medicaid.child');
  });

  it('[medicaid.parent] a Texas parent is on Medicaid only under the 19% parent limit; a childless adult has no group', () => {
    const low = run({ ...OPEN, state: 'TX', household: household(2, 3000) });
    expect(low.members[0]?.program).toBe('medicaid');
    expect(low.members[0]?.reasons.map((r) => r.rule)).toContain('medicaid.parent');
    const alone = run({ ...OPEN, state: 'TX', household: household(1, 3000) });
    expect(alone.members[0]?.program).toBe('coverage_gap');
    expect(alone.members[0]?.reasons.map((r) => r.rule)).toEqual([
      'medicaid.no_group',
      'aptc.coverage_gap',
    ]);
  });

  it('[medicaid.adult] Wisconsin covers adults to 100% without expanding: no coverage gap below 100%', () => {
    const d = run({ ...OPEN, state: 'WI', household: household(1, 12000) });
    expect(d.members[0]?.program).toBe('medicaid');
  });

  it('[medicaid.young_adult] a 20-year-old in Massachusetts uses the 155% limit, above the adult 138%', () => {
    // 150% of the 2025 guideline for 2 (21,150) = 31,725
    const d = run({
      ...OPEN,
      state: 'MA',
      household: [person({ incomes: wages(31725) }), person({ role: 'dependent', age: 20 })],
    });
    expect(d.members.map((m) => m.program)).toEqual(['marketplace_aptc', 'medicaid']);
    expect(d.members[1]?.reasons.map((r) => r.rule)).toContain('medicaid.young_adult');
  });
});

describe('[household.pregnancy] the pregnant-household count (42 CFR 435.603(b))', () => {
  // Household of 2 listed; she expects twins. Her own Medicaid household is 4, her partner's 2.
  // 2025 guideline: size 2 = 21,150, size 4 = 32,150. Colorado pregnancy limit 200%, adult 138%.
  const input = (income: number) => ({
    ...OPEN,
    state: 'CO' as const,
    filingStatus: 'married_joint' as const,
    household: [
      person({ incomes: wages(income) }),
      person({ role: 'spouse', age: 30, pregnant: true, expectedChildren: 2 }),
    ],
  });

  it('counts her as 1 + 2 expected: at 199% of the size-4 guideline she is on Medicaid', () => {
    const income = 32150 * 1.99;
    const d = run(input(income));
    expect(d.members[1]?.program).toBe('medicaid');
    expect(d.members[1]?.reasons.find((r) => r.rule === 'household.pregnancy')?.text).toMatch(
      /4 people/,
    );
    // The same income is 302% for her partner (size 2): over every Medicaid limit.
    expect(d.medicaidFplPercent).toBe(Math.round(((income * 100) / 21150) * 10) / 10);
    expect(d.members[0]?.program).toBe('marketplace_aptc');
  });

  it('would not cover her if she were counted as 1 in a household of 2', () => {
    const d = run({
      ...input(32150 * 1.99),
      household: [person({ incomes: wages(32150 * 1.99) }), person({ role: 'spouse', age: 30 })],
    });
    expect(d.members[1]?.program).toBe('marketplace_aptc');
  });
});

describe('immigration status and Medicaid (8 USC 1613; P.L. 119-21 s.71109)', () => {
  it('[immigration.five_year_bar] an LPR of 3 years is barred from Medicaid; of 6 years is not', () => {
    const lpr = (years: number) =>
      run({
        ...OPEN,
        state: 'CO',
        household: [
          person({ immigrationStatus: 'lpr', yearsInStatus: years, incomes: wages(18000) }),
        ],
      });
    expect(lpr(3).members[0]?.reasons.map((r) => r.rule)).toContain('immigration.five_year_bar');
    expect(lpr(3).members[0]?.program).toBe('marketplace_aptc');
    expect(lpr(6).members[0]?.program).toBe('medicaid');
  });

  it('[immigration.medicaid_status] refugees keep Medicaid until 30 Sep 2026 and lose it from 1 Oct 2026', () => {
    const refugee = (screeningDate: string) =>
      run({
        planYear: 2026,
        screeningDate,
        state: 'CO',
        household: [person({ immigrationStatus: 'refugee', incomes: wages(18000) })],
      });
    expect(refugee('2026-09-30').members[0]?.program).toBe('medicaid');
    const after = refugee('2026-10-01');
    expect(after.members[0]?.program).toBe('marketplace_aptc');
    expect(after.members[0]?.reasons.map((r) => r.rule)).toContain('immigration.medicaid_status');
  });
});
