import { describe, expect, it } from 'vitest';
import { screen } from './determine';
import { household, packsFor, parse, person, wages } from './testing';
import { whatIfCurve } from './what-if';

const input = parse({
  planYear: 2026,
  screeningDate: '2026-04-15',
  state: 'TX',
  benchmarkSilverMonthlyPremium: 900,
  household: household(3, 40000),
});
const packs = packsFor(2026, 'TX');

describe('whatIfCurve', () => {
  const curve = whatIfCurve(input, packs, { from: 0, to: 150000, points: 400 });

  it('gives the asked number of evenly spaced points, both ends included', () => {
    expect(curve).toHaveLength(400);
    expect(curve[0]?.householdIncome).toBe(0);
    expect(curve[399]?.householdIncome).toBe(150000);
  });

  it('[aptc.amount] matches a full screening at the same income', () => {
    const point = curve[200];
    if (!point) throw new Error('no point');
    const scaled = parse({ ...input, household: household(3, point.householdIncome) });
    const d = screen(scaled, packs);
    expect([point.aptcMonthly, point.expectedContributionMonthly, point.fplPercent]).toEqual([
      d.aptcMonthly,
      d.expectedContributionMonthly,
      d.fplPercent,
    ]);
  });

  it('[aptc.cliff] drops the credit to 0 above 400% FPL (2025 guideline for 3: $26,650)', () => {
    const above = curve.filter((p) => p.householdIncome > 4 * 26650);
    expect(above.length).toBeGreaterThan(0);
    expect(above.every((p) => p.aptcMonthly === 0 && p.expectedContributionMonthly === null)).toBe(
      true,
    );
  });

  it('scales every counted income together, and leaves uncounted kinds alone', () => {
    const mixed = parse({
      ...input,
      household: [
        person({
          incomes: [
            { type: 'wages', annual: 30000 },
            { type: 'child_support_received', annual: 6000 },
          ],
        }),
        person({ role: 'spouse', incomes: wages(10000) }),
      ],
      filingStatus: 'married_joint',
    });
    const [point] = whatIfCurve(mixed, packs, { from: 80000, to: 80000, points: 2 });
    expect(point?.fplPercent).toBe(Math.round(((80000 * 100) / 21150) * 10) / 10);
  });

  it('refuses a nonsense range', () => {
    expect(() => whatIfCurve(input, packs, { from: 10, to: 5, points: 10 })).toThrow(RangeError);
    expect(() => whatIfCurve(input, packs, { from: 0, to: 5, points: 1 })).toThrow(RangeError);
  });
});
