import { describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../../../../test/fixtures/applications';
import { applyingMembers, newKey, stepOf } from './steps';

describe('wizard steps', () => {
  it.each([
    ['authorization.assisterId', 'authorization'],
    ['member.m2.firstName', 'household'],
    ['members', 'household'],
    ['member.m2.ssnAbsentReason', 'identity'],
    ['member.m2.document.aNumber', 'citizenship'],
    ['address.zip', 'contact'],
    ['member.m1.income.i1.amount', 'income'],
    ['member.m1.deduction.d1.kind', 'income'],
    ['member.m1.offer.employerName', 'coverage'],
    ['member.m1.expectedChildren', 'coverage'],
    ['taxFiling.filingStatus', 'tax'],
    ['signature.attestsTrue', 'signature'],
  ])('%s is asked on the %s step', (path, step) => {
    expect(stepOf(path)).toBe(step);
  });

  it('asks the SSN and status only of the members applying', () => {
    expect(applyingMembers(makeDraftV2())).toEqual(['m1', 'm2']);
  });

  it('picks a key that no person or field uses yet', () => {
    const draft = makeDraftV2({ members: 'm1 m3' });
    expect(newKey(draft, 'm')).toBe('m4');
    expect(newKey({}, 'm')).toBe('m1');
  });
});
