import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receipt as receiptSchema } from '../../../src/schema/receipt';
import { makeSubmission } from '../../../test/fixtures/applications';
import type { Db } from '../db/client';
import { makeTestApp, postJson } from '../test-support';

let app: Awaited<ReturnType<typeof makeTestApp>>['app'];
let db: Db;

beforeAll(async () => {
  ({ app, db } = await makeTestApp());
});
afterAll(async () => {
  await db.close();
});

async function rowsFor(id: string): Promise<number> {
  const rows = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM applications WHERE id = $1',
    [id],
  );
  return rows[0]?.n ?? -1;
}

describe('POST /api/v1/applications', () => {
  it('201 with a receipt the first time', async () => {
    const sub = makeSubmission();
    const res = await postJson(app, sub, { 'Idempotency-Key': sub.id });
    expect(res.status).toBe(201);
    const body = receiptSchema.parse(await res.json());
    expect(body.id).toBe(sub.id);
    expect(body.confirmationNumber).toMatch(/^EA-/);
    expect(await rowsFor(sub.id)).toBe(1);
  });

  it('200 with the same receipt on a replay of the same key and body, and still one row', async () => {
    const sub = makeSubmission();
    const first = await (await postJson(app, sub, { 'Idempotency-Key': sub.id })).json();
    // Same content, keys in another order: the same body as far as the hash is concerned.
    const reordered = {
      application: sub.application,
      createdAt: sub.createdAt,
      schemaVersion: 1,
      id: sub.id,
    };
    const replay = await postJson(app, reordered, { 'Idempotency-Key': sub.id });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(first);
    expect(await rowsFor(sub.id)).toBe(1);
  });

  it('422 idempotency_key_reused when the key comes back with another body', async () => {
    const sub = makeSubmission();
    await postJson(app, sub, { 'Idempotency-Key': sub.id });
    const changed = makeSubmission({ id: sub.id });
    changed.application.household.annualIncome = 61000;
    const res = await postJson(app, changed, { 'Idempotency-Key': sub.id });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      errors: [
        {
          code: 'idempotency_key_reused',
          message: 'This Idempotency-Key was already used with a different application',
        },
      ],
    });
    expect(await rowsFor(sub.id)).toBe(1);
  });

  it('five concurrent submissions with the same key leave one row and one confirmation number', async () => {
    const sub = makeSubmission();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => postJson(app, sub, { 'Idempotency-Key': sub.id })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 201]);
    const numbers = new Set(
      await Promise.all(
        responses.map(
          async (r) => ((await r.json()) as { confirmationNumber: string }).confirmationNumber,
        ),
      ),
    );
    expect(numbers.size).toBe(1);
    expect(await rowsFor(sub.id)).toBe(1);
  });

  it('422 with field paths for refused content, and nothing stored', async () => {
    const sub = makeSubmission();
    sub.application.address.zip = '2118';
    sub.application.applicant.dateOfBirth = '2023-02-29';
    const res = await postJson(app, sub, { 'Idempotency-Key': sub.id });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { path: string; code: string }[] };
    expect(body.errors.map((e) => [e.path, e.code])).toEqual([
      ['application.applicant.dateOfBirth', 'invalid_date'],
      ['application.address.zip', 'invalid_format'],
    ]);
    expect(await rowsFor(sub.id)).toBe(0);
  });

  it('stores a name with markup as text, exactly as sent', async () => {
    const sub = makeSubmission();
    sub.application.applicant.firstName = '<img src=x onerror=alert(1)>';
    const res = await postJson(app, sub, { 'Idempotency-Key': sub.id });
    expect(res.status).toBe(201);
    const rows = await db.query<{ name: string }>(
      "SELECT payload->'application'->'applicant'->>'firstName' AS name FROM applications WHERE id = $1",
      [sub.id],
    );
    expect(rows[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('400 on malformed JSON', async () => {
    const res = await postJson(app, '{"id": "x",', { 'Idempotency-Key': 'x' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'malformed_json' }] });
  });

  it('400 without an Idempotency-Key', async () => {
    const res = await postJson(app, makeSubmission());
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'idempotency_key_missing' }] });
  });

  it('422 when the key is not the application id', async () => {
    const sub = makeSubmission();
    const res = await postJson(app, sub, { 'Idempotency-Key': crypto.randomUUID() });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'idempotency_key_mismatch' }] });
    expect(await rowsFor(sub.id)).toBe(0);
  });

  it('422 for a schema version the exchange does not know', async () => {
    const sub = { ...makeSubmission(), schemaVersion: 99 };
    const res = await postJson(app, sub, { 'Idempotency-Key': sub.id });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'unsupported_schema_version' }] });
  });

  it('413 over the 1 MB body limit, and the server keeps serving', async () => {
    const sub = makeSubmission();
    const huge = JSON.stringify({ ...sub, padding: 'x'.repeat(2 * 1024 * 1024) });
    const res = await postJson(app, huge, { 'Idempotency-Key': sub.id });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'payload_too_large' }] });
    const ok = await postJson(app, sub, { 'Idempotency-Key': sub.id });
    expect(ok.status).toBe(201);
  });

  it('415 for a body that does not say it is JSON', async () => {
    const sub = makeSubmission();
    const res = await app.request('/api/v1/applications', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': sub.id },
      body: JSON.stringify(sub),
    });
    expect(res.status).toBe(415);
  });
});

describe('GET /api/v1/applications/:id', () => {
  it('returns the stored receipt: how a client confirms after an ambiguous failure', async () => {
    const sub = makeSubmission();
    const created = await (await postJson(app, sub, { 'Idempotency-Key': sub.id })).json();
    const res = await app.request(`/api/v1/applications/${sub.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(created);
  });

  it('404 for an application the exchange never received', async () => {
    expect((await app.request(`/api/v1/applications/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await app.request('/api/v1/applications/not-a-uuid')).status).toBe(404);
  });
});

describe('GET /api/v1/health', () => {
  it('says ok when the database answers', async () => {
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});
