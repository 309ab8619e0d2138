import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../test/fixtures/applications';
import {
  applicationFromDraftV2,
  authorizationProblems,
  type DraftV2,
  draftPathFor,
} from './draft-v2';

function problems(draft: DraftV2): [string | undefined, string][] {
  const result = applicationFromDraftV2(draft);
  return result.ok ? [] : result.problems.map((p) => [p.path, p.code]);
}

describe('applicationFromDraftV2', () => {
  it('turns a complete draft into the version-2 application, numbers cleaned up', () => {
    const result = applicationFromDraftV2(makeDraftV2());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [ana, leo, rosa] = result.application.members;
    expect(ana).toMatchObject({ ssn: '234567890', citizenship: { usCitizen: true } });
    expect(ana?.incomes).toEqual([{ kind: 'job', amount: 1500, frequency: 'every_two_weeks' }]);
    expect(leo?.citizenship?.document).toEqual({
      type: 'permanent_resident_card',
      aNumber: '123456789',
      cardNumber: 'EAC1234567890',
    });
    expect(result.application.contact.phone).toBe('6175550142');
    expect(result.application.authorization).toMatchObject({
      method: 'oral',
      assister: { name: 'Sam Lee', id: 'NAV-0042' },
    });
    // P5: a member who is not applying carries no SSN or immigration answers, even if typed.
    expect(rosa).not.toHaveProperty('ssn');
    expect(rosa).not.toHaveProperty('citizenship');
  });

  it('never sends an SSN typed for a member who then said they are not applying', () => {
    const result = applicationFromDraftV2(
      makeDraftV2({ 'member.m3.ssn': '345-67-8901', 'member.m3.usCitizen': 'no' }),
    );
    expect(result.ok && result.application.members[2]).not.toHaveProperty('ssn');
  });

  it('asks an applying member for the SSN or the reason there is none', () => {
    expect(problems(makeDraftV2({ 'member.m2.ssnAbsentReason': '' }))).toEqual([
      ['member.m2.ssnAbsentReason', 'required'],
    ]);
  });

  it.each([
    ['000-12-3456', 'ssn_area'],
    ['666-12-3456', 'ssn_area'],
    ['912-34-5678', 'ssn_area'],
    ['123-00-4567', 'ssn_group_serial'],
    ['123-45-0000', 'ssn_group_serial'],
    ['078-05-1120', 'ssn_advertised'],
    ['12-345-678', 'invalid_format'],
  ])('refuses the SSN %s (%s)', (ssn, code) => {
    expect(problems(makeDraftV2({ 'member.m1.ssn': ssn }))).toEqual([['member.m1.ssn', code]]);
  });

  it('checks each immigration document by its own format', () => {
    expect(
      problems(
        makeDraftV2({
          'member.m2.document.aNumber': 'A12345',
          'member.m2.document.cardNumber': 'EAC12345',
        }),
      ),
    ).toEqual([
      ['member.m2.document.aNumber', 'invalid_format'],
      ['member.m2.document.cardNumber', 'invalid_format'],
    ]);
    const i94 = makeDraftV2({
      'member.m2.document.type': 'arrival_departure_record',
      'member.m2.document.i94Number': '123456789A1',
    });
    expect(problems(i94)).toEqual([]);
    expect(problems({ ...i94, 'member.m2.document.i94Number': 'hello' })).toEqual([
      ['member.m2.document.i94Number', 'invalid_format'],
    ]);
  });

  it('names each missing field under its own draft path, once', () => {
    const draft = makeDraftV2({
      'authorization.assisterId': '',
      'member.m2.firstName': '',
      'member.m1.income.i1.amount': '1.5k',
    });
    expect(problems(draft)).toEqual([
      ['member.m1.income.i1.amount', 'not_a_number'],
      ['member.m2.firstName', 'required'],
      ['authorization.assisterId', 'required'],
    ]);
  });

  it('needs the signature when the authorization is signed on screen', () => {
    expect(problems(makeDraftV2({ 'authorization.method': 'signed' }))).toEqual([
      ['authorization.signature', 'required'],
    ]);
  });

  it('refuses an application without the applicant confirming the answers are true', () => {
    expect(problems(makeDraftV2({ 'signature.attestsTrue': '' })).map((p) => p[0])).toEqual([
      'signature.attestsTrue',
    ]);
  });

  it('asks how many babies are expected of a pregnant member', () => {
    expect(problems(makeDraftV2({ 'member.m1.pregnant': 'yes' }))).toEqual([
      ['member.m1.expectedChildren', 'required'],
    ]);
  });

  it('refuses a household where nobody asks for coverage', () => {
    const draft = makeDraftV2({
      members: 'm3',
      'member.m3.relationship': 'self',
    });
    expect(problems(draft)).toEqual([['members', 'nobody_applying']]);
  });
});

