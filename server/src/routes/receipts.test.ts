import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_ID_HEADER } from '../../../src/schema/http';
import { RECEIPTS_PAGE_MAX, receiptsList } from '../../../src/schema/receipts-list';
import { makeSubmission } from '../../../test/fixtures/applications';
import { postApplication, startTestServer, type TestServer } from '../test-support';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.token();
});
afterAll(async () => {
  await server?.close();
});

const EPOCH = '1970-01-01T00:00:00.000Z';

async function sendFrom(device: string) {
  const res = await postApplication(server.url, token, makeSubmission(), {
    [DEVICE_ID_HEADER]: device,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; confirmationNumber: string; receivedAt: string };
}

async function receipts(device: string, since = EPOCH, bearer: string | null = token) {
  const res = await fetch(
    `${server.url}/api/v1/receipts?device=${device}&since=${encodeURIComponent(since)}`,
    { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} },
  );
  return { status: res.status, body: await res.json() };
}

async function deviceOf(id: string) {
  const rows = await server.db.query<{ device_id: string | null }>(
    'SELECT device_id FROM applications WHERE id = $1',
    [id],
  );
  return rows.map((r) => r.device_id);
}

describe('the device id on applications', () => {
  it('is recorded with the row, from the X-Device-Id header', async () => {
    const device = crypto.randomUUID();
    const receipt = await sendFrom(device);
    expect(await deviceOf(receipt.id)).toEqual([device]);
  });

  it('a replay from another device keeps the first device', async () => {
    const first = crypto.randomUUID();
    const sub = makeSubmission();
    await postApplication(server.url, token, sub, { [DEVICE_ID_HEADER]: first });
    const replay = await postApplication(server.url, token, sub, {
      [DEVICE_ID_HEADER]: crypto.randomUUID(),
    });
    expect(replay.status).toBe(200);
    expect(await deviceOf(sub.id)).toEqual([first]);
  });

  it('400 device_id_invalid for a header that is not a UUID, and nothing stored', async () => {
    const sub = makeSubmission();
    const res = await postApplication(server.url, token, sub, { [DEVICE_ID_HEADER]: 'tablet-7' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'device_id_invalid' }] });
    expect(await deviceOf(sub.id)).toEqual([]);
  });
});

describe('GET /api/v1/receipts', () => {
  it("lists this device's receipts oldest first, and no other device's", async () => {
    const device = crypto.randomUUID();
    const a = await sendFrom(device);
    const b = await sendFrom(device);
    await sendFrom(crypto.randomUUID());
    const { status, body } = await receipts(device);
    expect(status).toBe(200);
    const list = receiptsList.parse(body);
    expect(list.receipts.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(list.receipts[0]).toEqual(a);
  });

  it('needs a session, like every application endpoint', async () => {
    expect((await receipts(crypto.randomUUID(), EPOCH, null)).status).toBe(401);
  });

  it('since is inclusive: only receipts received at or after it', async () => {
    const device = crypto.randomUUID();
    await sendFrom(device);
    await new Promise((r) => setTimeout(r, 5));
    const later = await sendFrom(device);
    const list = receiptsList.parse((await receipts(device, later.receivedAt)).body);
    expect(list.receipts.map((r) => r.id)).toEqual([later.id]);
  });

  it("answers with the server's clock, not before the receipts it lists", async () => {
    const device = crypto.randomUUID();
    const a = await sendFrom(device);
    const list = receiptsList.parse((await receipts(device)).body);
    expect(Date.parse(list.serverTime)).toBeGreaterThanOrEqual(Date.parse(a.receivedAt));
    expect(Math.abs(Date.parse(list.serverTime) - Date.now())).toBeLessThan(60_000);
  });

  it('an unknown device gets an empty list, not an error', async () => {
    const list = receiptsList.parse((await receipts(crypto.randomUUID())).body);
    expect(list.receipts).toEqual([]);
  });

  it('400 invalid_query for a missing device, a device that is not a UUID, or a bad since', async () => {
    for (const query of [
      `since=${EPOCH}`,
      `device=tablet-7&since=${EPOCH}`,
      `device=${crypto.randomUUID()}&since=yesterday`,
      `device=${crypto.randomUUID()}`,
    ]) {
      const res = await fetch(`${server.url}/api/v1/receipts?${query}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(res.status, query).toBe(400);
      expect(await res.json()).toMatchObject({ errors: [{ code: 'invalid_query' }] });
    }
  });

  it('pages: a full page ends at its last receipt, and asking from there gives the rest', async () => {
    const device = crypto.randomUUID();
    const total = RECEIPTS_PAGE_MAX + 3;
    for (let i = 0; i < total; i += 1) await sendFrom(device);
    const first = receiptsList.parse((await receipts(device)).body);
    expect(first.receipts).toHaveLength(RECEIPTS_PAGE_MAX);
    expect(first.serverTime).toBe(first.receipts.at(-1)?.receivedAt);
    const rest = receiptsList.parse((await receipts(device, first.serverTime)).body);
    const ids = new Set([...first.receipts, ...rest.receipts].map((r) => r.id));
    expect(ids.size).toBe(total);
    expect(rest.receipts.length).toBeLessThan(RECEIPTS_PAGE_MAX);
  });
});
