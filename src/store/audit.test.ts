import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraft, makeDraftV2 } from '../../test/fixtures/applications';
import { AUTHORIZATION_RECORD_FIELD, authorizationOf } from '../schema/draft-v2';
import { ApplicationsRepo } from './applications';
import { AuditRepo } from './audit';
import { AssistDb } from './db';
import { declareVersions } from './migrations';
import { OutboxRepo } from './outbox';

const ASSISTER = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const OTHER = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

let db: AssistDb;
let repo: ApplicationsRepo;
let log: AuditRepo;

beforeEach(() => {
  db = new AssistDb(`test-${crypto.randomUUID()}`);
  db.actor = () => ASSISTER;
  repo = new ApplicationsRepo(db);
  log = new AuditRepo(db);
});

const receiptFor = (id: string) => ({
  id,
  confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
  receivedAt: '2026-11-23T15:05:00.000Z',
  payloadHash: 'a'.repeat(64),
});

/** What `authorization.record` holds once the wizard recorded the permission. */
function recorded(fields = makeDraftV2()) {
  const record = {
    id: crypto.randomUUID(),
    recordedAt: '2026-11-23T15:00:00.000Z',
    authorization: authorizationOf(fields),
  };
  return { record, json: JSON.stringify(record) };
}

describe('the audit log', () => {
  it('records creation, queueing, the first attempt and the receipt, by the unlocked assister, in order, with no personal data', async () => {
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    expect((await repo.submit(draft.id)).ok).toBe(true);
    const outbox = new OutboxRepo(db);
    await outbox.beginAttempt(draft.id);
    await outbox.recordRetry(draft.id, 'offline');
    await outbox.beginAttempt(draft.id); // a second attempt is not another event
    await outbox.recordReceipt(draft.id, receiptFor(draft.id), 201);

    const history = await repo.history(draft.id);
    expect(history.map((e) => e.what)).toEqual([
      'application_created',
      'application_queued',
      'application_sent',
      'receipt_received',
    ]);
    expect(new Set(history.map((e) => e.who))).toEqual(new Set([ASSISTER]));
    const raw = JSON.stringify(await db.audit.toArray());
    const typed = Object.values(makeDraft()).filter((v) => String(v).length >= 4);
    expect(typed.length).toBeGreaterThan(3);
    for (const value of typed) expect(raw).not.toContain(value);
    expect(await log.unsent(10)).toHaveLength(4);
  });

  it('records nothing of an action that did not happen: a draft the schema refuses is not queued', async () => {
    const draft = await repo.createDraft({ fields: {}, schemaVersion: 1 });
    expect((await repo.submit(draft.id)).ok).toBe(false);
    expect((await repo.history(draft.id)).map((e) => e.what)).toEqual(['application_created']);
  });

  it('names no one when no account is known (a draft from before PINs, a locked worker)', async () => {
    db.actor = () => null;
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    expect(await repo.history(draft.id)).toEqual([]);
  });

  it('a correction is an event of the original and the start of the new application', async () => {
    // All in one millisecond, as a fast device can: the timeline keeps the order of its life.
    const clock = { now: () => new Date('2026-12-02T15:00:00.000Z') };
    const repo = new ApplicationsRepo(db, clock);
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    await repo.submit(draft.id);
    const outbox = new OutboxRepo(db, clock);
    await outbox.beginAttempt(draft.id);
    await outbox.recordReceipt(draft.id, receiptFor(draft.id), 201);
    const correction = await repo.startCorrection(draft.id);
    expect((await repo.history(draft.id)).at(-1)?.what).toBe('correction_started');
    expect((await repo.history(correction.id)).map((e) => e.what)).toEqual(['application_created']);
  });

  it('once the exchange has them, events of no application are forgotten and an application keeps its timeline', async () => {
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    await log.log('unlocked', { who: OTHER });
    const ids = (await log.unsent(10)).map((e) => e.id);
    expect(ids).toHaveLength(2);
    await log.sent(ids);
    expect(await log.unsent(10)).toEqual([]);
    expect(await db.audit.count()).toBe(1);
    expect((await repo.history(draft.id)).map((e) => e.what)).toEqual(['application_created']);
  });

  it('an export is one event on each exported application, written together', async () => {
    const a = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    const b = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    await log.logEach('outbox_exported', [a.id, b.id]);
    for (const id of [a.id, b.id]) {
      expect((await repo.history(id)).map((e) => e.what)).toEqual([
        'application_created',
        'outbox_exported',
      ]);
    }
    const exported = (await db.audit.toArray()).filter((e) => e.what === 'outbox_exported');
    expect(exported.map((e) => e.who)).toEqual([ASSISTER, ASSISTER]);
    expect(exported[0]?.when).toBe(exported[1]?.when);
  });

  it('gives at most `limit` unsent events, as the wire wants them (no local flags)', async () => {
    for (let i = 0; i < 5; i += 1) await log.log('locked', { who: OTHER });
    const batch = await log.unsent(3);
    expect(batch).toHaveLength(3);
    for (const event of batch)
      expect(Object.keys(event).sort()).toEqual(['id', 'what', 'when', 'who']);
  });
});

