import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../test/fixtures/applications';
import { toBase64Url } from '../crypto';
import type { StoredScreening } from '../schema/stored-screening';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { installDraftEncryption } from './draft-encryption';
import { DetailsRemovedError } from './errors';
import { canCorrect } from './lifecycle';
import { OutboxRepo } from './outbox';
import { RETENTION_MAX_MS, RETENTION_MIN_MS, RetentionRepo, retentionWindowMs } from './retention';
import { Vault } from './vault';

const DAY_MS = 24 * 60 * 60 * 1000;
const WINDOW_MS = 7 * DAY_MS;
const A = crypto.randomUUID();
const PIN = '482915';
const PII = ['Diaz', '234-56-7890', '1990-04-12', '48213'];
const SCREENING = {
  screenedAt: '2026-11-20T10:00:00.000Z',
  input: { household: [{ age: 34, annualIncome: 48213 }] },
  determination: { aptcMonthly: 211 },
  packVersions: ['federal@2026.1'],
} as unknown as StoredScreening;

let name: string;
let db: AssistDb;
let vault: Vault;
let now: number;
const clock = { now: () => new Date(now) };
let apps: ApplicationsRepo;
let outbox: OutboxRepo;
let retention: RetentionRepo;

/** Every row of every store as IndexedDB holds it: what a raw copy of the tablet would see. */
async function rawDump(): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  const rows = await Promise.all(raw.tables.map((t) => t.toArray()));
  raw.close();
  return JSON.stringify(rows);
}

async function rawRow(table: string, id: string): Promise<Record<string, unknown> | undefined> {
  const raw = new Dexie(name);
  await raw.open();
  const row = await raw.table(table).get(id);
  raw.close();
  return row;
}

const receiptFor = (id: string) => ({
  id,
  confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
  receivedAt: new Date(now).toISOString(),
  payloadHash: 'a'.repeat(64),
});

/** A wizard application typed by the unlocked assister, queued; `to` says how far it goes. */
async function application(
  to: 'draft' | 'queued' | 'sending' | 'submitted' | 'needs_attention',
): Promise<string> {
  const draft = await apps.createDraft({ fields: makeDraftV2(), screening: SCREENING });
  if (to === 'draft') return draft.id;
  const result = await apps.submit(draft.id);
  if (!result.ok) throw new Error('the fixture draft did not submit');
  if (to === 'queued') return draft.id;
  await outbox.beginAttempt(draft.id);
  if (to === 'submitted') await outbox.recordReceipt(draft.id, receiptFor(draft.id), 201);
  if (to === 'needs_attention') {
    await outbox.recordRefusal(draft.id, [{ code: 'invalid_format', message: 'x' }], 422);
  }
  return draft.id;
}

beforeEach(async () => {
  name = `retention-${crypto.randomUUID()}`;
  db = new AssistDb(name);
  vault = new Vault(db, undefined, undefined, { iterations: 1_000 });
  installDraftEncryption(db, vault.holder);
  await vault.create({
    assisterId: A,
    name: 'maria',
    deviceId: crypto.randomUUID(),
    secret: PIN,
    secretKind: 'pin',
    recoveryKey: toBase64Url(crypto.getRandomValues(new Uint8Array(32))),
  });
  now = Date.parse('2026-11-01T09:00:00Z');
  apps = new ApplicationsRepo(db, clock);
  outbox = new OutboxRepo(db, clock);
  retention = new RetentionRepo(db, WINDOW_MS, clock);
});

