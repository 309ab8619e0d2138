import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submission } from '../../../src/schema/submission';
import { makeSubmission } from '../../../test/fixtures/applications';
import {
  countRows,
  makeSubmissionV2,
  postApplication,
  startTestServer,
  type TestServer,
} from '../test-support';

/**
 * The bad-input list of issue 5 and security-ux.md B1–B9, over real HTTP: each a 4xx with a clear,
 * machine-readable error; the server keeps serving; nothing invalid is stored.
 */
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.token();
});
afterAll(async () => {
  await server?.close();
});

/** Posts raw bytes or text under a fresh key, and returns status and error codes. */
async function send(body: string | Uint8Array, key: string = crypto.randomUUID()) {
  const res = await fetch(`${server.url}/api/v1/applications`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': key,
      Authorization: `Bearer ${token}`,
    },
    body,
  });
  const json = (await res.json()) as {
    errors?: { path?: string; code: string; message: string }[];
  };
  return {
    status: res.status,
    codes: (json.errors ?? []).map((e) => e.code),
    errors: json.errors ?? [],
  };
}

function withApplication(mutate: (app: Record<string, Record<string, unknown>>) => void) {
  const sub = makeSubmission();
  mutate(sub.application as unknown as Record<string, Record<string, unknown>>);
  return sub;
}

describe('malformed JSON → 400, with a code', () => {
  const valid = JSON.stringify(makeSubmission());
  it.each([
    ['truncated', valid.slice(0, -5), 'malformed_json'],
    ['a trailing comma', '{"id": "x", "schemaVersion": 1,}', 'malformed_json'],
    ['a byte order mark', `\uFEFF${valid}`, 'malformed_json'],
    ['NaN', '{"schemaVersion": NaN}', 'malformed_json'],
    ['a number too large for a double', '{"schemaVersion": 1e309}', 'malformed_json'],
    ['a duplicate member name', '{"schemaVersion": 1, "schemaVersion": 2}', 'duplicate_key'],
    ['a duplicate hidden by an escape', '{"id": "a", "\\u0069d": "b"}', 'duplicate_key'],
    [
      '100,000 levels of nesting',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      'too_deeply_nested',
    ],
    ['33 levels of nesting', `${'{"a":'.repeat(33)}1${'}'.repeat(33)}`, 'too_deeply_nested'],
    ['an empty body', '', 'malformed_json'],
  ])('%s', async (_, body, code) => {
    const result = await send(body);
    expect(result.status).toBe(400);
    expect(result.codes).toEqual([code]);
  });

  it('invalid UTF-8 is refused, not turned into replacement characters', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify(makeSubmission()).replace('Ana', 'A\u00f1a'),
    );
    const at = bytes.indexOf(0xc3);
    bytes[at + 1] = 0x28; // breaks the two-byte sequence of ñ
    expect(await send(bytes)).toMatchObject({ status: 400, codes: ['invalid_encoding'] });
  });
});

