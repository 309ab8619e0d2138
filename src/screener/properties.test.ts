import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMMIGRATION_STATUSES, type ScreeningInputRaw } from '../schema/screening';
import { screen } from './determine';
import { packsFor, parse } from './testing';

type RawMember = ScreeningInputRaw['household'][number];
const STATES = ['MA', 'TX', 'CO', 'AK', 'HI', 'WI', 'CA', 'FL', 'DC'] as const;
const DATES: Record<number, string[]> = {
  2025: ['2024-11-15', '2025-02-15', '2025-06-01'],
  2026: ['2025-11-15', '2026-02-15', '2026-04-15', '2026-10-15'],
  2027: ['2026-11-23', '2027-04-15'],
};

const income = fc.record({
  type: fc.constantFrom(
    'wages',
    'self_employment',
    'social_security',
    'retirement',
    'ssi',
    'gifts',
  ),
  annual: fc.integer({ min: 0, max: 120_000 }),
});

const member = (role: RawMember['role']): fc.Arbitrary<RawMember> =>
  fc
    .record({
      age:
        role === 'dependent' ? fc.integer({ min: 0, max: 24 }) : fc.integer({ min: 19, max: 70 }),
      pregnant: fc.boolean(),
      expectedChildren: fc.integer({ min: 1, max: 2 }),
      immigrationStatus: fc.constantFrom(...IMMIGRATION_STATUSES),
      yearsInStatus: fc.option(fc.integer({ min: 0, max: 12 })),
      medicare: fc.boolean(),
      incarcerated: fc.boolean(),
      incomes: fc.array(income, { maxLength: 2 }),
    })
    .map((m) => {
      const pregnant = m.pregnant && m.age >= 16 && m.age <= 44;
      return {
        role,
        age: m.age,
        pregnant,
        expectedChildren: pregnant ? m.expectedChildren : 0,
        immigrationStatus: m.immigrationStatus,
        yearsInStatus: m.yearsInStatus,
        // Rare on purpose: most draws should reach the credit's rules.
        medicare: m.medicare && m.age >= 65,
        incarcerated: m.incarcerated && m.age === 30,
        incomes: m.incomes,
      };
    });

const screening: fc.Arbitrary<ScreeningInputRaw> = fc
  .record({
    planYear: fc.constantFrom(2025, 2026, 2027),
    dateIndex: fc.nat(),
    state: fc.constantFrom(...STATES),
    filer: member('filer'),
    spouse: fc.option(member('spouse')),
    dependents: fc.array(member('dependent'), { maxLength: 6 }),
    benchmark: fc.option(fc.integer({ min: 0, max: 3000 })),
    offer: fc.option(
      fc.record({
        selfOnlyEmployeeMonthly: fc.integer({ min: 0, max: 800 }),
        familyEmployeeMonthly: fc.option(fc.integer({ min: 0, max: 2000 })),
        meetsMinimumValue: fc.boolean(),
      }),
    ),
  })
  .map((r) => {
    const dates = DATES[r.planYear] ?? [];
    return {
      planYear: r.planYear,
      screeningDate: dates[r.dateIndex % dates.length] ?? '2026-04-15',
      state: r.state,
      benchmarkSilverMonthlyPremium: r.benchmark,
      ...(r.offer ? { employerOffer: { offeredTo: 'filer' as const, ...r.offer } } : {}),
      household: [r.filer, ...(r.spouse ? [r.spouse] : []), ...r.dependents],
    };
  });

const run = (raw: ScreeningInputRaw) => {
  const input = parse(raw);
  return screen(input, packsFor(input.planYear, input.state));
};
const RUNS = { numRuns: 400 };

type Result = ReturnType<typeof run>;
const programs = (d: Result) => d.members.map((m) => m.program).join();
/** The applicable-percentage band the credit used, read from its reason ("in the 200% to 250% band"). */
const bandOf = (d: Result) =>
  d.members
    .flatMap((m) => m.reasons)
    .find((r) => r.rule === 'aptc.band')
    ?.text.match(/in the (\d+)% /)?.[1] ?? null;

describe('properties of every screening', () => {
  it('[aptc.amount] the credit is never negative', () => {
    fc.assert(
      fc.property(screening, (raw) => {
        const d = run(raw);
        for (const v of [d.aptcMonthly, d.aptcAnnual, d.expectedContributionMonthly]) {
          if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('[csr.level] CSR comes only with the credit', () => {
    fc.assert(
      fc.property(screening, (raw) => {
        const d = run(raw);
        if (d.csrLevel !== 'none')
          expect(d.members.some((m) => m.program === 'marketplace_aptc')).toBe(true);
      }),
      RUNS,
    );
  });

  it('[aptc.band] the credit never rises when income rises within a band, while the same members qualify', () => {
    let compared = 0;
    fc.assert(
      fc.property(screening, fc.integer({ min: 1, max: 5000 }), (raw, raise) => {
        const base = {
          ...raw,
          benchmarkSilverMonthlyPremium: raw.benchmarkSilverMonthlyPremium ?? 1200,
        };
        const [filer, ...rest] = base.household;
        if (!filer) return;
        const more = { type: 'wages' as const, annual: raise };
        const richer = {
          ...base,
          household: [{ ...filer, incomes: [...(filer.incomes ?? []), more] }, ...rest],
        };
        const a = run(base);
        const b = run(richer);
        if (programs(a) !== programs(b) || a.aptcMonthly === null || b.aptcMonthly === null) return;
        if (bandOf(a) !== bandOf(b)) return;
        compared++;
        expect(b.aptcMonthly).toBeLessThanOrEqual(a.aptcMonthly);
        expect(b.expectedContributionMonthly ?? 0).toBeGreaterThanOrEqual(
          a.expectedContributionMonthly ?? 0,
        );
      }),
      RUNS,
    );
    // The property must have been tested, not skipped by its guards.
    expect(compared).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it('permuting the members permutes the result and changes nothing else', () => {
    fc.assert(
      fc.property(screening, fc.nat(), (raw, seed) => {
        const n = raw.household.length;
        // A rotation by `seed` positions, then a reversal: every member can move.
        const order = Array.from({ length: n }, (_, i) => (i + seed) % n).reverse();
        const permuted = { ...raw, household: order.map((i) => raw.household[i] as RawMember) };
        const a = run(raw);
        const b = run(permuted);
        const { members: am, ...aRest } = a;
        const { members: bm, ...bRest } = b;
        expect(bRest).toEqual(aRest);
        order.forEach((from, to) => {
          expect({ ...bm[to], index: from }).toEqual(am[from]);
        });
      }),
      RUNS,
    );
  });
});
