// @vitest-environment node
// Cross-wing: the app's own store and sync code (fake-indexeddb) against the reference server's
// app in this process, with its fault mode. Here go the fault-matrix rows a browser cannot
// reproduce (18-20), and the pass logic a browser test would only see from the outside.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FaultInjector, type FaultScriptInput } from '../server/src/faults';
import { startTestServer, type TestServer } from '../server/src/test-support';
import { AUTHORIZATION_RECORD_FIELD, authorizationOf } from '../src/schema/draft-v2';
import { API_PATHS } from '../src/schema/http';
import { ApplicationsRepo } from '../src/store/applications';
import { AuditRepo } from '../src/store/audit';
import type { Clock } from '../src/store/clock';
import { AssistDb } from '../src/store/db';
import { MetaRepo } from '../src/store/meta';
import { SessionRepo } from '../src/store/session';
import { createOutboxDrainer, type PassRequest } from '../src/sync/engine';
import { makeDraft, makeDraftV2, makeSubmission } from './fixtures/applications';
import { TEST_SESSION } from './fixtures/session';

const faults = new FaultInjector();
let server: TestServer;
let token: string;

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

/** The requests the app made, for asserting what went over the wire. */
const seen: string[] = [];
const toServer: typeof fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  seen.push(`${init?.method ?? 'GET'} ${url.replace(server.url, '')}`);
  return fetch(input, init);
};

/** One device: its database, repositories and a drainer (as one tab or the worker has). */
function device(name = `dev-${crypto.randomUUID()}`, clock?: Clock, retentionMs?: number) {
  const db = new AssistDb(name);
  const repo = new ApplicationsRepo(db, clock);
  // Signed in: the drainer reads the token from the device's session, as the app does.
  const signedIn = new SessionRepo(db).save({ ...TEST_SESSION, token });
  const drainer = createOutboxDrainer(db, {
    transport: { baseUrl: server.url, fetch: toServer },
    random: () => 0.5,
    ...(clock ? { now: () => clock.now().getTime() } : {}),
    ...(retentionMs === undefined ? {} : { retentionMs }),
  });
  const pass = async (req: Partial<PassRequest> = {}) => {
    await signedIn;
    return drainer({ trigger: 'visible', reconcile: false, ...req });
  };
  return { db, repo, pass, name, meta: new MetaRepo(db) };
}

async function submitOne(d: ReturnType<typeof device>, first = 'Ana'): Promise<string> {
  const draft = await d.repo.createDraft({
    fields: makeDraft({ 'applicant.firstName': first }),
    schemaVersion: 1,
  });
  const result = await d.repo.submit(draft.id);
  if (!result.ok) throw new Error('fixture did not submit');
  return draft.id;
}

async function rows(id: string) {
  return server.db.query<{ device_id: string; confirmation_number: string }>(
    'SELECT device_id, confirmation_number FROM applications WHERE id = $1',
    [id],
  );
}

const posts = (id: string) =>
  faults.log().filter((e) => e.route === 'applications' && e.key === id).length;
const script = (s: FaultScriptInput) => faults.load(s);

