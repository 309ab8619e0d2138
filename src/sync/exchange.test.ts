import { describe, expect, it } from 'vitest';
import { fetchReceipts, probeExchange } from './exchange';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
const html = (status: number) =>
  new Response('<html>Sign in to the Wi-Fi</html>', {
    status,
    headers: { 'Content-Type': 'text/html' },
  });

const device = crypto.randomUUID();
const receipt = {
  id: crypto.randomUUID(),
  confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
  receivedAt: '2026-11-23T15:05:00.000Z',
  payloadHash: 'a'.repeat(64),
};

describe('fetchReceipts', () => {
  const ask = (answer: Response, seen: string[] = []) =>
    fetchReceipts(
      { device, since: '2026-11-23T00:00:00.000Z' },
      {
        baseUrl: 'http://exchange.test',
        deviceId: device,
        fetch: async (input) => {
          seen.push(String(input));
          return answer;
        },
      },
    );

  it('asks for this device since the given time, and takes a list that passes the schema', async () => {
    const seen: string[] = [];
    const list = { receipts: [receipt], serverTime: '2026-11-23T16:00:00.000Z' };
    expect(await ask(json(200, list), seen)).toEqual({ kind: 'list', list });
    expect(seen).toEqual([
      `http://exchange.test/api/v1/receipts?device=${device}&since=2026-11-23T00%3A00%3A00.000Z`,
    ]);
  });

  it('a captive portal, or a list that is not one, is a failure, never "nothing there"', async () => {
    expect(await ask(html(200))).toMatchObject({ kind: 'retry', reason: 'bad_receipt' });
    expect(await ask(json(200, { receipts: 'none' }))).toMatchObject({ kind: 'retry' });
  });

  it('401 asks for sign-in; 503 carries Retry-After', async () => {
    expect(await ask(json(401, { errors: [{ code: 'unauthorized', message: '' }] }))).toEqual({
      kind: 'unauthorized',
      status: 401,
    });
    expect(await ask(json(503, {}, { 'Retry-After': '10' }))).toMatchObject({
      kind: 'retry',
      retryAfterMs: 10_000,
    });
  });
});

describe('probeExchange', () => {
  const probe = (answer: () => Promise<Response>) =>
    probeExchange({ baseUrl: 'http://exchange.test', fetch: answer });

  it('true only when the health endpoint answers JSON ok', async () => {
    expect(await probe(async () => json(200, { status: 'ok', database: 'ok' }))).toBe(true);
    expect(await probe(async () => json(503, { status: 'unavailable' }))).toBe(false);
    expect(await probe(async () => html(200))).toBe(false);
    expect(
      await probe(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toBe(false);
  });
});
