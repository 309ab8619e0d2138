import { describe, expect, it } from 'vitest';
import { makeSubmission } from '../../test/fixtures/applications';
import { sendSubmission } from './transport';

const sub = makeSubmission();
const receiptBody = {
  id: sub.id,
  confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
  receivedAt: '2026-11-23T15:05:00.000Z',
  payloadHash: 'b'.repeat(64),
};

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/html' : 'application/json';
  return async () => new Response(text, { status, headers: { 'Content-Type': type, ...headers } });
}

const send = (fetch: typeof globalThis.fetch, timeoutMs?: number) =>
  sendSubmission(sub, {
    baseUrl: 'http://exchange.test',
    fetch,
    now: () => 0,
    ...(timeoutMs ? { timeoutMs } : {}),
  });

describe('sendSubmission', () => {
  it('posts the body with the application id as Idempotency-Key', async () => {
    let seen: Request | null = null;
    await send(async (input, init) => {
      seen = new Request(input, init);
      return new Response(JSON.stringify(receiptBody), {
        status: 201,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    const request = seen as unknown as Request;
    expect(request.url).toBe('http://exchange.test/api/v1/applications');
    expect(request.headers.get('Idempotency-Key')).toBe(sub.id);
    expect(await request.json()).toEqual(sub);
  });

  it('carries the device id on every request, and a bearer token only when there is one', async () => {
    const headersOf = async (extra: {
      deviceId?: string;
      getToken?: () => Promise<string | null>;
    }) => {
      let seen: Headers | null = null;
      await sendSubmission(sub, {
        baseUrl: 'http://exchange.test',
        ...extra,
        fetch: async (input, init) => {
          seen = new Request(input, init).headers;
          return new Response('{}', { status: 500 });
        },
      });
      return seen as unknown as Headers;
    };
    const device = crypto.randomUUID();
    const signedIn = await headersOf({ deviceId: device, getToken: async () => 'tok-1' });
    expect(signedIn.get('X-Device-Id')).toBe(device);
    expect(signedIn.get('Authorization')).toBe('Bearer tok-1');
    const anonymous = await headersOf({ deviceId: device, getToken: async () => null });
    expect(anonymous.get('Authorization')).toBeNull();
  });

  it('a 201 or 200 JSON receipt for this id is a receipt', async () => {
    expect(await send(answer(201, receiptBody))).toEqual({
      kind: 'receipt',
      receipt: receiptBody,
      status: 201,
    });
    expect((await send(answer(200, receiptBody))).kind).toBe('receipt');
  });

  it("a captive portal's 200 HTML page is not a receipt", async () => {
    expect(await send(answer(200, '<html>Sign in to Wi-Fi</html>'))).toEqual({
      kind: 'retry',
      reason: 'bad_receipt',
      status: 200,
    });
  });

  it("a receipt for someone else's application is not a receipt", async () => {
    const other = { ...receiptBody, id: crypto.randomUUID() };
    expect((await send(answer(201, other))).kind).toBe('retry');
  });

  it('a network error means offline; a hang means timeout', async () => {
    expect(
      await send(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toEqual({ kind: 'retry', reason: 'offline' });
    const hang: typeof fetch = (_input, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
      );
    expect(await send(hang, 20)).toEqual({ kind: 'retry', reason: 'timeout' });
  });

  it('headers then a body that never ends is a timeout too', async () => {
    const stalled: typeof fetch = async (_input, init) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id":'));
          init?.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(body, { status: 201, headers: { 'Content-Type': 'application/json' } });
    };
    expect(await send(stalled, 20)).toEqual({ kind: 'retry', reason: 'timeout' });
  });

  it('5xx retries; 503 and 429 carry Retry-After', async () => {
    expect(await send(answer(500, { errors: [{ code: 'x', message: 'x' }] }))).toEqual({
      kind: 'retry',
      reason: 'server_error',
      status: 500,
    });
    expect(await send(answer(503, 'busy', { 'Retry-After': '30' }))).toEqual({
      kind: 'retry',
      reason: 'rate_limited',
      status: 503,
      retryAfterMs: 30_000,
    });
    expect((await send(answer(429, 'slow down'))).kind).toBe('retry');
  });

  it('409 (same key still in flight) retries', async () => {
    expect(
      (await send(answer(409, { errors: [{ code: 'request_in_flight', message: '' }] }))).kind,
    ).toBe('retry');
  });

  it('401 asks for sign-in', async () => {
    expect(await send(answer(401, { errors: [{ code: 'unauthorized', message: '' }] }))).toEqual({
      kind: 'unauthorized',
      status: 401,
    });
  });

  it('422 is a refusal carrying the field errors', async () => {
    const errors = [{ path: 'application.address.zip', code: 'invalid_format', message: 'bad' }];
    expect(await send(answer(422, { errors }))).toEqual({
      kind: 'refused',
      problems: errors,
      status: 422,
    });
  });

  it('a refusal without a readable body still says what happened', async () => {
    expect(await send(answer(413, 'too big'))).toEqual({
      kind: 'refused',
      problems: [{ code: 'http_413', message: 'HTTP 413' }],
      status: 413,
    });
  });
});

describe('sendSubmission with the assister’s session', () => {
  const receipt201 = answer(201, receiptBody);

  it('sends the stored token as Authorization: Bearer, read at the time of the send', async () => {
    let token = 'first-token';
    const seen: (string | null)[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      seen.push(new Request(input, init).headers.get('Authorization'));
      return receipt201();
    };
    const opts = {
      baseUrl: 'http://exchange.test',
      fetch,
      now: () => 0,
      getToken: async () => token,
    };
    await sendSubmission(sub, opts);
    token = 'after-sign-in';
    await sendSubmission(sub, opts);
    expect(seen).toEqual(['Bearer first-token', 'Bearer after-sign-in']);
  });

  it('sends no Authorization header when no one is signed in (the exchange answers 401)', async () => {
    let header: string | null = 'unset';
    const outcome = await sendSubmission(sub, {
      baseUrl: 'http://exchange.test',
      now: () => 0,
      getToken: async () => null,
      fetch: async (input, init) => {
        header = new Request(input, init).headers.get('Authorization');
        return new Response('{"errors":[{"code":"unauthorized","message":"x"}]}', {
          status: 401,
          headers: { 'Content-Type': 'application/json' },
        });
      },
    });
    expect(header).toBeNull();
    expect(outcome).toEqual({ kind: 'unauthorized', status: 401 });
  });

  it('a store that fails while reading the token is a retry, never a throw', async () => {
    const outcome = await sendSubmission(sub, {
      baseUrl: '',
      fetch: receipt201,
      getToken: async () => {
        throw new Error('DatabaseClosedError');
      },
    });
    expect(outcome).toEqual({ kind: 'retry', reason: 'offline' });
  });
});
