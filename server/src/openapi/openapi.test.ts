import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT } from '../../../src/schema/sealed';
import { makeSubmission } from '../../../test/fixtures/applications';
import { Lifecycle } from '../http/lifecycle';
import { sealSubmission } from '../sealing/seal-like-a-browser';
import {
  createAccount,
  openTestDb,
  startTestServer,
  type TestDb,
  type TestServer,
} from '../test-support';

/**
 * The OpenAPI document is kept true by this test: real requests, over HTTP, for every operation
 * and every status the document lists, each answer checked against the document (status listed,
 * media type, body valid against the schema), and every listed answer seen at least once.
 */
type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
};

let testDb: TestDb;
let server: TestServer;
let doc: Doc;
let assister: string;
let staff: string;
let hold: Promise<void> | null = null;
const lifecycle = new Lifecycle();
const seen = new Set<string>();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

beforeAll(async () => {
  testDb = await openTestDb();
  server = await startTestServer({ testDb, lifecycle, beforeStore: async () => hold ?? undefined });
  [assister, staff] = await Promise.all([server.token('assister'), server.token('staff')]);
  doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as Doc;
  ajv.addSchema(doc as object, 'openapi.json');
});
afterAll(async () => {
  await server?.close();
  await testDb?.close();
});

/** The document's template for a concrete path (`/api/v1/applications/{id}`). */
function template(path: string): string {
  const exact = Object.keys(doc.paths).find((t) => t === path);
  if (exact) return exact;
  const match = Object.keys(doc.paths).find((t) =>
    new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
  if (!match) throw new Error(`${path} is not in the OpenAPI document`);
  return match;
}

/** Rewrites local refs so a fragment of the document compiles on its own. */
function rebase(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', '"$ref":"openapi.json#/'));
}

/** Sends a request and checks its answer against the document. */
async function call(
  method: string,
  path: string,
  init: {
    token?: string | null;
    json?: unknown;
    body?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  let body: string | undefined = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const t = template(path.split('?')[0] ?? path);
  const operation = doc.paths[t]?.[method.toLowerCase()];
  expect(operation, `${method} ${t}`).toBeDefined();
  const documented = operation?.responses[String(res.status)];
  expect(documented, `${method} ${t} → ${res.status} is not documented`).toBeDefined();
  seen.add(`${method.toLowerCase()} ${t} ${res.status}`);
  const text = await res.text();
  const content = documented?.content;
  if (!content) {
    expect(text).toBe('');
    return res.status;
  }
  const type = (res.headers.get('Content-Type') ?? '').split(';')[0] ?? '';
  expect(Object.keys(content), `${method} ${t} ${res.status}`).toContain(type);
  if (type === 'application/json') {
    const validate = ajv.compile(rebase(content[type]?.schema) as object);
    const ok = validate(JSON.parse(text));
    expect(ok, `${method} ${t} ${res.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  }
  return res.status;
}

describe('the OpenAPI document matches what the server answers', () => {
  it('POST /api/v1/applications: every status', async () => {
    const sub = makeSubmission();
    expect(
      await call('POST', '/api/v1/applications', {
        token: assister,
        json: sub,
        headers: { 'Idempotency-Key': sub.id },
      }),
    ).toBe(201);
    expect(
      await call('POST', '/api/v1/applications', {
        token: assister,
        json: sub,
        headers: { 'Idempotency-Key': sub.id },
      }),
    ).toBe(200);
    const sealed = await sealSubmission(server.keyring.active, makeSubmission());
    expect(
      await call('POST', '/api/v1/applications', {
        token: assister,
        json: sealed,
        headers: { 'Idempotency-Key': sealed.id },
      }),
    ).toBe(201);
    expect(
      await call('POST', '/api/v1/applications', {
        token: assister,
        body: '{',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': sub.id },
      }),
    ).toBe(400);
    expect(
      await call('POST', '/api/v1/applications', {
        json: sub,
        headers: { 'Idempotency-Key': sub.id },
      }),
    ).toBe(401);
    expect(
      await call('POST', '/api/v1/applications', {
        token: assister,
        body: 'x'.repeat(1_100_000),
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': sub.id },
      }),
    ).toBe(413);
    expect(
      await call('POST', '/api/v1/applications', {
        token: assister,
        body: JSON.stringify(sub),
        headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': sub.id },
      }),
    ).toBe(415);
    const other = { ...sub, createdAt: '2026-11-24T00:00:00.000Z' };
    expect(
      await call('POST', '/api/v1/applications', {
        token: assister,
        json: other,
        headers: { 'Idempotency-Key': sub.id },
      }),
    ).toBe(422);

    const slow = makeSubmission();
    let release = () => {};
    hold = new Promise((ok) => (release = ok));
    const first = fetch(`${server.url}/api/v1/applications`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': slow.id,
        Authorization: `Bearer ${assister}`,
      },
      body: JSON.stringify(slow),
    });
    await expect
      .poll(() =>
        call('POST', '/api/v1/applications', {
          token: assister,
          json: {},
          headers: { 'Idempotency-Key': slow.id },
        }),
      )
      .toBe(409);
    hold = null;
    release();
    expect((await first).status).toBe(201);
  });

  it('GET /api/v1/applications/{id}, the listing and the CSV export', async () => {
    const sub = makeSubmission();
    await call('POST', '/api/v1/applications', {
      token: assister,
      json: sub,
      headers: { 'Idempotency-Key': sub.id },
    });
    expect(await call('GET', `/api/v1/applications/${sub.id}`, { token: assister })).toBe(200);
    expect(
      await call('GET', `/api/v1/applications/${crypto.randomUUID()}`, { token: assister }),
    ).toBe(404);
    expect(await call('GET', `/api/v1/applications/${sub.id}`)).toBe(401);
    const since = '2020-01-01T00:00:00Z';
    expect(await call('GET', `/api/v1/applications?since=${since}&limit=1`, { token: staff })).toBe(
      200,
    );
    expect(await call('GET', '/api/v1/applications?since=soon', { token: staff })).toBe(400);
    expect(await call('GET', `/api/v1/applications?since=${since}`)).toBe(401);
    expect(await call('GET', `/api/v1/applications?since=${since}`, { token: assister })).toBe(403);
    expect(
      await call('GET', `/api/v1/applications/export.csv?since=${since}`, { token: staff }),
    ).toBe(200);
    expect(await call('GET', '/api/v1/applications/export.csv', { token: staff })).toBe(400);
    expect(await call('GET', `/api/v1/applications/export.csv?since=${since}`)).toBe(401);
    expect(
      await call('GET', `/api/v1/applications/export.csv?since=${since}`, { token: assister }),
    ).toBe(403);
  });

  it('POST /api/v1/imports: every status', async () => {
    const bundle = {
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      items: [makeSubmission()],
    };
    expect(await call('POST', '/api/v1/imports', { token: assister, json: bundle })).toBe(200);
    expect(
      await call('POST', '/api/v1/imports', {
        token: assister,
        body: '[',
        headers: { 'Content-Type': 'application/json' },
      }),
    ).toBe(400);
    expect(await call('POST', '/api/v1/imports', { json: bundle })).toBe(401);
    expect(
      await call('POST', '/api/v1/imports', {
        token: assister,
        body: 'x'.repeat(17 * 1024 * 1024),
        headers: { 'Content-Type': 'application/json' },
      }),
    ).toBe(413);
    expect(
      await call('POST', '/api/v1/imports', {
        token: assister,
        body: '{}',
        headers: { 'Content-Type': 'text/csv' },
      }),
    ).toBe(415);
    expect(await call('POST', '/api/v1/imports', { token: assister, json: { items: [] } })).toBe(
      422,
    );
  });

  it('sessions, config, health and the document itself', async () => {
    const account = await createAccount(server.db);
    const signIn = (password: string) =>
      call('POST', '/api/v1/sessions', { json: { name: account.name, password } });
    expect(await signIn(account.password)).toBe(201);
    expect(await signIn('wrong password')).toBe(401);
    for (let i = 0; i < 3; i += 1) await signIn('wrong password');
    expect(await signIn('wrong password')).toBe(429);
    expect(
      await call('POST', '/api/v1/sessions', {
        body: '{',
        headers: { 'Content-Type': 'application/json' },
      }),
    ).toBe(400);
    expect(
      await call('POST', '/api/v1/sessions', {
        body: 'name=a',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    ).toBe(415);
    expect(await call('POST', '/api/v1/sessions', { json: { name: 'a' } })).toBe(422);
    const token = await server.token();
    expect(await call('DELETE', '/api/v1/sessions/current', { token })).toBe(204);
    expect(await call('DELETE', '/api/v1/sessions/current', { token })).toBe(401);
    expect(await call('GET', '/api/v1/config')).toBe(200);
    expect(await call('GET', '/api/v1/health')).toBe(200);
    expect(await call('GET', '/api/v1/openapi.json')).toBe(200);
  });

  it('recovery keys, authorization records and audit events: every status', async () => {
    const device = { 'X-Device-Id': crypto.randomUUID() };
    expect(await call('POST', '/api/v1/recovery-keys', { token: assister, headers: device })).toBe(
      201,
    );
    expect(await call('POST', '/api/v1/recovery-keys', { token: assister, headers: device })).toBe(
      200,
    );
    expect(await call('POST', '/api/v1/recovery-keys', { token: assister })).toBe(400);
    expect(await call('POST', '/api/v1/recovery-keys', { headers: device })).toBe(401);

    const record = {
      id: crypto.randomUUID(),
      kind: 'revoked',
      applicationId: crypto.randomUUID(),
      recordedAt: '2026-11-23T16:00:00.000Z',
    };
    const grant = {
      ...record,
      id: crypto.randomUUID(),
      kind: 'granted',
      authorization: {
        noticeVersion: '2026-11',
        method: 'signed',
        givenBy: 'Ana Diaz',
        representative: false,
        date: '2026-11-23',
        assister: { name: 'Sam Lee', id: 'NAV-0042' },
        limits: '',
        signature: 'Ana Diaz',
      },
    };
    const path = '/api/v1/authorizations';
    expect(await call('POST', path, { token: assister, json: grant, headers: device })).toBe(201);
    expect(await call('POST', path, { token: assister, json: record })).toBe(201);
    expect(await call('POST', path, { token: assister, json: record })).toBe(200);
    expect(await call('POST', path, { token: assister, json: { ...record, kind: 'x' } })).toBe(422);
    expect(
      await call('POST', path, {
        token: assister,
        body: '{',
        headers: { 'Content-Type': 'application/json' },
      }),
    ).toBe(400);
    expect(await call('POST', path, { json: record })).toBe(401);
    expect(
      await call('POST', path, {
        token: assister,
        body: 'x'.repeat(1_100_000),
        headers: { 'Content-Type': 'application/json' },
      }),
    ).toBe(413);
    expect(
      await call('POST', path, {
        token: assister,
        body: '{}',
        headers: { 'Content-Type': 'text/plain' },
      }),
    ).toBe(415);

    const events = {
      events: [
        {
          id: crypto.randomUUID(),
          who: crypto.randomUUID(),
          what: 'unlocked',
          when: '2026-11-23T16:00:00.000Z',
        },
      ],
    };
    const audit = '/api/v1/audit-events';
    expect(await call('POST', audit, { token: assister, json: events, headers: device })).toBe(200);
    expect(await call('POST', audit, { token: assister, json: { events: [] } })).toBe(422);
    expect(
      await call('POST', audit, {
        token: assister,
        json: events,
        headers: { 'X-Device-Id': 'not-a-uuid' },
      }),
    ).toBe(400);
    expect(await call('POST', audit, { json: events })).toBe(401);
    expect(
      await call('POST', audit, {
        token: assister,
        body: 'x'.repeat(1_100_000),
        headers: { 'Content-Type': 'application/json' },
      }),
    ).toBe(413);
    expect(
      await call('POST', audit, {
        token: assister,
        body: '{}',
        headers: { 'Content-Type': 'text/plain' },
      }),
    ).toBe(415);
  });

  it('503 while stopping, and from health when the database is gone', async () => {
    lifecycle.drain();
    const sub = makeSubmission();
    expect(
      await call('POST', '/api/v1/applications', {
        token: assister,
        json: sub,
        headers: { 'Idempotency-Key': sub.id },
      }),
    ).toBe(503);
    expect(await call('GET', '/api/v1/health')).toBe(503);
  });

  it('every answer the document lists was seen', () => {
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        Object.keys(op.responses).map((s) => `${method} ${path} ${s}`),
      ),
    );
    expect(listed.filter((l) => !seen.has(l))).toEqual([]);
  });
});