describe('well-formed JSON that is not an application → 422 with field paths', () => {
  it.each([
    ['null', 'null', 'schemaVersion'],
    ['an array', '[1,2]', 'schemaVersion'],
    ['a string', '"application"', 'schemaVersion'],
  ])('%s', async (_, body, path) => {
    const result = await send(body);
    expect(result.status).toBe(422);
    expect(result.errors[0]?.path).toBe(path);
  });

  it.each([
    [
      'a household size as text',
      (a: Record<string, Record<string, unknown>>) => (a.household!.size = '3'),
      'application.household.size',
      'invalid_type',
    ],
    [
      'an income as text',
      (a: Record<string, Record<string, unknown>>) => (a.household!.annualIncome = '52000'),
      'application.household.annualIncome',
      'invalid_type',
    ],
    [
      'a name as a number',
      (a: Record<string, Record<string, unknown>>) => (a.applicant!.firstName = 42),
      'application.applicant.firstName',
      'invalid_type',
    ],
    [
      'a negative income',
      (a: Record<string, Record<string, unknown>>) => (a.household!.annualIncome = -1),
      'application.household.annualIncome',
      'too_small',
    ],
    [
      'an income of 1e12',
      (a: Record<string, Record<string, unknown>>) => (a.household!.annualIncome = 1e12),
      'application.household.annualIncome',
      'too_big',
    ],
    [
      'cents with three decimals',
      (a: Record<string, Record<string, unknown>>) => (a.household!.annualIncome = 52000.125),
      'application.household.annualIncome',
      'too_precise',
    ],
    [
      'a household of 10,000',
      (a: Record<string, Record<string, unknown>>) => (a.household!.size = 10_000),
      'application.household.size',
      'too_big',
    ],
    [
      'a 10,000-character name',
      (a: Record<string, Record<string, unknown>>) => (a.applicant!.lastName = 'x'.repeat(10_000)),
      'application.applicant.lastName',
      'too_big',
    ],
    [
      'a right-to-left override in a name',
      (a: Record<string, Record<string, unknown>>) => (a.applicant!.lastName = 'Diaz\u202Egnp.exe'),
      'application.applicant.lastName',
      'forbidden_characters',
    ],
    [
      'an impossible date (2023-02-29)',
      (a: Record<string, Record<string, unknown>>) => (a.applicant!.dateOfBirth = '2023-02-29'),
      'application.applicant.dateOfBirth',
      'invalid_date',
    ],
    [
      'a 13th month',
      (a: Record<string, Record<string, unknown>>) => (a.applicant!.dateOfBirth = '2024-13-01'),
      'application.applicant.dateOfBirth',
      'invalid_date',
    ],
    [
      'a US-style date',
      (a: Record<string, Record<string, unknown>>) => (a.applicant!.dateOfBirth = '04/12/1990'),
      'application.applicant.dateOfBirth',
      'invalid_format',
    ],
    [
      'a two-digit year',
      (a: Record<string, Record<string, unknown>>) => (a.applicant!.dateOfBirth = '90-04-12'),
      'application.applicant.dateOfBirth',
      'invalid_format',
    ],
    [
      'a birth after the application',
      (a: Record<string, Record<string, unknown>>) => (a.applicant!.dateOfBirth = '2027-01-01'),
      'application.applicant.dateOfBirth',
      'date_in_future',
    ],
    [
      'an age over 120',
      (a: Record<string, Record<string, unknown>>) => (a.applicant!.dateOfBirth = '1890-01-01'),
      'application.applicant.dateOfBirth',
      'too_old',
    ],
    [
      'an SSN (schema version 1 carries none: an unknown field)',
      (a: Record<string, Record<string, unknown>>) => (a.applicant!.ssn = '000-12-3456'),
      'application.applicant',
      'unrecognized_keys',
    ],
    [
      'an unknown field',
      (a: Record<string, Record<string, unknown>>) => (a.address!.county = 'Suffolk'),
      'application.address',
      'unrecognized_keys',
    ],
    [
      'a ZIP code with letters',
      (a: Record<string, Record<string, unknown>>) => (a.address!.zip = '0211A'),
      'application.address.zip',
      'invalid_format',
    ],
    [
      'a state that is not one',
      (a: Record<string, Record<string, unknown>>) => (a.address!.state = 'XX'),
      'application.address.state',
      'invalid_value',
    ],
  ])('%s', async (_, mutate, path, code) => {
    const sub = withApplication(mutate);
    const result = await send(JSON.stringify(sub), sub.id);
    expect(result.status).toBe(422);
    expect(result.errors.map((e) => [e.path, e.code])).toContainEqual([path, code]);
    expect(await countRows(server.db, sub.id)).toBe(0);
  });
});

describe('invalid SSNs (schema version 2) → 422 at the member’s SSN, nothing stored', () => {
  it.each([
    ['area 000', '000123456', 'ssn_area'],
    ['area 666', '666123456', 'ssn_area'],
    ['area 9xx', '912345678', 'ssn_area'],
    ['group 00', '123004567', 'ssn_group_serial'],
    ['serial 0000', '123450000', 'ssn_group_serial'],
    ['the advertised 078-05-1120', '078051120', 'ssn_advertised'],
    ['eight digits', '12345678', 'invalid_format'],
    ['letters', '12345678A', 'invalid_format'],
  ])('%s', async (_, value, code) => {
    const sub = makeSubmissionV2();
    const first = sub.application.members[0];
    if (!first) throw new Error('fixture has no member');
    first.ssn = value;
    const result = await send(JSON.stringify(sub), sub.id);
    expect(result.status).toBe(422);
    expect(result.errors.map((e) => [e.path, e.code])).toContainEqual([
      'application.members.0.ssn',
      code,
    ]);
    expect(await countRows(server.db, sub.id)).toBe(0);
  });
});

describe('text that looks like code is stored as text, exactly', () => {
  it.each([
    '<img src=x onerror=alert(1)>',
    '"><svg/onload=alert(1)>',
    'javascript:alert(1)',
    "Robert'); DROP TABLE applications;--",
  ])('%s', async (name) => {
    const sub = makeSubmission();
    sub.application.applicant.firstName = name;
    const res = await postApplication(server.url, token, sub);
    expect(res.status).toBe(201);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const rows = await server.db.query<{ name: string }>(
      "SELECT payload->'application'->'applicant'->>'firstName' AS name FROM applications WHERE id = $1",
      [sub.id],
    );
    expect(rows[0]?.name).toBe(name);
  });
});

describe('a 10 MB body', () => {
  it('413 without reading it whole, and the server keeps serving', async () => {
    const sub = makeSubmission();
    const tenMegabytes = JSON.stringify({ ...sub, padding: 'x'.repeat(10 * 1024 * 1024) });
    expect(await send(tenMegabytes, sub.id)).toMatchObject({
      status: 413,
      codes: ['payload_too_large'],
    });
    expect(await countRows(server.db, sub.id)).toBe(0);
  });
});

describe('after all of it', () => {
  it('the server still serves, and holds only valid applications', async () => {
    expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
    const sub = makeSubmission();
    expect((await postApplication(server.url, token, sub)).status).toBe(201);
    const rows = await server.db.query<{ payload: unknown }>('SELECT payload FROM applications');
    // The four names above and this one, each a valid submission.
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => !submission.safeParse(r.payload).success)).toEqual([]);
  });
});
