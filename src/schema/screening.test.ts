import { describe, expect, it } from 'vitest';
import { problemsFromIssues } from './api-error';
import { effectiveFilingStatus, screeningInput } from './screening';

const filer = { role: 'filer', age: 40, immigrationStatus: 'citizen' };
const base = { planYear: 2026, screeningDate: '2026-04-15', state: 'TX', household: [filer] };

/** The dotted paths of what is wrong with an input, as the CLI prints them. */
function paths(raw: unknown): string[] {
  const r = screeningInput.safeParse(raw);
  return r.success ? [] : problemsFromIssues(r.error.issues).map((p) => p.path ?? '');
}

describe('screeningInput', () => {
  it('fills the defaults: not pregnant, no Medicare, no income; single, or joint with a spouse', () => {
    const input = screeningInput.parse(base);
    expect(input.household[0]).toMatchObject({
      pregnant: false,
      expectedChildren: 0,
      medicare: false,
      incomes: [],
    });
    expect(effectiveFilingStatus(input)).toBe('single');
    const couple = screeningInput.parse({
      ...base,
      household: [filer, { ...filer, role: 'spouse' }],
    });
    expect(effectiveFilingStatus(couple)).toBe('married_joint');
  });

  it('names the bad field of a member, an income and the employer offer', () => {
    expect(paths({ ...base, household: [{ ...filer, age: 130 }] })).toEqual(['household.0.age']);
    expect(
      paths({ ...base, household: [{ ...filer, incomes: [{ type: 'wages', annual: -5 }] }] }),
    ).toEqual(['household.0.incomes.0.annual']);
    expect(
      paths({ ...base, household: [{ ...filer, incomes: [{ type: 'lottery', annual: 5 }] }] }),
    ).toEqual(['household.0.incomes.0.type']);
    expect(
      paths({
        ...base,
        employerOffer: { offeredTo: 'spouse', selfOnlyEmployeeMonthly: 1, meetsMinimumValue: true },
      }),
    ).toEqual(['employerOffer.offeredTo']);
  });

  it('allows a business loss but no other negative income', () => {
    expect(
      paths({
        ...base,
        household: [{ ...filer, incomes: [{ type: 'self_employment', annual: -5 }] }],
      }),
    ).toEqual([]);
  });

  it('refuses a household without exactly one filer, and a spouse on a single return', () => {
    expect(paths({ ...base, household: [{ ...filer, role: 'dependent' }] })).toEqual(['household']);
    expect(
      paths({ ...base, filingStatus: 'single', household: [filer, { ...filer, role: 'spouse' }] }),
    ).toEqual(['filingStatus']);
  });

  it('refuses a pregnancy without expected children, and expected children without a pregnancy', () => {
    expect(paths({ ...base, household: [{ ...filer, pregnant: true }] })).toEqual([
      'household.0.expectedChildren',
    ]);
    expect(paths({ ...base, household: [{ ...filer, expectedChildren: 1 }] })).toEqual([
      'household.0.expectedChildren',
    ]);
  });

  it('refuses a date that does not exist and an unknown state', () => {
    // calendarDate (text.ts) reports an impossible date twice; the set of fields is what matters.
    const bad = new Set(paths({ ...base, screeningDate: '2026-02-30', state: 'XX' }));
    expect([...bad].sort()).toEqual(['screeningDate', 'state']);
  });
});