describe('draftPathFor', () => {
  it('maps an exchange error path back to the field a person typed in', () => {
    const draft = makeDraftV2();
    expect(draftPathFor(draft, 'members.1.citizenship.document.aNumber')).toBe(
      'member.m2.document.aNumber',
    );
    expect(draftPathFor(draft, 'members.0.incomes.0.amount')).toBe('member.m1.income.i1.amount');
    expect(draftPathFor(draft, 'members.0.employerOffer.employerName')).toBe(
      'member.m1.offer.employerName',
    );
    expect(draftPathFor(draft, 'address.zip')).toBe('address.zip');
  });
});

describe('applicationFromDraftV2 and a withdrawn authorization', () => {
  it('refuses to build an application once the applicant took back permission', () => {
    const result = applicationFromDraftV2(
      makeDraftV2({ 'authorization.revokedAt': '2026-11-23T16:00:00.000Z' }),
    );
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['authorization_revoked']);
  });
});

describe('authorizationProblems', () => {
  // Each authorization field as typed: valid, missing, blank, too long, or not of its kind.
  const typed = (...valid: string[]) =>
    fc.option(fc.constantFrom(...valid, '', '   ', 'x'.repeat(120), '2023-02-29', '\u202eAna'), {
      nil: undefined,
    });
  const authorizationFields = fc.record({
    'authorization.method': typed('oral', 'signed', 'email'),
    'authorization.givenBy': typed('Ana Diaz', ' José Núñez '),
    'authorization.representative': typed('yes', 'no'),
    'authorization.date': typed('2026-11-23', '12/04/2026'),
    'authorization.assisterName': typed('Sam Lee'),
    'authorization.assisterId': typed('NAV-0042'),
    'authorization.limits': typed('Only the application, not the plan choice'),
    'authorization.signature': typed('Ana Diaz'),
    'authorization.revokedAt': typed('2026-11-24T10:00:00.000Z'),
  });

  it('finds what the whole conversion finds under authorization., in the same order', () => {
    fc.assert(
      fc.property(authorizationFields, fc.boolean(), (fields, complete) => {
        const typedFields = Object.fromEntries(
          Object.entries(fields).filter(([, v]) => v !== undefined),
        ) as DraftV2;
        // The rest of the application complete, or absent (a new application's first step).
        const draft: DraftV2 = complete
          ? {
              ...Object.fromEntries(
                Object.entries(makeDraftV2()).filter(([k]) => !k.startsWith('authorization.')),
              ),
              ...typedFields,
            }
          : typedFields;
        const whole = applicationFromDraftV2(draft);
        const expected = whole.ok
          ? []
          : whole.problems.filter((p) => p.path?.startsWith('authorization.'));
        expect(authorizationProblems(draft)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in a complete authorization, and the revocation in a withdrawn one', () => {
    expect(authorizationProblems(makeDraftV2())).toEqual([]);
    expect(
      authorizationProblems(makeDraftV2({ 'authorization.revokedAt': '2026-11-24T10:00:00Z' })),
    ).toEqual([
      { path: 'authorization.method', code: 'authorization_revoked', message: 'Revoked' },
    ]);
  });
});
