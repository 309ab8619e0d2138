import { describe, expect, it } from 'vitest';
import { determination, type ScreeningInputRaw } from '../schema/screening';
import { household, person, run, wages } from './testing';

/** The input of issue 3's CLI contract, with the family of four its output figures imply. */
const ISSUE_EXAMPLE: ScreeningInputRaw = {
  planYear: 2026,
  screeningDate: '2026-04-15',
  state: 'MA',
  county: 'Suffolk',
  zip: '02119',
  filingStatus: 'married_joint',
  benchmarkSilverMonthlyPremium: 1000,
  household: [
    person({ incomes: wages(45000) }),
    person({ role: 'spouse', age: 38, incomes: wages(25000) }),
    person({ role: 'dependent', age: 8 }),
    person({ role: 'dependent', age: 3 }),
  ],
};

describe('screen: the household of issue 3 (MA, plan year 2026, $70,000, 4 people)', () => {
  const d = run(ISSUE_EXAMPLE);

  it('[fpl.aptc] [fpl.medicaid] gives both ratios: 2025 guideline for the credit, 2026 for MassHealth after 1 March', () => {
    // 2025 guideline for 4: 15,650 + 3 × 5,500 = 32,150; 2026: 15,960 + 3 × 5,680 = 33,000.
    expect(d.fplPercent).toBe(Math.round((70000 / 32150) * 1000) / 10);
    expect(d.medicaidFplPercent).toBe(Math.round((70000 / 33000) * 1000) / 10);
    expect([d.fplPercent, d.medicaidFplPercent]).toEqual([217.7, 212.1]);
  });

  it('[aptc.band] [aptc.amount] computes the credit from Rev. Proc. 2025-25, rounded per 26 CFR 1.36B-3(g)(1)', () => {
    const ratio = (70000 * 100) / 32150;
    const interpolated = 0.066 + ((ratio - 200) / 50) * (0.0844 - 0.066);
    const rate = Math.round(interpolated * 10000) / 10000;
    expect(d.applicablePercentage).toBe(rate);
    expect(d.expectedContributionMonthly).toBe(Math.round(((rate * 70000) / 12) * 100) / 100);
    expect(d.aptcMonthly).toBe(Math.round((1000 - (rate * 70000) / 12) * 100) / 100);
    expect(d.aptcAnnual).toBe(Math.round((12000 - rate * 70000) * 100) / 100);
  });

  it('[chip.child] [ma.connectorcare.plan_type] puts the children on Family Assistance and the parents on ConnectorCare 3A', () => {
    expect(d.members.map((m) => [m.program, m.stateProgram, m.stateProgramDetail])).toEqual([
      ['marketplace_aptc', 'ConnectorCare', 'Plan Type 3A'],
      ['marketplace_aptc', 'ConnectorCare', 'Plan Type 3A'],
      ['chip', 'MassHealth Family Assistance', '$20 per child per month'],
      ['chip', 'MassHealth Family Assistance', '$20 per child per month'],
    ]);
    expect(d.members[0]?.stateProgramMonthlyPremium).toBe(103);
    expect(d.csrLevel).toBe('73');
  });

  it('records the packs and their versions, and matches the determination schema', () => {
    expect(d.packs).toEqual(['federal-2026', 'MA-2026']);
    expect(d.packVersions).toEqual(['federal-2026@2026.1', 'MA-2026@2026.1']);
    expect(determination.safeParse(d).success).toBe(true);
  });

  it('gives every reason a rule, a sentence and a source', () => {
    const all = [...d.reasons, ...d.members.flatMap((m) => m.reasons)];
    expect(all.length).toBeGreaterThan(8);
    for (const r of all) {
      expect(r.rule).toMatch(/^[a-z]+(\.[a-z0-9_]+)+$/);
      expect(r.text.length).toBeGreaterThan(10);
      expect(r.source.length).toBeGreaterThan(3);
    }
  });
});

