import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSubmission } from '../../../test/fixtures/applications';
import {
  createAccount,
  openTestDb,
  postApplication,
  startTestServer,
  type TestDb,
  type TestServer,
} from '../test-support';
import { API_CSP, PWA_CSP } from './security-headers';

let testDb: TestDb;
let server: TestServer;
let open: TestServer;
const staticDir = mkdtempSync(join(tmpdir(), 'ea-static-'));

beforeAll(async () => {
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  testDb = await openTestDb();
  server = await startTestServer({ testDb, staticDir });
  open = await startTestServer({ testDb, corsOrigins: ['https://assist.example.org'] });
});
afterAll(async () => {
  await server?.close();
  await open?.close();
  await testDb?.close();
});

describe('security headers', () => {
  it('the PWA gets a CSP with no inline script and no other origin, and the usual hardening', async () => {
    const res = await fetch(`${server.url}/applications/${crypto.randomUUID()}`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toBe(PWA_CSP);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d+/);
  });

  it('API answers get a CSP that allows nothing, and are never cached', async () => {
    const res = await fetch(`${server.url}/api/v1/config`);
    expect(res.headers.get('Content-Security-Policy')).toBe(API_CSP);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('X-Request-Id')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('CORS', () => {
  it('is closed by default: no Access-Control-Allow-Origin, even on a preflight', async () => {
    const preflight = await fetch(`${server.url}/api/v1/applications`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const get = await fetch(`${server.url}/api/v1/config`, {
      headers: { Origin: 'https://evil.example' },
    });
    expect(get.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('opens only to the origins CORS_ORIGINS lists', async () => {
    const allowed = await fetch(`${open.url}/api/v1/applications`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://assist.example.org', 'Access-Control-Request-Method': 'POST' },
    });
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://assist.example.org');
    const other = await fetch(`${open.url}/api/v1/config`, {
      headers: { Origin: 'https://evil.example' },
    });
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('structured logs', () => {
  it('one JSON line per request with route pattern, status and time — and no personal data', async () => {
    const account = await createAccount(server.db, { password: 'tarragon meadow 7731' });
    const signIn = (name: string, password: string) =>
      fetch(`${server.url}/api/v1/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, password }),
      });
    // A password typed into the name box must not reach the logs either.
    await signIn('hunter2-typed-in-the-name-box', 'x');
    const { token } = (await (await signIn(account.name, account.password)).json()) as {
      token: string;
    };
    const sub = makeSubmission();
    sub.application.applicant.firstName = 'Zebulon';
    sub.application.applicant.lastName = 'Quixote-Marsh';
    sub.application.address.zip = '02139';
    await postApplication(server.url, token, sub);
    await fetch(`${server.url}/api/v1/applications/${sub.id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });

    const lines = server.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    const post = lines.find(
      (l) => l.msg === 'request' && l.method === 'POST' && l.route === '/api/v1/applications',
    );
    expect(post).toMatchObject({ level: 'info', status: 201, assisterId: account.id });
    expect(post?.ms).toBeTypeOf('number');
    expect(lines.some((l) => l.route === '/api/v1/applications/:id')).toBe(true);
    expect(lines.filter((l) => l.msg === 'sign_in').map((l) => l.outcome)).toEqual([
      'failed',
      'ok',
    ]);

    const all = server.logs.join('\n');
    for (const secret of [
      'Zebulon',
      'Quixote',
      '02139',
      '1990-04-12',
      '52000',
      token,
      account.password,
      account.name,
      'hunter2',
      sub.id,
    ]) {
      expect(all, secret).not.toContain(secret);
    }
  });
});
