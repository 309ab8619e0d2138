import { describe, expect, it } from 'vitest';
import { makeDraftV2, makeSubmission } from '../../test/fixtures/applications';
import { problemsFromIssues } from './api-error';
import { applicationFromDraftV2 } from './draft-v2';
import { submission } from './submission';

function problemsOf(body: unknown) {
  const parsed = submission.safeParse(body);
  return parsed.success ? [] : problemsFromIssues(parsed.error.issues);
}

describe('submission (schema version 1)', () => {
  it('accepts the example of DESIGN.md §4', () => {
    expect(problemsOf(makeSubmission())).toEqual([]);
  });

  it('refuses unknown fields at every level instead of storing them silently', () => {
    const body = makeSubmission() as Record<string, unknown>;
    body.extra = 1;
    (body.application as { applicant: Record<string, unknown> }).applicant.ssn = '123-45-6789';
    expect(problemsOf(body).map((p) => [p.path ?? '', p.code])).toEqual([
      ['application.applicant', 'unrecognized_keys'],
      ['', 'unrecognized_keys'],
    ]);
  });

  it('refuses a date of birth after the application was created', () => {
    const body = makeSubmission({ createdAt: '2026-01-01T00:00:00.000Z' });
    body.application.applicant.dateOfBirth = '2026-06-01';
    expect(problemsOf(body)).toEqual([
      {
        path: 'application.applicant.dateOfBirth',
        code: 'date_in_future',
        message: 'The date of birth is after the date of the application',
      },
    ]);
  });

  it('refuses a date of birth more than 120 years before the application', () => {
    const body = makeSubmission();
    body.application.applicant.dateOfBirth = '1900-01-01';
    expect(problemsOf(body).map((p) => p.code)).toEqual(['too_old']);
  });

  it('accepts every amount with cents, including those binary floating point cannot hold exactly', () => {
    for (const income of [0.07, 0.29, 1.1, 52000.29, 9_999_999.99]) {
      const body = makeSubmission();
      body.application.household.annualIncome = income;
      expect(problemsOf(body), String(income)).toEqual([]);
    }
    const body = makeSubmission();
    body.application.household.annualIncome = 52000.125;
    expect(problemsOf(body).map((p) => p.code)).toEqual(['too_precise']);
  });

  it('refuses an id that is not a UUID and an income of 1e12', () => {
    const body = makeSubmission({ id: 'not-a-uuid' });
    body.application.household.annualIncome = 1e12;
    expect(problemsOf(body).map((p) => p.path)).toEqual([
      'id',
      'application.household.annualIncome',
    ]);
  });
});

describe('submission (schema version 2)', () => {
  function v2Body() {
    const converted = applicationFromDraftV2(makeDraftV2());
    if (!converted.ok) throw new Error('fixture draft does not convert');
    return {
      id: crypto.randomUUID(),
      schemaVersion: 2 as const,
      createdAt: '2026-11-23T15:04:05.000Z',
      application: converted.application,
    };
  }

  it('accepts the full application, with the authorization inside it', () => {
    expect(problemsOf(v2Body())).toEqual([]);
  });

  it('still accepts version 1: a device may hold version-1 applications queued', () => {
    expect(submission.safeParse(makeSubmission()).success).toBe(true);
  });

  it('refuses an SSN or immigration status for a member who is not applying (P5)', () => {
    const body = v2Body();
    const rosa = body.application.members[2] as Record<string, unknown>;
    rosa.ssn = '345678901';
    rosa.citizenship = { usCitizen: true };
    expect(problemsOf(body).map((p) => [p.path, p.code])).toEqual([
      ['application.members.2.ssn', 'not_asked_of_non_applicant'],
      ['application.members.2.citizenship', 'not_asked_of_non_applicant'],
    ]);
  });

  it('refuses an application without an authorization', () => {
    const body = v2Body() as Record<string, unknown> & { application: Record<string, unknown> };
    delete body.application.authorization;
    expect(problemsOf(body).map((p) => p.path)).toEqual(['application.authorization']);
  });

  it('refuses a member born after the application was created', () => {
    const body = v2Body();
    (body.application.members[1] as { dateOfBirth: string }).dateOfBirth = '2027-01-01';
    expect(problemsOf(body).map((p) => [p.path, p.code])).toEqual([
      ['application.members.1.dateOfBirth', 'date_in_future'],
    ]);
  });
});
