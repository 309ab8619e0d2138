import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receipt as receiptSchema } from '../../../src/schema/receipt';
import { makeSubmission } from '../../../test/fixtures/applications';
import {
  countRows,
  makeSubmissionV2,
  postApplication,
  startTestServer,
  type TestServer,
} from '../test-support';

let server: TestServer;
let token: string;
/** Holds submissions just before their insert while set (to keep a request in flight). */
let hold: Promise<void> | null = null;

beforeAll(async () => {
  server = await startTestServer({ beforeStore: async () => hold ?? undefined });
  token = await server.token();
});
afterAll(async () => {
  await server?.close();
});

const post = (body: unknown, headers?: Record<string, string>) =>
  postApplication(server.url, token, body, headers);

describe(`POST /api/v1/applications over HTTP (${process.env.TEST_DB_ENGINE ?? 'pglite'})`, () => {
  it('201 with a receipt the first time', async () => {
    const sub = makeSubmission();
    const res = await post(sub);
    expect(res.status).toBe(201);
    const body = receiptSchema.parse(await res.json());
    expect(body.id).toBe(sub.id);
    expect(body.confirmationNumber).toMatch(/^EA-/);
    expect(await countRows(server.db, sub.id)).toBe(1);
  });

  it('200 with the same receipt on a replay of the same key and body, and still one row', async () => {
    const sub = makeSubmission();
    const first = await (await post(sub)).json();
    // Same content, keys in another order: the same body as far as the hash is concerned.
    const { application, createdAt, id } = sub;
    const replay = await post({ application, createdAt, schemaVersion: 1, id });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(first);
    expect(await countRows(server.db, sub.id)).toBe(1);
  });

  it('201 for a version-2 application (the wizard’s), and 200 on its replay', async () => {
    const sub = makeSubmissionV2();
    expect((await post(sub)).status).toBe(201);
    expect((await post(sub)).status).toBe(200);
    expect(await countRows(server.db, sub.id)).toBe(1);
  });

  it('422 idempotency_key_reused when the key comes back with another body', async () => {
    const sub = makeSubmission();
    await post(sub);
    const changed = makeSubmission({ id: sub.id });
    changed.application.household.annualIncome = 61000;
    const res = await post(changed);
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      errors: [
        {
          code: 'idempotency_key_reused',
          message: 'This Idempotency-Key was already used with a different application',
        },
      ],
    });
    expect(await countRows(server.db, sub.id)).toBe(1);
  });

  it('five concurrent submissions with the same key leave one row: one 201, each other the same receipt or a 409', async () => {
    const sub = makeSubmission();
    const responses = await Promise.all(Array.from({ length: 5 }, () => post(sub)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as {
      confirmationNumber?: string;
    }[];
    const numbers = new Set(bodies.map((b) => b.confirmationNumber).filter(Boolean));
    expect(numbers.size).toBe(1);
    expect(await countRows(server.db, sub.id)).toBe(1);
  });

  it('409 request_in_flight with Retry-After while the same key is still being processed, then the receipt', async () => {
    const sub = makeSubmission();
    let release = () => {};
    hold = new Promise((ok) => {
      release = ok;
    });
    const first = post(sub);
    // Wait until the first request holds the key. The probe cannot store anything (an empty
    // object is refused), so it cannot win the race itself: 422 while the key is free, then 409.
    const probe = () => post('{}', { 'Idempotency-Key': sub.id });
    await expect.poll(async () => (await probe()).status).toBe(409);
    const second = await post(sub);
    expect(second.status).toBe(409);
    expect(second.headers.get('Retry-After')).toBe('1');
    expect(await second.json()).toMatchObject({ errors: [{ code: 'request_in_flight' }] });
    hold = null;
    release();
    expect((await first).status).toBe(201);
    expect((await post(sub)).status).toBe(200);
    expect(await countRows(server.db, sub.id)).toBe(1);
  });

  it('422 with field paths for refused content, and nothing stored', async () => {
    const sub = makeSubmission();
    sub.application.address.zip = '2118';
    sub.application.applicant.dateOfBirth = '2023-02-29';
    const res = await post(sub);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { path: string; code: string }[] };
    expect(body.errors.map((e) => [e.path, e.code])).toEqual([
      ['application.applicant.dateOfBirth', 'invalid_date'],
      ['application.address.zip', 'invalid_format'],
    ]);
    expect(await countRows(server.db, sub.id)).toBe(0);
  });

  it('400 on malformed JSON', async () => {
    const res = await post('{"id": "x",', { 'Idempotency-Key': crypto.randomUUID() });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'malformed_json' }] });
  });

  it('400 without an Idempotency-Key', async () => {
    const res = await fetch(`${server.url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(makeSubmission()),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'idempotency_key_missing' }] });
  });

  it('422 when the key is not the application id', async () => {
    const sub = makeSubmission();
    const res = await post(sub, { 'Idempotency-Key': crypto.randomUUID() });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'idempotency_key_mismatch' }] });
    expect(await countRows(server.db, sub.id)).toBe(0);
  });

  it('422 for a schema version the exchange does not know', async () => {
    const sub = { ...makeSubmission(), schemaVersion: 99 };
    const res = await post(sub);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'unsupported_schema_version' }] });
  });

  it('413 over the 1 MB body limit, and the server keeps serving', async () => {
    const sub = makeSubmission();
    const huge = JSON.stringify({ ...sub, padding: 'x'.repeat(2 * 1024 * 1024) });
    const res = await post(huge, { 'Idempotency-Key': sub.id });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'payload_too_large' }] });
    expect((await post(sub)).status).toBe(201);
  });

  it('415 for a body that does not say it is JSON', async () => {
    const sub = makeSubmission();
    const res = await post(JSON.stringify(sub), {
      'Content-Type': 'text/plain',
      'Idempotency-Key': sub.id,
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'unsupported_media_type' }] });
  });

  it('401 without a token, or with a token the exchange never issued, and nothing stored', async () => {
    const sub = makeSubmission();
    const none = await postApplication(server.url, null, sub);
    expect(none.status).toBe(401);
    expect(none.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect(await none.json()).toMatchObject({ errors: [{ code: 'unauthorized' }] });
    const forged = await postApplication(server.url, 'A'.repeat(43), sub);
    expect(forged.status).toBe(401);
    expect(forged.headers.get('WWW-Authenticate')).toContain('invalid_token');
    expect(await countRows(server.db, sub.id)).toBe(0);
  });

  it('records who sent it and how', async () => {
    const sub = makeSubmission();
    await post(sub);
    const rows = await server.db.query<{ received_as: string; assister: string | null }>(
      'SELECT received_as, assister_id::text AS assister FROM applications WHERE id = $1',
      [sub.id],
    );
    expect(rows[0]?.received_as).toBe('plain');
    expect(rows[0]?.assister).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GET /api/v1/applications/:id', () => {
  const get = (id: string, auth: string | null = token) =>
    fetch(`${server.url}/api/v1/applications/${id}`, {
      headers: auth ? { Authorization: `Bearer ${auth}` } : {},
    });

  it('returns the stored receipt: how a client confirms after an ambiguous failure', async () => {
    const sub = makeSubmission();
    const created = await (await post(sub)).json();
    const res = await get(sub.id);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(created);
  });

  it('404 for an application the exchange never received', async () => {
    expect((await get(crypto.randomUUID())).status).toBe(404);
    expect((await get('not-a-uuid')).status).toBe(404);
  });

  it('401 without a token', async () => {
    expect((await get(crypto.randomUUID(), null)).status).toBe(401);
  });
});

describe('GET /api/v1/health', () => {
  it('says ok when the database answers, without a token', async () => {
    const res = await fetch(`${server.url}/api/v1/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});