describe('screen: people the Marketplace is closed to', () => {
  const base = { planYear: 2026, screeningDate: '2026-04-15', state: 'CO' } as const;

  it('[marketplace.medicare] has Medicare: not eligible, and says Medicaid for people with Medicare is separate', () => {
    const d = run({
      ...base,
      household: [person({ age: 67, medicare: true, incomes: wages(20000) })],
    });
    expect(d.members[0]?.program).toBe('not_eligible');
    expect(d.members[0]?.reasons.map((r) => r.rule)).toContain('marketplace.medicare');
    expect(d.aptcMonthly).toBe(0);
  });

  it('[marketplace.undocumented] is undocumented: not eligible, with emergency Medicaid named', () => {
    const d = run({
      ...base,
      household: [person({ immigrationStatus: 'undocumented', incomes: wages(15000) })],
    });
    const m = d.members[0];
    expect(m?.program).toBe('not_eligible');
    const why = m?.reasons.find((r) => r.rule === 'marketplace.undocumented');
    expect(why?.text).toMatch(/Emergency Medicaid/);
    expect(m?.reasons.map((r) => r.rule)).toContain('immigration.medicaid_status');
  });

  it('[ma.masshealth.limited] is undocumented in Massachusetts: MassHealth Limited when income fits', () => {
    const d = run({
      ...base,
      state: 'MA',
      household: [person({ immigrationStatus: 'undocumented', incomes: wages(15000) })],
    });
    expect(d.members[0]?.program).toBe('not_eligible');
    expect(d.members[0]?.stateProgram).toBe('MassHealth Limited');
    expect(d.members[0]?.reasons.find((r) => r.rule === 'marketplace.undocumented')?.text).toMatch(
      /MassHealth Limited/,
    );
  });

  it('[marketplace.incarcerated] is incarcerated: not eligible, and Medicaid only for inpatient care', () => {
    const d = run({ ...base, household: [person({ incarcerated: true, incomes: wages(15000) })] });
    expect(d.members[0]?.program).toBe('not_eligible');
    expect(d.members[0]?.reasons.find((r) => r.rule === 'marketplace.incarcerated')?.text).toMatch(
      /inpatient/,
    );
  });

  it('[aptc.married_separate] files married-separately: no credit for anyone on the return', () => {
    const d = run({
      ...base,
      filingStatus: 'married_separate',
      household: [
        person({ incomes: wages(40000) }),
        person({ role: 'spouse', incomes: wages(10000) }),
      ],
    });
    expect(d.members.map((m) => m.program)).toEqual(['marketplace_no_aptc', 'marketplace_no_aptc']);
    expect(d.reasons.find((r) => r.rule === 'household.tax_size')?.text).toMatch(/1 person/);
  });
});

describe('screen: without a benchmark premium', () => {
  it('[aptc.benchmark_needed] gives eligibility, FPL, CSR and the expected contribution, and the credit as null', () => {
    const d = run({
      planYear: 2026,
      screeningDate: '2026-04-15',
      state: 'TX',
      household: household(1, 31300),
    });
    expect(d.members[0]?.program).toBe('marketplace_aptc');
    expect(d.fplPercent).toBe(200);
    expect(d.csrLevel).toBe('87');
    expect(d.expectedContributionMonthly).toBe(Math.round(((0.066 * 31300) / 12) * 100) / 100);
    expect([d.aptcMonthly, d.aptcAnnual]).toEqual([null, null]);
    expect(d.reasons.map((r) => r.rule)).toContain('aptc.benchmark_needed');
  });

  it('[aptc.amount] never gives a negative credit when the benchmark is below the contribution', () => {
    const d = run({
      planYear: 2026,
      screeningDate: '2026-04-15',
      state: 'TX',
      benchmarkSilverMonthlyPremium: 100,
      household: household(1, 50000),
    });
    expect(d.members[0]?.program).toBe('marketplace_aptc');
    expect([d.aptcMonthly, d.aptcAnnual]).toEqual([0, 0]);
  });
});
