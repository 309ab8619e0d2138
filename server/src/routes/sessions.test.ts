import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { session as sessionSchema } from '../../../src/schema/session';
import { makeSubmission } from '../../../test/fixtures/applications';
import { RateLimiter } from '../auth/rate-limit';
import { SIGN_IN_LOCK_SECONDS } from '../auth/sign-in';
import { clearSignInFailures, setDisabled } from '../db/assisters';
import { createAccount, postApplication, startTestServer, type TestServer } from '../test-support';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function signIn(name: string, password: string, url = server.url) {
  return fetch(`${url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
}

describe('POST /api/v1/sessions', () => {
  it('201 with a bearer token, its expiry and the recovery key; the token opens the API', async () => {
    const account = await createAccount(server.db, { name: 'maria.lopez@example.org' });
    const res = await signIn('Maria.Lopez@example.org', account.password);
    expect(res.status).toBe(201);
    const session = sessionSchema.parse(await res.json());
    expect(session.assister).toEqual({ id: account.id, name: account.name, role: 'assister' });
    const hours = (Date.parse(session.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    expect((await postApplication(server.url, session.token, makeSubmission())).status).toBe(201);
    // The recovery key is the account's, the same at every sign-in; tokens are fresh each time.
    const again = sessionSchema.parse(await (await signIn(account.name, account.password)).json());
    expect(again.recoveryKey).toBe(session.recoveryKey);
    expect(again.token).not.toBe(session.token);
  });

  it('401 sign_in_failed for a wrong password and for an unknown name alike', async () => {
    const account = await createAccount(server.db);
    const wrong = await signIn(account.name, 'not the password');
    const unknown = await signIn('nobody-here', 'whatever it is');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('[AC-7] five failures lock the name for an hour, even for the right password; an administrator can lift it', async () => {
    const account = await createAccount(server.db);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await signIn(account.name, `wrong ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await signIn(account.name, account.password);
    expect(locked.status).toBe(429);
    expect(await locked.json()).toMatchObject({ errors: [{ code: 'sign_in_locked' }] });
    const retryAfter = Number(locked.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(SIGN_IN_LOCK_SECONDS - 60);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LOCK_SECONDS);

    await clearSignInFailures(server.db, account.name);
    expect((await signIn(account.name, account.password)).status).toBe(201);
  });

  it('[AC-7] counts consecutive failures: a success in between starts the count again', async () => {
    const account = await createAccount(server.db);
    for (let i = 0; i < 4; i += 1) await signIn(account.name, 'wrong');
    expect((await signIn(account.name, account.password)).status).toBe(201);
    for (let i = 0; i < 4; i += 1) expect((await signIn(account.name, 'wrong')).status).toBe(401);
  });

  it('locks an unknown name the same way, so a lockout says nothing about which names exist', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await signIn('ghost', 'wrong password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('refuses a disabled account as if the password were wrong, and ends its sessions', async () => {
    const account = await createAccount(server.db);
    const { token } = (await (await signIn(account.name, account.password)).json()) as {
      token: string;
    };
    await setDisabled(server.db, account.name, true);
    expect((await postApplication(server.url, token, makeSubmission())).status).toBe(401);
    expect((await signIn(account.name, account.password)).status).toBe(401);
  });

  it('422 for a body that is not a sign-in request; 415 for one that is not JSON', async () => {
    const res = await fetch(`${server.url}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: 'a', pass: 'b' }),
    });
    expect(res.status).toBe(422);
    const form = await fetch(`${server.url}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=a&password=b',
    });
    expect(form.status).toBe(415);
  });
});

describe('sign-in rate limit per client', () => {
  it('429 rate_limited with Retry-After past the limit, whatever the names tried', async () => {
    const limited = await startTestServer({ limiter: new RateLimiter(3, 60_000) });
    try {
      const statuses: number[] = [];
      for (const name of ['a1', 'b2', 'c3', 'd4']) {
        statuses.push((await signIn(name, 'password guess', limited.url)).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      const res = await signIn('e5', 'password guess', limited.url);
      expect(await res.json()).toMatchObject({ errors: [{ code: 'rate_limited' }] });
      expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('DELETE /api/v1/sessions/current (sign out)', () => {
  it('revokes the token at once: 204, then 401 everywhere; other sessions keep working', async () => {
    const account = await createAccount(server.db);
    const first = sessionSchema.parse(await (await signIn(account.name, account.password)).json());
    const second = sessionSchema.parse(await (await signIn(account.name, account.password)).json());
    const out = await fetch(`${server.url}/api/v1/sessions/current`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${first.token}` },
    });
    expect(out.status).toBe(204);
    expect((await postApplication(server.url, first.token, makeSubmission())).status).toBe(401);
    expect((await postApplication(server.url, second.token, makeSubmission())).status).toBe(201);
    const again = await fetch(`${server.url}/api/v1/sessions/current`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${first.token}` },
    });
    expect(again.status).toBe(401);
  });

  it('an expired token is refused by the server’s clock', async () => {
    const account = await createAccount(server.db);
    const s = sessionSchema.parse(await (await signIn(account.name, account.password)).json());
    await server.db.query(
      "UPDATE sessions SET expires_at = now() - interval '1 second' WHERE assister_id = $1",
      [account.id],
    );
    expect((await postApplication(server.url, s.token, makeSubmission())).status).toBe(401);
  });
});
