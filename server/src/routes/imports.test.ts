import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, importReport } from '../../../src/schema/sealed';
import { makeSubmission } from '../../../test/fixtures/applications';
import { sealSubmission } from '../sealing/seal-like-a-browser';
import { countRows, postApplication, startTestServer, type TestServer } from '../test-support';

let server: TestServer;
let token: string;
let hold: { id: string; until: Promise<void> } | null = null;

beforeAll(async () => {
  server = await startTestServer({
    beforeStore: async (key) => (key === hold?.id ? hold.until : undefined),
  });
  token = await server.token();
});
afterAll(async () => {
  await server?.close();
});

function importBundle(items: unknown[], auth: string | null = token) {
  return fetch(`${server.url}/api/v1/imports`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(auth ? { Authorization: `Bearer ${auth}` } : {}),
    },
    body: JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      items,
    }),
  });
}

describe('POST /api/v1/imports (an exported outbox)', () => {
  it('stores each sealed item once; importing the same file twice adds nothing; reports per item', async () => {
    const subs = [makeSubmission(), makeSubmission(), makeSubmission()];
    const items = await Promise.all(subs.map((s) => sealSubmission(server.keyring.active, s)));
    const before = await countRows(server.db);

    const first = importReport.parse(await (await importBundle(items)).json());
    expect(first.counts).toEqual({
      created: 3,
      replayed: 0,
      refused: 0,
      key_reused: 0,
      in_flight: 0,
    });
    expect(first.items.map((i) => [i.index, i.id, i.outcome])).toEqual(
      subs.map((s, index) => [index, s.id, 'created']),
    );
    expect(await countRows(server.db)).toBe(before + 3);

    const second = importReport.parse(await (await importBundle(items)).json());
    expect(second.counts).toMatchObject({ created: 0, replayed: 3 });
    expect(second.items.map((i) => i.receipt)).toEqual(first.items.map((i) => i.receipt));
    expect(await countRows(server.db)).toBe(before + 3);
    const rows = await server.db.query<{ received_as: string }>(
      'SELECT DISTINCT received_as FROM applications WHERE id = ANY($1::uuid[])',
      [subs.map((s) => s.id)],
    );
    expect(rows).toEqual([{ received_as: 'import' }]);
  });

  it('dedupes against what was already posted: the same receipt as the POST', async () => {
    const sub = makeSubmission();
    const posted = await (await postApplication(server.url, token, sub)).json();
    const report = importReport.parse(
      await (await importBundle([await sealSubmission(server.keyring.active, sub)])).json(),
    );
    expect(report.items[0]).toMatchObject({ outcome: 'replayed', receipt: posted });
    expect(await countRows(server.db, sub.id)).toBe(1);
  });

  it('one bad item never refuses the others: refused, key reused and missing ids are reported', async () => {
    const good = makeSubmission();
    const invalid = makeSubmission();
    invalid.application.household.size = 0;
    const taken = makeSubmission();
    await postApplication(server.url, token, taken);
    const reused = makeSubmission({ id: taken.id, createdAt: '2026-11-24T10:00:00.000Z' });
    const report = importReport.parse(
      await (await importBundle([good, invalid, reused, { hello: 'world' }, 'text'])).json(),
    );
    expect(report.items.map((i) => i.outcome)).toEqual([
      'created',
      'refused',
      'key_reused',
      'refused',
      'refused',
    ]);
    expect(report.items[1]?.errors).toMatchObject([
      { path: 'application.household.size', code: 'too_small' },
    ]);
    expect(report.items[3]?.errors).toMatchObject([{ path: 'id' }]);
    expect(await countRows(server.db, invalid.id)).toBe(0);
  });

  it('reports in_flight for an item whose application is being received by another request', async () => {
    const sub = makeSubmission();
    let release = () => {};
    hold = { id: sub.id, until: new Promise((ok) => (release = ok)) };
    const posting = postApplication(server.url, token, sub);
    await expect
      .poll(async () => {
        // The probe is an item that cannot be stored: refused while the id is free, then in flight.
        const r = importReport.parse(await (await importBundle([{ id: sub.id }])).json());
        return r.items[0]?.outcome;
      })
      .toBe('in_flight');
    release();
    hold = null;
    expect((await posting).status).toBe(201);
    expect(await countRows(server.db, sub.id)).toBe(1);
  });

  it("takes a device's file as the app writes it: its device id kept on each row, an unsaved form not imported", async () => {
    const device = crypto.randomUUID();
    const subs = [makeSubmission(), makeSubmission()];
    const file = {
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      deviceId: device,
      items: await Promise.all(subs.map((s) => sealSubmission(server.keyring.active, s))),
      unsaved: { applicationId: crypto.randomUUID(), fields: { 'member.m1.lastName': 'Diaz' } },
    };
    const post = () =>
      fetch(`${server.url}/api/v1/imports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(file),
      });
    const first = importReport.parse(await (await post()).json());
    const second = importReport.parse(await (await post()).json());
    expect([first.counts.created, second.counts.replayed]).toEqual([2, 2]);
    const rows = await server.db.query<{ id: string; device_id: string }>(
      'SELECT id, device_id FROM applications WHERE id = ANY($1::uuid[]) ORDER BY id',
      [subs.map((s) => s.id)],
    );
    expect(rows).toEqual(
      subs.map((s) => ({ id: s.id, device_id: device })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(await countRows(server.db, file.unsaved.applicationId)).toBe(0);
  });

  it('401 without a token; 422 for a file that is not an export', async () => {
    expect((await importBundle([makeSubmission()], null)).status).toBe(401);
    const res = await fetch(`${server.url}/api/v1/imports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ items: [] }),
    });
    expect(res.status).toBe(422);
  });
});