describe('authorizations in the audit log', () => {
  it('recording the permission is an event under the record id, and its record is the frozen content', async () => {
    const fields = makeDraftV2();
    const draft = await repo.createDraft({ fields });
    const { record, json } = recorded(fields);
    await repo.updateFields(draft.id, { [AUTHORIZATION_RECORD_FIELD]: json });
    const [row] = await log.unsentAuthorizations();
    expect(row).toMatchObject({
      id: record.id,
      what: 'authorization_granted',
      when: record.recordedAt,
    });
    expect(await log.authorizationRecord(row as NonNullable<typeof row>)).toEqual({
      ...record,
      kind: 'granted',
      applicationId: draft.id,
    });
    await log.authorizationDone(record.id);
    expect(await log.unsentAuthorizations()).toEqual([]);
    // The audit event itself still goes to the log.
    expect((await log.unsent(10)).map((e) => e.what)).toContain('authorization_granted');
  });

  it('the event sent to the audit log first: its authorization is still to send, and the rest of the event is as it was', async () => {
    const fields = makeDraftV2();
    const draft = await repo.createDraft({ fields });
    const { record, json } = recorded(fields);
    await repo.updateFields(draft.id, { [AUTHORIZATION_RECORD_FIELD]: json });
    const before = await db.audit.get(record.id);
    await log.sent((await log.unsent(10)).map((e) => e.id));
    expect(await log.unsent(10)).toEqual([]);
    const { unsent: _sent, ...rest } = before as NonNullable<typeof before>;
    expect(await db.audit.get(record.id)).toEqual(rest);
    expect((await log.unsentAuthorizations()).map((r) => r.id)).toEqual([record.id]);
    // An id the log no longer has (sent twice, say) is passed over.
    await log.sent([record.id, crypto.randomUUID()]);
    expect(await db.audit.get(record.id)).toEqual(rest);
  });

  it('a revocation is a record with no personal data', async () => {
    const draft = await repo.createDraft({ fields: makeDraftV2() });
    await repo.updateFields(draft.id, { 'authorization.revokedAt': '2026-11-23T16:00:00.000Z' });
    const [row] = await log.unsentAuthorizations();
    if (!row) throw new Error('no revocation recorded');
    expect(await log.authorizationRecord(row)).toEqual({
      id: row.id,
      kind: 'revoked',
      applicationId: draft.id,
      recordedAt: row.when,
    });
  });

  it('a record replaced before it was sent has nothing left to send; one whose content cannot be read waits', async () => {
    const draft = await repo.createDraft({ fields: makeDraftV2() });
    const first = recorded();
    const second = recorded();
    await repo.updateFields(draft.id, { [AUTHORIZATION_RECORD_FIELD]: first.json });
    await repo.updateFields(draft.id, { [AUTHORIZATION_RECORD_FIELD]: second.json });
    const rows = await log.unsentAuthorizations();
    const rowOf = (id: string) => rows.find((r) => r.id === id) as (typeof rows)[number];
    expect(await log.authorizationRecord(rowOf(first.record.id))).toBeNull();
    expect(await log.authorizationRecord(rowOf(second.record.id))).toMatchObject({
      id: second.record.id,
      kind: 'granted',
    });

    // Locked: the draft reads with no fields, so the content is not there to send yet.
    await db.applications.update(draft.id, { fields: {} });
    const again = await log.authorizationRecord(rowOf(second.record.id));
    expect(again).toBeUndefined();
  });
});

describe("a frozen authorization that is not the wizard's", () => {
  it('has nothing to send under its event, and does not stop the others', async () => {
    const draft = await repo.createDraft({ fields: makeDraftV2() });
    const { record, json } = recorded();
    await repo.updateFields(draft.id, { [AUTHORIZATION_RECORD_FIELD]: json });
    await db.applications.update(draft.id, {
      fields: { ...makeDraftV2(), [AUTHORIZATION_RECORD_FIELD]: '{not json' },
    });
    const [row] = await log.unsentAuthorizations();
    expect(row?.id).toBe(record.id);
    expect(await log.authorizationRecord(row as NonNullable<typeof row>)).toBeNull();
  });
});

describe('database version 6', () => {
  it('opens a version-4 database with its applications (through 5), and adds the audit log', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores({ applications: 'id, status, updatedAt', outbox: 'id, queuedSeq' });
    v4.version(2).stores({ session: 'id' });
    v4.version(3).stores({ meta: 'key', sent: 'id, receivedAt, storedAtMs' });
    v4.version(4).stores({ profiles: 'assisterId', exchange: 'id' });
    const id = crypto.randomUUID();
    await v4.table('applications').put({
      id,
      owner: ASSISTER,
      status: 'draft',
      schemaVersion: 2,
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      fields: {},
      attempts: 0,
    });
    await v4.table('profiles').put({ assisterId: ASSISTER, name: 'sam' });
    v4.close();
    const upgraded = new AssistDb(name);
    expect(upgraded.verno).toBe(7);
    expect((await upgraded.applications.get(id))?.owner).toBe(ASSISTER);
    expect(await upgraded.profiles.count()).toBe(1);
    expect(await upgraded.audit.count()).toBe(0);
    // The ladder is the one the app declares, through 5 (the owner index) to 6.
    const declared = new Dexie(`test-${crypto.randomUUID()}`);
    declareVersions(declared);
    expect(declared.verno).toBe(7);
  });
});
