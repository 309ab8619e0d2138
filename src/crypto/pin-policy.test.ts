import { describe, expect, it } from 'vitest';
import { COMMON_PINS } from './blocklists';
import { checkPin, type PinProblem } from './pin-policy';

const DOB = '1990-04-12';

describe('checkPin accepts', () => {
  it.each([
    '482915',
    '730264',
    '9051738',
    '30485716',
    '０４８２９１５', // full-width digits from an IME normalise to 048291 5
  ])('%s', (pin) => {
    expect(checkPin(pin)).toEqual([]);
  });

  it('a PIN that shares digits with the date of birth without being made from it', () => {
    expect(checkPin('419027', { dateOfBirth: DOB })).toEqual([]);
  });
});

describe('checkPin refuses (A2, S7)', () => {
  it.each<[string, PinProblem]>([
    ['12345', 'too-short'],
    ['', 'too-short'],
    ['12a456', 'not-digits'],
    ['4829 15', 'not-digits'],
    ['000000', 'same-digit'],
    ['7777777', 'same-digit'],
    ['123456', 'sequence'],
    ['654321', 'sequence'],
    ['567890', 'sequence'],
    ['890123', 'sequence'],
    ['13579135', 'sequence'],
    ['112233', 'sequence'],
    ['998877', 'sequence'],
    ['121212', 'repeated-pattern'],
    ['123123', 'repeated-pattern'],
    ['1212121', 'repeated-pattern'],
    ['110110', 'repeated-pattern'],
    ['777888', 'repeated-pattern'],
    ['123321', 'mirrored'],
    ['147741', 'mirrored'],
    ['789456', 'common'],
    ['159753', 'common'],
    ['147258', 'common'],
  ])('%s as %s', (pin, problem) => {
    expect(checkPin(pin)).toContain(problem);
  });

  it('refuses a PIN longer than 256 digits', () => {
    expect(checkPin('4829157306'.repeat(26))).toEqual(['too-long']);
  });

  it('refuses every PIN on the blocklist, each for at least one reason', () => {
    for (const pin of COMMON_PINS) expect(checkPin(pin)).not.toEqual([]);
  });

  it('refuses all ten of the most chosen 6-digit PINs (Markert et al. 2020)', () => {
    const topTen = [
      '123456',
      '654321',
      '111111',
      '000000',
      '123123',
      '666666',
      '121212',
      '112233',
      '789456',
      '159753',
    ];
    for (const pin of topTen) expect(checkPin(pin)).not.toEqual([]);
  });
});

describe('checkPin with a date of birth (1990-04-12)', () => {
  it.each([
    ['041290', 'MMDDYY'],
    ['120490', 'DDMMYY'],
    ['900412', 'YYMMDD'],
    ['04121990', 'MMDDYYYY'],
    ['12041990', 'DDMMYYYY'],
    ['19900412', 'YYYYMMDD'],
    ['4121990', 'MDDYYYY'],
    ['041990', 'MMYYYY'],
    ['199004', 'YYYYMM'],
    ['199083', 'the birth year and two digits'],
    ['5041290', 'MMDDYY inside a longer PIN'],
  ])('refuses %s (%s)', (pin) => {
    expect(checkPin(pin, { dateOfBirth: DOB })).toContain('date-of-birth');
  });

  it('lets the same digits through when no date of birth is known', () => {
    expect(checkPin('041290')).toEqual([]);
  });

  it('ignores a date of birth that is not a real date', () => {
    expect(checkPin('022990', { dateOfBirth: '1990-02-29' })).toEqual([]);
  });

  it('allows the birth year inside a PIN long enough to hold much more', () => {
    expect(checkPin('5819907364', { dateOfBirth: DOB })).toEqual([]);
  });
});
