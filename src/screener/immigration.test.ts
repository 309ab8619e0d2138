import { describe, expect, it } from 'vitest';
import { person, run, wages } from './testing';

/** An LPR of 2 years (inside the five-year bar) at 80% FPL in Colorado, in a given plan year. */
function lprUnder100(planYear: number, state: 'CO' | 'MA' = 'CO') {
  const guideline = { 2025: 15060, 2026: 15650, 2027: 15960 }[planYear] ?? 0;
  return run({
    planYear,
    screeningDate: `${planYear - 1}-11-15`,
    state,
    benchmarkSilverMonthlyPremium: 500,
    household: [
      person({ immigrationStatus: 'lpr', yearsInStatus: 2, incomes: wages(guideline * 0.8) }),
    ],
  });
}

describe('lawfully present under 100% FPL and barred from Medicaid by status (26 USC 36B(c)(1)(B))', () => {
  it('[immigration.lawfully_present_below_100] gets the credit in 2025, at 0% of income, with CSR 94', () => {
    const d = lprUnder100(2025);
    expect(d.members[0]?.program).toBe('marketplace_aptc');
    expect([d.applicablePercentage, d.aptcMonthly, d.csrLevel]).toEqual([0, 500, '94']);
  });

  it('[ma.connectorcare.plan_type] is on ConnectorCare Plan Type 1 in Massachusetts in 2025', () => {
    expect(lprUnder100(2025, 'MA').members[0]?.stateProgramDetail).toBe('Plan Type 1');
  });

  it('[immigration.lawfully_present_below_100] loses it from 2026 (P.L. 119-21 s.71302): full-price Marketplace only', () => {
    const d = lprUnder100(2026);
    expect(d.members[0]?.program).toBe('marketplace_no_aptc');
    expect(
      d.members[0]?.reasons.find((r) => r.rule === 'immigration.lawfully_present_below_100')?.text,
    ).toMatch(/repealed/);
    expect([d.aptcMonthly, d.csrLevel]).toEqual([0, 'none']);
  });
});

describe('statuses that lose the credit from 2027 (P.L. 119-21 s.71301)', () => {
  const at250 = (
    planYear: number,
    status: 'refugee' | 'asylee' | 'lawfully_present_other' | 'lpr',
  ) =>
    run({
      planYear,
      screeningDate: `${planYear - 1}-11-15`,
      state: 'TX',
      household: [
        person({ immigrationStatus: status, incomes: wages(planYear === 2027 ? 39900 : 39125) }),
      ],
    });

  it('[immigration.ptc_status] a refugee, an asylee and other lawfully present people keep it in 2026', () => {
    for (const s of ['refugee', 'asylee', 'lawfully_present_other'] as const) {
      expect(at250(2026, s).members[0]?.program).toBe('marketplace_aptc');
    }
  });

  it('[immigration.ptc_status] they lose it in 2027 and can buy at full price; an LPR keeps it', () => {
    for (const s of ['refugee', 'asylee', 'lawfully_present_other'] as const) {
      const d = at250(2027, s);
      expect(d.members[0]?.program).toBe('marketplace_no_aptc');
      expect(d.members[0]?.reasons.map((r) => r.rule)).toContain('immigration.ptc_status');
    }
    expect(at250(2027, 'lpr').members[0]?.program).toBe('marketplace_aptc');
  });
});

describe('plan year 2027: the applicable-percentage table is missing from the pack', () => {
  const d = run({
    planYear: 2027,
    screeningDate: '2026-11-23',
    state: 'TX',
    benchmarkSilverMonthlyPremium: 800,
    household: [person({ incomes: wages(35910) })],
  });

  it('[aptc.table_missing] still decides eligibility, FPL (2026 guideline) and CSR', () => {
    // 35,910 / 15,960 = 225%
    expect(d.members[0]?.program).toBe('marketplace_aptc');
    expect([d.fplPercent, d.csrLevel]).toEqual([225, '73']);
  });

  it('[aptc.table_missing] gives the credit and the contribution as null, with the reason, never a guess', () => {
    expect([
      d.applicablePercentage,
      d.expectedContributionMonthly,
      d.aptcMonthly,
      d.aptcAnnual,
    ]).toEqual([null, null, null, null]);
    expect(d.reasons.find((r) => r.rule === 'aptc.table_missing')?.text).toMatch(/not computed/);
  });

  it('[employer.affordability_unknown] cannot test an employer offer without the 2027 percentage, and says so', () => {
    const offered = run({
      planYear: 2027,
      screeningDate: '2026-11-23',
      state: 'TX',
      employerOffer: { offeredTo: 'filer', selfOnlyEmployeeMonthly: 50, meetsMinimumValue: true },
      household: [person({ incomes: wages(35910) })],
    });
    expect(offered.members[0]?.reasons.map((r) => r.rule)).toContain(
      'employer.affordability_unknown',
    );
    expect(offered.aptcMonthly).toBeNull();
  });

  it('[fpl.medicaid_newer] warns that a 2027 guideline may be in force for Medicaid in spring 2027', () => {
    const spring = run({
      planYear: 2027,
      screeningDate: '2027-04-15',
      state: 'TX',
      household: [person({ incomes: wages(35910) })],
    });
    expect(spring.reasons.map((r) => r.rule)).toContain('fpl.medicaid_newer');
  });

  it('[state.pack_missing] in Massachusetts has no 2027 overlay: no ConnectorCare, and the trace says why', () => {
    const ma = run({
      planYear: 2027,
      screeningDate: '2026-11-23',
      state: 'MA',
      household: [person({ incomes: wages(35910) })],
    });
    expect(ma.packs).toEqual(['federal-2027']);
    expect(ma.members[0]?.stateProgram).toBeNull();
    expect(ma.reasons.map((r) => r.rule)).toContain('state.pack_missing');
  });
});
