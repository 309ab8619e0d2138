import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeSubmission } from '../../test/fixtures/applications';
import type { Db } from './db/client';
import { FaultInjector, type FaultScriptInput, faultsFromEnv } from './faults';
import { makeTestApp, postJson } from './test-support';

let app: Awaited<ReturnType<typeof makeTestApp>>['app'];
let db: Db;
const faults = new FaultInjector();
let server: ReturnType<typeof serve>;
let baseUrl = '';

beforeAll(async () => {
  ({ app, db } = await makeTestApp({ faults }));
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ok) => server.once('listening', () => ok()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  await db.close();
});
beforeEach(() => {
  faults.load({});
});

async function rowsFor(id: string): Promise<number> {
  const rows = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM applications WHERE id = $1',
    [id],
  );
  return rows[0]?.n ?? -1;
}

const script = (input: FaultScriptInput) => faults.load(input);
const post = (sub: ReturnType<typeof makeSubmission>) =>
  postJson(app, sub, { 'Idempotency-Key': sub.id });

/** Over real HTTP: the only way to see a dropped connection. */
const postOverHttp = (sub: ReturnType<typeof makeSubmission>) =>
  fetch(`${baseUrl}/api/v1/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': sub.id },
    body: JSON.stringify(sub),
  });

describe('fault mode: scripted faults', () => {
  it('500 ×2, then the request goes through: two refusals store nothing, the third stores one row', async () => {
    const sub = makeSubmission();
    script({ rules: [{ key: sub.id, times: 2, action: { kind: 'status', status: 500 } }] });
    expect([(await post(sub)).status, (await post(sub)).status]).toEqual([500, 500]);
    expect(await rowsFor(sub.id)).toBe(0);
    expect((await post(sub)).status).toBe(201);
    expect(await rowsFor(sub.id)).toBe(1);
    expect(faults.log().map((e) => [e.fault, e.status])).toEqual([
      ['status:500:before_commit', 500],
      ['status:500:before_commit', 500],
      [null, 201],
    ]);
  });

  it('503 and 429 carry the scripted Retry-After', async () => {
    const sub = makeSubmission();
    script({
      rules: [
        { key: sub.id, action: { kind: 'status', status: 503, retryAfter: '3' } },
        { key: sub.id, skip: 1, action: { kind: 'status', status: 429, retryAfter: '7' } },
      ],
    });
    const first = await post(sub);
    const second = await post(sub);
    expect([first.status, first.headers.get('Retry-After')]).toEqual([503, '3']);
    expect([second.status, second.headers.get('Retry-After')]).toEqual([429, '7']);
  });

  it('skip lets the first requests through, and a rule without a key matches any application', async () => {
    script({ rules: [{ skip: 1, action: { kind: 'status', status: 500 } }] });
    expect((await post(makeSubmission())).status).toBe(201);
    expect((await post(makeSubmission())).status).toBe(500);
    expect((await post(makeSubmission())).status).toBe(201);
  });

  it('a 504 after commit: the row is stored although the client is told it failed', async () => {
    const sub = makeSubmission();
    script({ rules: [{ action: { kind: 'status', status: 504, when: 'after_commit' } }] });
    expect((await post(sub)).status).toBe(504);
    expect(await rowsFor(sub.id)).toBe(1);
    const replay = await post(sub);
    expect(replay.status).toBe(200);
  });

  it('a captive portal answers 200 HTML, or redirects to an HTML page, and stores nothing', async () => {
    const sub = makeSubmission();
    script({
      rules: [
        { action: { kind: 'portal' } },
        { skip: 1, action: { kind: 'portal', redirect: true } },
      ],
    });
    const page = await post(sub);
    expect([page.status, page.headers.get('Content-Type')]).toEqual([
      200,
      'text/html; charset=UTF-8',
    ]);
    expect(await page.text()).toContain('Sign in to the Wi-Fi');
    const followed = await postOverHttp(sub);
    expect(followed.redirected).toBe(true);
    expect([followed.status, await followed.text()]).toEqual([
      200,
      expect.stringContaining('Sign in to the Wi-Fi'),
    ]);
    expect(await rowsFor(sub.id)).toBe(0);
  });

  it('receipts requests can be faulted too', async () => {
    script({ rules: [{ route: 'receipts', action: { kind: 'status', status: 503 } }] });
    const res = await app.request(
      `/api/v1/receipts?device=${crypto.randomUUID()}&since=1970-01-01T00:00:00.000Z`,
    );
    expect(res.status).toBe(503);
  });
});

describe('fault mode: lost connections over real HTTP', () => {
  it('drop before commit: the client sees a network error and nothing is stored', async () => {
    const sub = makeSubmission();
    script({ rules: [{ action: { kind: 'drop', when: 'before_commit' } }] });
    await expect(postOverHttp(sub)).rejects.toThrow();
    expect(await rowsFor(sub.id)).toBe(0);
    expect(faults.log()[0]).toMatchObject({ fault: 'drop:before_commit', status: null });
  });

  it('drop after commit: the client sees a network error, the row is stored, a replay gets its receipt', async () => {
    const sub = makeSubmission();
    script({ rules: [{ action: { kind: 'drop', when: 'after_commit' } }] });
    await expect(postOverHttp(sub)).rejects.toThrow();
    expect(await rowsFor(sub.id)).toBe(1);
    const replay = await postOverHttp(sub);
    expect(replay.status).toBe(200);
    const lookup = await (await fetch(`${baseUrl}/api/v1/applications/${sub.id}`)).json();
    expect(await replay.json()).toEqual(lookup);
  });

  it('a delay past the client timeout: the client gives up, the server still commits once', async () => {
    const sub = makeSubmission();
    script({ rules: [{ action: { kind: 'delay', ms: 400, when: 'before_commit' } }] });
    await expect(
      fetch(`${baseUrl}/api/v1/applications`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': sub.id },
        body: JSON.stringify(sub),
        signal: AbortSignal.timeout(100),
      }),
    ).rejects.toThrow();
    await expect.poll(() => rowsFor(sub.id), { timeout: 5_000 }).toBe(1);
  });
});

describe('fault mode: connections', () => {
  it('closes every connection after its answer, so a drop reaches the client (unless keepAlive)', async () => {
    const res = await app.request('/api/v1/health');
    expect(res.headers.get('Connection')).toBe('close');
    script({ keepAlive: true });
    expect((await app.request('/api/v1/health')).headers.get('Connection')).toBeNull();
  });
});

describe('fault mode: 409 while the same key is in flight', () => {
  it('five concurrent submissions with the same key, the first held: one 201, four 409 request_in_flight, one row', async () => {
    const sub = makeSubmission();
    script({
      inFlight409: true,
      rules: [{ key: sub.id, action: { kind: 'delay', ms: 300, when: 'before_commit' } }],
    });
    const first = post(sub);
    await new Promise((r) => setTimeout(r, 50));
    const others = await Promise.all(Array.from({ length: 4 }, () => post(sub)));
    expect(others.map((r) => r.status)).toEqual([409, 409, 409, 409]);
    expect(await others[0]?.json()).toMatchObject({ errors: [{ code: 'request_in_flight' }] });
    expect((await first).status).toBe(201);
    expect(await rowsFor(sub.id)).toBe(1);
    // Once the first has finished, the key is free: a replay gets the stored receipt.
    expect((await post(sub)).status).toBe(200);
  });
});

describe('fault mode is off unless asked for', () => {
  it('FAULTS unset, empty, 0 or off: no fault mode', () => {
    for (const value of [undefined, '', '0', 'off']) expect(faultsFromEnv(value)).toBeNull();
  });

  it('FAULTS=1 turns it on with no faults; a JSON value is the script', () => {
    const on = faultsFromEnv('1');
    expect(on?.pick('applications', 'k')).toBeNull();
    const scripted = faultsFromEnv(
      JSON.stringify({ rules: [{ action: { kind: 'status', status: 500 } }] }),
    );
    expect(scripted?.pick('applications', 'k')).toEqual({
      kind: 'status',
      status: 500,
      when: 'before_commit',
    });
  });

  it('a JSON script with a typo is refused at start, not ignored', () => {
    expect(() => faultsFromEnv('{"rulez": []}')).toThrow();
  });

  it('without fault mode the control endpoints do not exist', async () => {
    const plain = await makeTestApp();
    try {
      const res = await plain.app.request('/api/test/faults/log');
      expect(res.status).toBe(404);
    } finally {
      await plain.db.close();
    }
  });

  it('random faults hit about the asked share of requests, the same ones for the same seed', () => {
    const sample = () => {
      const f = new FaultInjector({
        random: { rate: 0.1, seed: 7, actions: [{ kind: 'status', status: 500 }] },
      });
      return Array.from({ length: 2000 }, () => f.pick('applications', null) !== null);
    };
    const hits = sample();
    const share = hits.filter(Boolean).length / hits.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.12);
    expect(sample()).toEqual(hits);
  });
});

describe('fault mode control endpoints', () => {
  it('PUT /api/test/faults loads a script; a bad one is a 400', async () => {
    const ok = await app.request('/api/test/faults', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rules: [{ action: { kind: 'status', status: 503 } }] }),
    });
    expect(ok.status).toBe(200);
    expect((await post(makeSubmission())).status).toBe(503);
    const bad = await app.request('/api/test/faults', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rules: [{ action: { kind: 'explode' } }] }),
    });
    expect(bad.status).toBe(400);
  });

  it('rows and forget: read and lose rows of the real database', async () => {
    const sub = makeSubmission();
    await post(sub);
    const read = async () =>
      (await (
        await app.request('/api/test/rows', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ids: [sub.id] }),
        })
      ).json()) as { rows: { id: string }[] };
    expect((await read()).rows.map((r) => r.id)).toEqual([sub.id]);
    await app.request('/api/test/rows/forget', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: [sub.id] }),
    });
    expect((await read()).rows).toEqual([]);
  });
});
