import { describe, expect, it } from 'vitest';
import { requestSession } from './session-client';

const SESSION = {
  token: 'A'.repeat(43),
  tokenType: 'Bearer',
  expiresAt: '2026-11-24T03:00:00.000Z',
  assister: { id: '0f8e4c1a-6b7d-4e2f-9a51-3c2d1e0f9a88', name: 'maria', role: 'assister' },
  recoveryKey: 'B'.repeat(43),
};

function reply(status: number, body: unknown, headers: Record<string, string> = {}) {
  return async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
}

const ask = (fetch: typeof globalThis.fetch) =>
  requestSession('maria', 'secret words', { baseUrl: 'http://exchange.test', fetch });

describe('requestSession', () => {
  it('a 201 that parses as a session is a session', async () => {
    expect(await ask(reply(201, SESSION))).toEqual({ kind: 'ok', session: SESSION });
  });

  it('a 201 that is not a session (a portal page) is an error, not a sign-in', async () => {
    expect(await ask(reply(201, '<html>Wi-Fi</html>'))).toEqual({ kind: 'error', status: 201 });
  });

  it('tells a wrong password from a locked account and from too many tries', async () => {
    expect(await ask(reply(401, { errors: [{ code: 'sign_in_failed', message: '' }] }))).toEqual({
      kind: 'failed',
    });
    expect(
      await ask(
        reply(
          429,
          { errors: [{ code: 'sign_in_locked', message: '' }] },
          { 'Retry-After': '3600' },
        ),
      ),
    ).toEqual({ kind: 'locked', retryAfterMs: 3_600_000 });
    expect(await ask(reply(429, { errors: [{ code: 'rate_limited', message: '' }] }))).toEqual({
      kind: 'rate_limited',
      retryAfterMs: null,
    });
  });

  it('no network is offline', async () => {
    expect(
      await ask(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toEqual({ kind: 'offline' });
  });
});
