import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeSubmission } from '../../test/fixtures/applications';
import { FaultInjector, type FaultScriptInput, faultsFromEnv } from './faults';
import { countRows, postApplication, startTestServer, type TestServer } from './test-support';

let server: TestServer;
let token: string;
const faults = new FaultInjector();

beforeAll(async () => {
  server = await startTestServer({ faults });
  token = await server.token();
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  faults.load({});
});

const script = (input: FaultScriptInput) => faults.load(input);
const post = (sub: ReturnType<typeof makeSubmission>) => postApplication(server.url, token, sub);
const rowsFor = (id: string) => countRows(server.db, id);
const control = (path: string, body: unknown, method = 'POST') =>
  fetch(`${server.url}/api/test${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
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
    expect((await post(sub)).status).toBe(200);
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
    const followed = await post(sub);
    expect(followed.redirected).toBe(true);
    expect([followed.status, await followed.text()]).toEqual([
      200,
      expect.stringContaining('Sign in to the Wi-Fi'),
    ]);
    expect(await rowsFor(sub.id)).toBe(0);
  });

  it('receipts requests can be faulted too', async () => {
    script({ rules: [{ route: 'receipts', action: { kind: 'status', status: 503 } }] });
    const res = await fetch(
      `${server.url}/api/v1/receipts?device=${crypto.randomUUID()}&since=1970-01-01T00:00:00.000Z`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(res.status).toBe(503);
  });
});

describe('fault mode: lost connections', () => {
  it('drop before commit: the client sees a network error and nothing is stored', async () => {
    const sub = makeSubmission();
    script({ rules: [{ action: { kind: 'drop', when: 'before_commit' } }] });
    await expect(post(sub)).rejects.toThrow();
    expect(await rowsFor(sub.id)).toBe(0);
    expect(faults.log()[0]).toMatchObject({ fault: 'drop:before_commit', status: null });
  });

  it('drop after commit: the client sees a network error, the row is stored, a replay gets its receipt', async () => {
    const sub = makeSubmission();
    script({ rules: [{ action: { kind: 'drop', when: 'after_commit' } }] });
    await expect(post(sub)).rejects.toThrow();
    expect(await rowsFor(sub.id)).toBe(1);
    const replay = await post(sub);
    expect(replay.status).toBe(200);
    const lookup = await fetch(`${server.url}/api/v1/applications/${sub.id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await replay.json()).toEqual(await lookup.json());
  });

  it('a delay past the client timeout: the client gives up, the server still commits once', async () => {
    const sub = makeSubmission();
    script({ rules: [{ action: { kind: 'delay', ms: 400, when: 'before_commit' } }] });
    await expect(
      fetch(`${server.url}/api/v1/applications`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': sub.id,
          Authorization: `Bearer ${token}`,
        },
        body: JSON.stringify(sub),
        signal: AbortSignal.timeout(100),
      }),
    ).rejects.toThrow();
    await expect.poll(() => rowsFor(sub.id), { timeout: 5_000 }).toBe(1);
  });

  it('closes every connection after its answer, so a drop reaches the client (unless keepAlive)', async () => {
    expect((await fetch(`${server.url}/api/v1/health`)).headers.get('Connection')).toBe('close');
    script({ keepAlive: true });
    expect((await fetch(`${server.url}/api/v1/health`)).headers.get('Connection')).not.toBe(
      'close',
    );
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
    const plain = await startTestServer();
    try {
      const res = await fetch(`${plain.url}/api/test/faults/log`);
      expect(res.status).toBe(404);
    } finally {
      await plain.close();
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
    const ok = await control(
      '/faults',
      { rules: [{ action: { kind: 'status', status: 503 } }] },
      'PUT',
    );
    expect(ok.status).toBe(200);
    expect((await post(makeSubmission())).status).toBe(503);
    const bad = await control('/faults', { rules: [{ action: { kind: 'explode' } }] }, 'PUT');
    expect(bad.status).toBe(400);
  });

  it('rows and forget: read and lose rows of the real database', async () => {
    const sub = makeSubmission();
    await post(sub);
    const read = async () =>
      ((await (await control('/rows', { ids: [sub.id] })).json()) as { rows: { id: string }[] })
        .rows;
    expect((await read()).map((r) => r.id)).toEqual([sub.id]);
    await control('/rows/forget', { ids: [sub.id] });
    expect(await read()).toEqual([]);
  });
});