describe('the retention purge', () => {
  it('keeps a sent application whole until its window has passed, then removes its details and keeps its receipt', async () => {
    const id = await application('submitted');
    const receipt = receiptFor(id);
    expect(await rawDump()).toContain(id);
    now += WINDOW_MS;
    expect(await retention.purge()).toEqual({ applications: 0, sent: 0 });
    expect((await apps.get(id))?.fields).toMatchObject({ 'member.m1.lastName': 'Diaz' });
    expect(await db.sent.get(id)).toBeDefined();

    now += 1;
    expect(await retention.purge()).toEqual({ applications: 1, sent: 0 });
    const kept = await apps.get(id);
    expect(kept).toMatchObject({
      id,
      status: 'submitted',
      receipt,
      fields: {},
      purged: { at: new Date(now).toISOString(), afterDays: 7 },
    });
    expect(kept?.screening).toBeUndefined();
    expect(await db.sent.get(id)).toBeUndefined();
    expect(await rawRow('applications', id)).not.toHaveProperty('sealed');
    // What a raw copy of the tablet now holds about it: no name, SSN, birth date or income.
    const dump = await rawDump();
    for (const value of PII) expect(dump).not.toContain(value);
    expect(dump).toContain(receipt.confirmationNumber);
  });

  it('needs no key: a locked app purges, and the list still shows the receipt in its place', async () => {
    const id = await application('submitted');
    const before = await apps.get(id);
    vault.lock('on-demand');
    now += WINDOW_MS + 1;
    expect((await retention.purge()).applications).toBe(1);
    await vault.unlock(A, PIN);
    const after = await apps.get(id);
    expect(after).toMatchObject({ owner: A, fields: {}, receipt: before?.receipt });
    // Same place in the list: the purge is not an edit.
    expect(after?.updatedAt).toBe(before?.updatedAt);
    expect(after?.createdAt).toBe(before?.createdAt);
  });

  it('never touches what has no receipt yet: drafts, queued, sending and refused applications, and their outbox entries', async () => {
    const waiting = await Promise.all(
      (['draft', 'queued', 'sending', 'needs_attention'] as const).map(application),
    );
    const before = await Promise.all(waiting.map((id) => rawRow('applications', id)));
    const queuedBefore = await db.outbox.toArray();
    now += 365 * DAY_MS;
    expect(await retention.purge()).toEqual({ applications: 0, sent: 0 });
    expect(await Promise.all(waiting.map((id) => rawRow('applications', id)))).toEqual(before);
    expect(await db.outbox.toArray()).toEqual(queuedBefore);
    expect((await apps.get(waiting[1] as string))?.fields).toMatchObject({
      'member.m1.lastName': 'Diaz',
    });
  });

  it('measures each application from its own receipt', async () => {
    const older = await application('submitted');
    now += 3 * DAY_MS;
    const newer = await application('submitted');
    now += WINDOW_MS - 3 * DAY_MS + 1;
    expect((await retention.purge()).applications).toBe(1);
    expect((await apps.get(older))?.purged).toBeDefined();
    expect((await apps.get(newer))?.purged).toBeUndefined();
    expect((await apps.get(newer))?.fields).toMatchObject({ 'member.m1.lastName': 'Diaz' });
  });

  it('is idempotent: a second run changes nothing', async () => {
    await application('submitted');
    await application('queued');
    now += WINDOW_MS + 1;
    await retention.purge();
    const once = await rawDump();
    now += DAY_MS;
    expect(await retention.purge()).toEqual({ applications: 0, sent: 0 });
    expect(await rawDump()).toBe(once);
  });

  it('drops sent-ledger rows past the window whose application is gone, and a stale outbox entry of a purged one', async () => {
    const id = await application('submitted');
    await db.outbox.put({
      id,
      submission: (await db.sent.get(id))?.submission as never,
      queuedAt: new Date(now).toISOString(),
      queuedSeq: now,
    });
    const orphan = await application('submitted');
    await db.applications.delete(orphan);
    now += WINDOW_MS + 1;
    expect(await retention.purge()).toEqual({ applications: 1, sent: 1 });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.sent.count()).toBe(0);
  });

  it('a correction cannot start from removed details: a clear error, and no empty correction', async () => {
    const id = await application('submitted');
    const corrected = await application('submitted');
    const correction = await apps.startCorrection(corrected);
    now += WINDOW_MS + 1;
    await retention.purge();
    const purged = await apps.get(id);
    expect(purged && canCorrect(purged)).toBe(false);
    const count = await db.applications.count();
    await expect(apps.startCorrection(id)).rejects.toBeInstanceOf(DetailsRemovedError);
    expect(await db.applications.count()).toBe(count);
    // A correction started before the purge has its own copy, and still opens.
    expect((await apps.startCorrection(corrected)).id).toBe(correction.id);
    expect((await apps.get(correction.id))?.fields).toMatchObject({
      'member.m1.lastName': 'Diaz',
    });
  });
});

describe('retentionWindowMs (the deployment setting, in days)', () => {
  it('is 30 days by default and never more; a deployment may choose less, down to a day', () => {
    expect(RETENTION_MAX_MS).toBe(30 * DAY_MS);
    expect(retentionWindowMs()).toBe(RETENTION_MAX_MS);
    expect(retentionWindowMs(Number.NaN)).toBe(RETENTION_MAX_MS);
    expect(retentionWindowMs(0)).toBe(RETENTION_MAX_MS);
    expect(retentionWindowMs(90)).toBe(RETENTION_MAX_MS);
    expect(retentionWindowMs(7)).toBe(7 * DAY_MS);
    expect(retentionWindowMs(0.01)).toBe(RETENTION_MIN_MS);
  });
});