describe('a pass against the real exchange', () => {
  it('sends with the device id, and the exchange records it with the row', async () => {
    const d = device();
    const id = await submitOne(d);
    expect((await d.pass()).result).toEqual({ kind: 'empty', sent: 1, refused: 0 });
    expect(await rows(id)).toEqual([
      { device_id: await d.meta.deviceId(), confirmation_number: expect.stringMatching(/^EA-/) },
    ]);
  });

  it('one failure makes every sender of the device wait: the shared gate', async () => {
    const name = `dev-${crypto.randomUUID()}`;
    const tab = device(name);
    const worker = device(name);
    const id = await submitOne(tab);
    script({ rules: [{ action: { kind: 'status', status: 503, retryAfter: '30' } }] });
    const first = await tab.pass();
    expect(first.result).toMatchObject({ kind: 'retry', reason: 'rate_limited' });
    const second = await worker.pass({ trigger: 'sync' });
    expect(second.result).toMatchObject({ kind: 'retry', reason: 'rate_limited' });
    expect(posts(id)).toBe(1);
    // The network coming back is a reason to try at once, whoever sees it.
    expect((await worker.pass({ trigger: 'online' })).result.kind).toBe('empty');
    expect(posts(id)).toBe(2);
  });

  it('a 401 pauses every sender of the device until a person signs in; nothing is dropped', async () => {
    const name = `dev-${crypto.randomUUID()}`;
    const tab = device(name);
    const worker = device(name);
    const ids = [await submitOne(tab, 'A'), await submitOne(tab, 'B')];
    script({ rules: [{ action: { kind: 'status', status: 401 } }] });
    expect((await tab.pass()).result.kind).toBe('unauthorized');
    for (const trigger of ['sync', 'online', 'probe', 'retry'] as const) {
      expect((await worker.pass({ trigger })).result.kind).toBe('unauthorized');
    }
    expect(faults.log()).toHaveLength(1);
    expect((await tab.db.applications.get(ids[0] as string))?.lastAttempt?.outcome).toBe(
      'unauthorized',
    );
    expect((await tab.pass({ trigger: 'signed_in' })).result).toMatchObject({ sent: 2 });
  });
});

describe('reconciliation against the real exchange', () => {
  it('a lost answer is recovered from the receipts list, without sending it again', async () => {
    const d = device();
    const id = await submitOne(d);
    script({ rules: [{ action: { kind: 'status', status: 504, when: 'after_commit' } }] });
    expect((await d.pass()).result).toMatchObject({ kind: 'retry', reason: 'server_error' });
    const report = await d.pass({ trigger: 'online', reconcile: true });
    expect(report.reconciliation).toEqual({ recovered: [id], resent: [], unknown: 0 });
    expect(posts(id)).toBe(1);
    const app = await d.repo.get(id);
    expect(app).toMatchObject({ status: 'submitted', notice: 'receipt_recovered' });
    expect(app?.receipt?.confirmationNumber).toBe((await rows(id))[0]?.confirmation_number);
  });

  it('an application the exchange lost is sent again under its key, and told', async () => {
    const d = device();
    const id = await submitOne(d);
    await d.pass();
    const lost = (await d.repo.get(id))?.receipt;
    await server.db.query('DELETE FROM applications WHERE id = $1', [id]);
    const report = await d.pass({ trigger: 'online', reconcile: true });
    expect(report.reconciliation).toEqual({ recovered: [], resent: [id], unknown: 0 });
    expect(report.result).toMatchObject({ kind: 'empty', sent: 1 });
    const app = await d.repo.get(id);
    expect(app).toMatchObject({
      status: 'submitted',
      notice: 'resent_missing_on_server',
      previousReceipt: lost,
    });
    expect(await rows(id)).toHaveLength(1);
  });

  it('when the receipts list says the network is down or to wait, nothing is sent in that pass', async () => {
    const d = device();
    await submitOne(d);
    script({
      rules: [{ route: 'receipts', action: { kind: 'status', status: 503, retryAfter: '5' } }],
    });
    const report = await d.pass({ trigger: 'online', reconcile: true });
    expect(report.result).toMatchObject({ kind: 'retry', reason: 'rate_limited' });
    expect(faults.log().map((e) => e.route)).toEqual(['receipts']);
  });

  it('a receipts list that errors (or does not exist) never stops sending; it stays due', async () => {
    const d = device();
    const id = await submitOne(d);
    script({ rules: [{ route: 'receipts', action: { kind: 'status', status: 404 } }] });
    const report = await d.pass({ trigger: 'online', reconcile: true });
    expect(report.result).toMatchObject({ kind: 'empty', sent: 1 });
    expect(report.reconciliation).toBeUndefined();
    expect(await rows(id)).toHaveLength(1);
  });

  it('[row 20] the next check starts from the exchange’s clock, however wrong the device’s is', async () => {
    let now = Date.parse('2020-01-01T00:00:00Z'); // a device years behind
    const clock = { now: () => new Date(now) };
    const d = device(undefined, clock);
    const id = await submitOne(d);
    await d.pass({ trigger: 'start', reconcile: true });
    expect((await d.repo.get(id))?.status).toBe('submitted');
    now += 60_000;
    seen.length = 0;
    await d.pass({ trigger: 'online', reconcile: true });
    const since = new URL(`${server.url}${seen[0]?.split(' ')[1]}`).searchParams.get('since');
    // Five minutes before the exchange's own time, not the device's 2020.
    expect(Math.abs(Date.parse(since ?? '') - (Date.now() - 5 * 60_000))).toBeLessThan(60_000);
  });
});

