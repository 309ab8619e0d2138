import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import { applicationFromDraftV1 } from './draft-v1';

describe('applicationFromDraftV1', () => {
  it('turns what was typed into the version-1 application', () => {
    const result = applicationFromDraftV1(makeDraft({ 'address.state': 'ma' }));
    expect(result).toEqual({
      ok: true,
      application: {
        applicant: { firstName: 'Ana', lastName: 'Diaz', dateOfBirth: '1990-04-12' },
        household: { size: 3, annualIncome: 52000 },
        address: { state: 'MA', zip: '02118' },
      },
    });
  });

  it('accepts money typed with a dollar sign, commas and cents', () => {
    const result = applicationFromDraftV1(makeDraft({ 'household.annualIncome': '$52,000.50' }));
    expect(result.ok && result.application.household.annualIncome).toBe(52000.5);
  });

  it('names every missing field once, as required', () => {
    const result = applicationFromDraftV1({ 'applicant.firstName': 'Ana' });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.filter((p) => p.code === 'required').map((p) => p.path)).toEqual([
      'applicant.lastName',
      'applicant.dateOfBirth',
      'household.size',
      'household.annualIncome',
      'address.state',
      'address.zip',
    ]);
    expect(new Set(problems.map((p) => p.path)).size).toBe(problems.length);
  });

  it('refuses an income that is not a number instead of guessing', () => {
    const result = applicationFromDraftV1(makeDraft({ 'household.annualIncome': '52k' }));
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'household.annualIncome', code: 'not_a_number', message: 'Not a number' },
    ]);
  });

  it.each([
    ['2023-02-29', 'invalid_date'],
    ['2024-13-01', 'invalid_date'],
    ['12/04/1990', 'invalid_format'],
  ])('refuses the date of birth %s (%s)', (dob, code) => {
    const result = applicationFromDraftV1(makeDraft({ 'applicant.dateOfBirth': dob }));
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toContainEqual([
      'applicant.dateOfBirth',
      code,
    ]);
  });

  it('refuses a right-to-left override hidden in a name, and keeps accents and apostrophes', () => {
    const hidden = applicationFromDraftV1(makeDraft({ 'applicant.lastName': 'Diaz\u202Egnp.exe' }));
    expect(hidden.ok ? [] : hidden.problems.map((p) => p.code)).toEqual(['forbidden_characters']);
    const real = applicationFromDraftV1(
      makeDraft({ 'applicant.firstName': 'José', 'applicant.lastName': "Ñúñez-O'Brien" }),
    );
    expect(real.ok && real.application.applicant.lastName).toBe("Ñúñez-O'Brien");
  });

  it('refuses a household of 0 and a ZIP code of 4 digits', () => {
    const result = applicationFromDraftV1(
      makeDraft({ 'household.size': '0', 'address.zip': '2118' }),
    );
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([
      ['household.size', 'too_small'],
      ['address.zip', 'invalid_format'],
    ]);
  });
});
