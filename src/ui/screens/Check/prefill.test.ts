import { describe, expect, it } from 'vitest';
import { applicationFromDraftV2 } from '../../../schema/draft-v2';
import { type CheckForm, emptyForm, newMember } from './check-form';
import { draftFromCheck } from './prefill';

/** A couple and a child as a check would have them: the spouse listed first, the filer second. */
function household(): CheckForm {
  const f = emptyForm();
  f.state = 'MA';
  f.zip = '02119';
  const spouse = { ...newMember('k1', 'spouse'), age: '33', pregnant: true, expectedChildren: '2' };
  spouse.immigrationStatus = 'lpr';
  spouse.incomes = [
    { key: 'k4', type: 'self_employment', amount: '1,500', frequency: 'monthly' },
    { key: 'k5', type: 'child_support_received', amount: '300', frequency: 'monthly' },
  ];
  const filer = { ...newMember('k2', 'filer'), age: '36', medicare: true };
  filer.incomes = [{ key: 'k6', type: 'wages', amount: '$900.50', frequency: 'every_two_weeks' }];
  const child = { ...newMember('k3', 'dependent'), age: '4' };
  child.immigrationStatus = 'undocumented';
  f.members = [spouse, filer, child];
  f.hasOffer = true;
  f.offeredTo = 'spouse';
  f.offerSelfOnly = '120';
  f.offerMinimumValue = false;
  return f;
}

describe('an application started from a check', () => {
  it('puts the person filing taxes first, as the applicant, and the others after', () => {
    const draft = draftFromCheck(household());
    expect(draft.members).toBe('m1 m2 m3');
    expect(draft['member.m1.relationship']).toBe('self');
    expect(draft['member.m2.relationship']).toBe('spouse');
    // A dependent may be a son, a niece or a grandchild: the check does not say, so neither do we.
    expect(draft['member.m3.relationship']).toBeUndefined();
    expect([1, 2, 3].map((n) => draft[`member.m${n}.taxDependent`])).toEqual(['no', 'no', 'yes']);
  });

  it('copies incomes with their amount and how often, leaving out what is not income there', () => {
    const draft = draftFromCheck(household());
    expect(draft['member.m1.incomes']).toBe('i1');
    expect(draft['member.m1.income.i1.kind']).toBe('job');
    expect(draft['member.m1.income.i1.amount']).toBe('900.5');
    expect(draft['member.m1.income.i1.frequency']).toBe('every_two_weeks');
    // Child support received is not income on the application: only the business income moves.
    expect(draft['member.m2.incomes']).toBe('i2');
    expect(draft['member.m2.income.i2.kind']).toBe('self_employment');
    expect(draft['member.m2.income.i2.amount']).toBe('1500');
    expect(draft['member.m3.incomes']).toBeUndefined();
  });

  it('copies pregnancy, status, Medicare, the job offer and the place; never an age as a birth date', () => {
    const draft = draftFromCheck(household());
    expect(draft['member.m2.pregnant']).toBe('yes');
    expect(draft['member.m2.expectedChildren']).toBe('2');
    expect(draft['member.m1.usCitizen']).toBe('yes');
    expect(draft['member.m2.usCitizen']).toBe('no');
    expect(draft['member.m2.eligibleImmigrationStatus']).toBe('yes');
    expect(draft['member.m3.eligibleImmigrationStatus']).toBe('no');
    expect(draft['member.m1.currentCoverage']).toBe('medicare');
    expect(draft['member.m2.offer']).toBe('yes');
    expect(draft['member.m2.offer.selfOnlyMonthlyPremium']).toBe('120');
    expect(draft['member.m2.offer.meetsMinimumValue']).toBe('no');
    expect(draft['member.m1.offer']).toBeUndefined();
    expect(draft['address.state']).toBe('MA');
    expect(draft['address.zip']).toBe('02119');
    const invented = Object.keys(draft).filter((k) =>
      /(dateOfBirth|firstName|lastName|sex|ssn|applying|authorization)/.test(k),
    );
    expect(invented).toEqual([]);
  });

  it('gives a draft the application reads without complaint about the copied fields', () => {
    const draft = draftFromCheck(household());
    const result = applicationFromDraftV2(draft);
    // The rest (names, dates, the authorization…) is still to be asked: those problems remain.
    expect(result.ok).toBe(false);
    const onCopied = result.ok
      ? []
      : result.problems.filter((p) => draft[p.path ?? ''] !== undefined);
    expect(onCopied).toEqual([]);
  });
});