describe('fault-matrix rows a browser cannot reproduce', () => {
  it('[row 18] a backlog 8 days old expires nothing and is accepted', async () => {
    let now = Date.parse('2026-11-01T12:00:00Z');
    const clock = { now: () => new Date(now) };
    const d = device(undefined, clock);
    const ids = [await submitOne(d, 'Old'), await submitOne(d, 'Older')];
    now += 8 * 24 * 60 * 60 * 1000;
    expect((await d.pass()).result).toEqual({ kind: 'empty', sent: 2, refused: 0 });
    for (const id of ids) expect(await rows(id)).toHaveLength(1);
  });

  it('[row 19] a submission queued by the previous release (schema v1, Dexie v1) still goes', async () => {
    const name = `dev-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ applications: 'id, status, updatedAt', outbox: 'id, queuedSeq' });
    const sub = makeSubmission();
    await v1.table('applications').put({
      id: sub.id,
      status: 'queued',
      schemaVersion: 1,
      createdAt: sub.createdAt,
      updatedAt: sub.createdAt,
      fields: {},
      attempts: 0,
    });
    await v1
      .table('outbox')
      .put({ id: sub.id, submission: sub, queuedAt: sub.createdAt, queuedSeq: 1 });
    v1.close();
    const d = device(name);
    expect((await d.pass()).result).toMatchObject({ kind: 'empty', sent: 1 });
    expect(await rows(sub.id)).toHaveLength(1);
  });

  it('[row 20] a device clock a day ahead or behind does not block sending', async () => {
    for (const offset of [+1, -1]) {
      const clock = { now: () => new Date(Date.now() + offset * 24 * 60 * 60 * 1000) };
      const d = device(undefined, clock);
      const id = await submitOne(d);
      expect((await d.pass()).result.kind).toBe('empty');
      const receivedAt = Date.parse((await d.repo.get(id))?.receipt?.receivedAt ?? '');
      // The receipt carries the exchange's time, not the device's.
      expect(Math.abs(receivedAt - Date.now())).toBeLessThan(60_000);
    }
  });
});

describe('retention, as every sender of the device runs it', () => {
  it('at start, what was received longer ago than the window loses its details and keeps its receipt; what waits keeps everything', async () => {
    const DAY_MS = 24 * 60 * 60 * 1000;
    let now = Date.now();
    const clock = { now: () => new Date(now) };
    const d = device(undefined, clock, 2 * DAY_MS);
    const sent = await submitOne(d, 'Sent');
    expect((await d.pass()).result).toMatchObject({ kind: 'empty', sent: 1 });
    const received = await d.repo.get(sent);
    const receipt = received?.receipt;
    // The window counts from when the device stored the receipt (the sender's own clock).
    now = Date.parse(received?.updatedAt ?? '');
    const waiting = await submitOne(d, 'Waiting');
    script({ rules: [{ key: waiting, times: 10, action: { kind: 'status', status: 503 } }] });

    now += 2 * DAY_MS;
    await d.pass({ trigger: 'start' });
    expect((await d.repo.get(sent))?.purged).toBeUndefined();
    now += 1;
    await d.pass({ trigger: 'start' });
    expect(await d.repo.get(sent)).toMatchObject({
      status: 'submitted',
      receipt,
      fields: {},
      purged: { afterDays: 2 },
    });
    expect(await d.db.sent.get(sent)).toBeUndefined();
    expect(await d.repo.get(waiting)).toMatchObject({
      status: 'queued',
      fields: { 'applicant.firstName': 'Waiting' },
    });
    expect(await d.db.outbox.get(waiting)).toBeDefined();
    expect(await rows(sent)).toHaveLength(1);
  });
});

describe('a device no one has signed in on', () => {
  it('asks the exchange nothing (no 401 to log), and holds what waits until a sign-in', async () => {
    const db = new AssistDb(`unsigned-${crypto.randomUUID()}`);
    const drainer = createOutboxDrainer(db, {
      transport: { baseUrl: server.url, fetch: toServer },
      random: () => 0.5,
    });
    const before = seen.length;
    expect((await drainer({ trigger: 'start', reconcile: true })).result.kind).toBe('empty');
    const repo = new ApplicationsRepo(db);
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    expect((await repo.submit(draft.id)).ok).toBe(true);
    expect((await drainer({ trigger: 'online', reconcile: true })).result.kind).toBe(
      'unauthorized',
    );
    expect(seen.length).toBe(before);
    expect((await repo.get(draft.id))?.status).toBe('queued');
  });
});

describe('the audit log and the authorization against the real exchange (issue 7)', () => {
  it('a pass sends them after the application; an answer lost on the way costs a resend and adds nothing', async () => {
    let toLose = 1;
    const losing: typeof fetch = async (input, init) => {
      const response = await toServer(input, init);
      // The exchange stored the batch; its answer never reaches the tablet.
      if (String(input).endsWith(API_PATHS.auditEvents) && toLose-- > 0) {
        throw new TypeError('connection reset');
      }
      return response;
    };
    const db = new AssistDb(`dev-${crypto.randomUUID()}`);
    db.actor = () => TEST_SESSION.assister.id;
    await new SessionRepo(db).save({ ...TEST_SESSION, token });
    const repo = new ApplicationsRepo(db);
    const fields = makeDraftV2();
    const draft = await repo.createDraft({ fields });
    const record = {
      id: crypto.randomUUID(),
      recordedAt: new Date().toISOString(),
      authorization: authorizationOf(fields),
    };
    await repo.updateFields(draft.id, { [AUTHORIZATION_RECORD_FIELD]: JSON.stringify(record) });
    expect((await repo.submit(draft.id)).ok).toBe(true);
    const pass = createOutboxDrainer(db, {
      transport: { baseUrl: server.url, fetch: losing },
      random: () => 0.5,
    });

    const first = await pass({ trigger: 'visible', reconcile: false });
    expect(first.result).toMatchObject({ kind: 'retry', reason: 'offline', sent: 1 });
    const second = await pass({ trigger: 'manual', reconcile: false });
    expect(second.result).toMatchObject({ kind: 'empty', sent: 0 });
    expect(await new AuditRepo(db).unsent(10)).toEqual([]);

    const events = await server.db.query<{ what: string }>(
      'SELECT what FROM audit_events WHERE application_id = $1 ORDER BY what',
      [draft.id],
    );
    expect(events.map((e) => e.what)).toEqual([
      'application_created',
      'application_queued',
      'application_sent',
      'authorization_granted',
      'receipt_received',
    ]);
    const kept = await server.db.query<{ id: string; kind: string }>(
      'SELECT id, kind FROM authorization_records WHERE application_id = $1',
      [draft.id],
    );
    expect(kept).toEqual([{ id: record.id, kind: 'granted' }]);
  });
});
