import { describe, expect, it } from 'vitest';
import { applicablePercentage, credit } from './aptc';

/** The original ACA table in 26 USC 36B(b)(3)(A)(i), as used by the examples of 26 CFR 1.36B-3(g). */
const STATUTE_2014 = {
  status: 'published' as const,
  roundToDecimals: 4,
  roundingSource: '26 CFR 1.36B-3(g)(1)',
  source: '26 USC 36B(b)(3)(A)(i) (2014 table)',
  bands: [
    { fromPct: 0, toPct: 133, initial: 0.02, final: 0.02 },
    { fromPct: 133, toPct: 150, initial: 0.03, final: 0.04 },
    { fromPct: 150, toPct: 200, initial: 0.04, final: 0.063 },
    { fromPct: 200, toPct: 250, initial: 0.063, final: 0.0805 },
    { fromPct: 250, toPct: 300, initial: 0.0805, final: 0.095 },
    { fromPct: 300, toPct: 400, initial: 0.095, final: 0.095 },
  ],
};

describe('applicablePercentage (26 CFR 1.36B-3(g))', () => {
  it('[aptc.band] reproduces the example of 26 CFR 1.36B-3(g)(3): 210% FPL pays 6.65%', () => {
    // (210 − 200) / (250 − 200) = 0.20; 0.20 × (8.05 − 6.3) = 0.35; 6.3 + 0.35 = 6.65.
    expect(applicablePercentage(STATUTE_2014, 210)?.value).toBe(0.0665);
  });

  it('[aptc.band] rounds to the nearest one-hundredth of one percent', () => {
    // 217.729% in the 2026 table: 6.60 + 0.35459 × 1.84 = 7.2524% → 7.25%.
    const table2026 = {
      ...STATUTE_2014,
      bands: [{ fromPct: 200, toPct: 250, initial: 0.066, final: 0.0844 }],
    };
    expect(applicablePercentage(table2026, (70000 * 100) / 32150)?.value).toBe(0.0725);
  });

  it('[aptc.band] treats 400% as inside the last band ("not more than") and above it as outside', () => {
    expect(applicablePercentage(STATUTE_2014, 400)?.value).toBe(0.095);
    expect(applicablePercentage(STATUTE_2014, 400.0001)).toBeNull();
  });

  it('[aptc.band] applies the first band below its start (a household with negative income)', () => {
    expect(applicablePercentage(STATUTE_2014, -20)?.value).toBe(0.02);
  });
});

describe('credit (26 USC 36B(b)(2))', () => {
  it('[aptc.amount] is the benchmark minus the contribution, monthly and annually', () => {
    const c = credit(0.0725, 70000, 1000);
    expect(c.contributionAnnual).toBeCloseTo(5075, 9);
    expect(c.creditAnnual).toBeCloseTo(6925, 9);
    expect(c.creditMonthly).toBeCloseTo(1000 - 5075 / 12, 9);
  });

  it('[aptc.amount] is never negative, and the contribution never below zero', () => {
    expect(credit(0.0996, 90000, 300).creditMonthly).toBe(0);
    expect(credit(0.021, -5000, 300).contributionAnnual).toBe(0);
  });

  it('[aptc.benchmark_needed] is null without a benchmark, while the contribution stands', () => {
    const c = credit(0.05, 40000, null);
    expect([c.creditAnnual, c.creditMonthly, c.contributionAnnual]).toEqual([null, null, 2000]);
  });
});
