import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_ID_HEADER } from '../../../src/schema/http';
import { RECEIPTS_PAGE_MAX, receiptsList } from '../../../src/schema/receipts-list';
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

const EPOCH = '1970-01-01T00:00:00.000Z';

async function sendFrom(device: string) {
  const sub = makeSubmission();
  const res = await postJson(app, sub, { 'Idempotency-Key': sub.id, [DEVICE_ID_HEADER]: device });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; confirmationNumber: string; receivedAt: string };
}

async function receipts(device: string, since = EPOCH) {
  const res = await app.request(
    `/api/v1/receipts?device=${device}&since=${encodeURIComponent(since)}`,
  );
  return { status: res.status, body: await res.json() };
}

describe('the device id on applications', () => {
  it('is recorded with the row, from the X-Device-Id header', async () => {
    const device = crypto.randomUUID();
    const receipt = await sendFrom(device);
    const rows = await db.query<{ device_id: string }>(
      'SELECT device_id FROM applications WHERE id = $1',
      [receipt.id],
    );
    expect(rows[0]?.device_id).toBe(device);
  });

  it('a replay from another device keeps the first device', async () => {
    const first = crypto.randomUUID();
    const sub = makeSubmission();
    await postJson(app, sub, { 'Idempotency-Key': sub.id, [DEVICE_ID_HEADER]: first });
    const replay = await postJson(app, sub, {
      'Idempotency-Key': sub.id,
      [DEVICE_ID_HEADER]: crypto.randomUUID(),
    });
    expect(replay.status).toBe(200);
    const rows = await db.query<{ device_id: string }>(
      'SELECT device_id FROM applications WHERE id = $1',
      [sub.id],
    );
    expect(rows.map((r) => r.device_id)).toEqual([first]);
  });

  it('400 device_id_invalid for a header that is not a UUID, and nothing stored', async () => {
    const sub = makeSubmission();
    const res = await postJson(app, sub, {
      'Idempotency-Key': sub.id,
      [DEVICE_ID_HEADER]: 'tablet-7',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'device_id_invalid' }] });
    expect(await app.request(`/api/v1/applications/${sub.id}`)).toMatchObject({ status: 404 });
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

  it('since is inclusive: only receipts received at or after it', async () => {
    const device = crypto.randomUUID();
    await sendFrom(device);
    await new Promise((r) => setTimeout(r, 5));
    const later = await sendFrom(device);
    const list = receiptsList.parse((await receipts(device, later.receivedAt)).body);
    expect(list.receipts.map((r) => r.id)).toEqual([later.id]);
  });

  it("answers with the server's clock, not after the receipts it lists", async () => {
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
      const res = await app.request(`/api/v1/receipts?${query}`);
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
