import { describe, expect, it } from 'vitest';
import type { UsState } from '../schema/us-states';
import { household, incomeAt, run } from './testing';

/** Just above an edge: a cent over the edge's income is above it. */
const CENT = 0.01;

/**
 * A single adult, screened during open enrollment (15 Nov of the year before), when Medicaid too
 * still uses the prior year's guideline: both ratios are then the same, so one income sits at
 * the same % for Medicaid and the credit.
 */
function single(planYear: number, state: UsState, percent: number, above = false) {
  const income = incomeAt(percent, 1, planYear, state) + (above ? CENT : 0);
  return run({
    planYear,
    screeningDate: `${planYear - 1}-11-15`,
    state,
    benchmarkSilverMonthlyPremium: 700,
    household: household(1, income),
  });
}

describe('FPL edges, household of 1, plan year 2026 (Rev. Proc. 2025-25; 45 CFR 155.305(g))', () => {
  it('[aptc.coverage_gap] under 100% in Texas (no expansion): the coverage gap; at 100%: the credit', () => {
    expect(single(2026, 'TX', 99.99).members[0]?.program).toBe('coverage_gap');
    const at = single(2026, 'TX', 100);
    expect(at.members[0]?.program).toBe('marketplace_aptc');
    expect([at.applicablePercentage, at.csrLevel]).toEqual([0.021, '94']);
  });

  it('[aptc.band] 2.10% just under 133%, 3.14% at 133% (the only jump in the table)', () => {
    expect(single(2026, 'TX', 132.99).applicablePercentage).toBe(0.021);
    expect(single(2026, 'TX', 133).applicablePercentage).toBe(0.0314);
  });

  it('[medicaid.adult] at 138% in Colorado (expansion, limit with the disregard): Medicaid; a cent above: the credit', () => {
    expect(single(2026, 'CO', 138).members[0]?.program).toBe('medicaid');
    const above = single(2026, 'CO', 138, true);
    expect(above.members[0]?.program).toBe('marketplace_aptc');
    expect(above.csrLevel).toBe('94');
  });

  it('[csr.level] 150% is 94 at 4.19%; a cent above is 87', () => {
    const at = single(2026, 'TX', 150);
    expect([at.csrLevel, at.applicablePercentage]).toEqual(['94', 0.0419]);
    expect(single(2026, 'TX', 150, true).csrLevel).toBe('87');
  });

  it('[csr.level] 200% is 87 at 6.60%; a cent above is 73', () => {
    const at = single(2026, 'TX', 200);
    expect([at.csrLevel, at.applicablePercentage]).toEqual(['87', 0.066]);
    expect(single(2026, 'TX', 200, true).csrLevel).toBe('73');
  });

  it('[csr.level] 250% is 73 at 8.44%; a cent above has no CSR', () => {
    const at = single(2026, 'TX', 250);
    expect([at.csrLevel, at.applicablePercentage]).toEqual(['73', 0.0844]);
    expect(single(2026, 'TX', 250, true).csrLevel).toBe('none');
  });

  it('[aptc.band] 300% and 400% pay 9.96%; [aptc.cliff] a cent above 400% gets no credit', () => {
    expect(single(2026, 'TX', 300).applicablePercentage).toBe(0.0996);
    const at400 = single(2026, 'TX', 400);
    expect([at400.members[0]?.program, at400.applicablePercentage]).toEqual([
      'marketplace_aptc',
      0.0996,
    ]);
    const above = single(2026, 'TX', 400, true);
    expect(above.members[0]?.program).toBe('marketplace_no_aptc');
    expect([above.aptcMonthly, above.applicablePercentage]).toEqual([0, null]);
    expect(above.members[0]?.reasons.map((r) => r.rule)).toContain('aptc.cliff');
  });

  it('[aptc.amount] the credit at 300% is the benchmark minus 9.96% of income a month', () => {
    const income = incomeAt(300, 1, 2026);
    expect(single(2026, 'TX', 300).aptcMonthly).toBe(
      Math.round((700 - (0.0996 * income) / 12) * 100) / 100,
    );
  });
});

describe('FPL edges, plan year 2025 (ARPA/IRA: no cliff)', () => {
  it('[aptc.band] pays 0% up to 150% and 8.5% at and above 400%, with no cliff at 400% or 500%', () => {
    expect(single(2025, 'TX', 150).applicablePercentage).toBe(0);
    expect(single(2025, 'TX', 175).applicablePercentage).toBe(0.01);
    expect(single(2025, 'TX', 400).applicablePercentage).toBe(0.085);
    const high = single(2025, 'TX', 500, true);
    expect([high.members[0]?.program, high.applicablePercentage]).toEqual([
      'marketplace_aptc',
      0.085,
    ]);
  });

  it('[ma.connectorcare.plan_type] runs ConnectorCare to 500% (3D) in 2025; a cent above: the credit alone', () => {
    const at = single(2025, 'MA', 500);
    expect([at.members[0]?.stateProgram, at.members[0]?.stateProgramDetail]).toEqual([
      'ConnectorCare',
      'Plan Type 3D',
    ]);
    const above = single(2025, 'MA', 500, true);
    expect([above.members[0]?.program, above.members[0]?.stateProgram]).toEqual([
      'marketplace_aptc',
      null,
    ]);
  });
});

describe('household sizes and the guidelines of Alaska and Hawaii', () => {
  it('[household.tax_size] a household of 8 uses 15,650 + 7 × 5,500 = 54,150 (2025 guideline)', () => {
    const d = run({
      planYear: 2026,
      screeningDate: '2025-11-15',
      state: 'TX',
      household: household(8, 108300),
    });
    expect(d.fplPercent).toBe(200);
    expect(d.members[0]?.program).toBe('marketplace_aptc');
    expect(d.reasons.find((r) => r.rule === 'fpl.aptc')?.text).toMatch(/8 people \(\$54,150\)/);
  });

  it('[fpl.aptc] Alaska and Hawaii use their own guidelines (2025: AK $19,550, HI $17,990 for 1)', () => {
    const ak = run({
      planYear: 2026,
      screeningDate: '2026-04-15',
      state: 'AK',
      household: household(1, 39100),
    });
    const hi = run({
      planYear: 2026,
      screeningDate: '2026-04-15',
      state: 'HI',
      household: household(1, 35980),
    });
    const us = run({
      planYear: 2026,
      screeningDate: '2026-04-15',
      state: 'TX',
      household: household(1, 39100),
    });
    expect([ak.fplPercent, hi.fplPercent]).toEqual([200, 200]);
    expect(us.fplPercent).toBe(Math.round((39100 / 15650) * 1000) / 10);
  });
});
