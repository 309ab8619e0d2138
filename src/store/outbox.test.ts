import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { ApplicationReadOnlyError } from './errors';
import { IllegalTransitionError } from './lifecycle';
import { OutboxRepo, positionOf } from './outbox';

let db: AssistDb;
let repo: ApplicationsRepo;
let outbox: OutboxRepo;

beforeEach(() => {
  db = new AssistDb(`test-${crypto.randomUUID()}`);
  repo = new ApplicationsRepo(db);
  outbox = new OutboxRepo(db);
});

async function queued(): Promise<string> {
  const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
  const result = await repo.submit(draft.id);
  if (!result.ok) throw new Error('fixture draft did not submit');
  return draft.id;
}

const receiptFor = (id: string) => ({
  id,
  confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
  receivedAt: '2026-11-23T15:05:00.000Z',
  payloadHash: 'a'.repeat(64),
});

describe('OutboxRepo', () => {
  it('gives the oldest waiting submission first', async () => {
    const a = await queued();
    await new Promise((r) => setTimeout(r, 3));
    const b = await queued();
    expect((await outbox.oldest())?.id).toBe(a);
    expect((await outbox.oldest(new Set([a])))?.id).toBe(b);
  });

  it('claims the queue in order by position, those queued in the same millisecond by id, each once', async () => {
    // One millisecond for the first three (a bulk queueing), a later one for the fourth.
    let now = Date.parse('2026-12-02T15:00:00.000Z');
    const sameMs = new ApplicationsRepo(db, { now: () => new Date(now) });
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      if (i === 3) now += 1;
      const draft = await sameMs.createDraft({ fields: makeDraft(), schemaVersion: 1 });
      expect((await sameMs.submit(draft.id)).ok).toBe(true);
      ids.push(draft.id);
    }
    const expected = [...ids.slice(0, 3).sort(), ids[3]];
    const claimed: string[] = [];
    let position = null;
    for (;;) {
      const [next] = await outbox.settle([], 1, position);
      if (!next) break;
      claimed.push(next.id);
      position = positionOf(next);
    }
    expect(claimed).toEqual(expected);
    for (const id of ids)
      expect(await repo.get(id)).toMatchObject({ status: 'sending', attempts: 1 });
  });

  it('a claim passes over an entry whose application no longer waits, and drops that entry', async () => {
    const stale = await queued();
    await new Promise((r) => setTimeout(r, 3));
    const next = await queued();
    await outbox.beginAttempt(stale);
    await outbox.recordReceipt(stale, receiptFor(stale), 201);
    // A copy of the entry left behind (as an interrupted move could): not sent again.
    const sent = await db.sent.get(stale);
    if (!sent) throw new Error('no sent record');
    await db.outbox.put({
      id: stale,
      submission: sent.submission,
      queuedSeq: 0,
      queuedAt: '2026-12-02T15:00:00.000Z',
    });
    const [claimed] = await outbox.settle([], 1, null);
    expect(claimed?.id).toBe(next);
    expect(await db.outbox.get(stale)).toBeUndefined();
  });

  it('an attempt shows the application as sending and counts it', async () => {
    const id = await queued();
    expect(await outbox.beginAttempt(id)).not.toBeNull();
    expect(await repo.get(id)).toMatchObject({ status: 'sending', attempts: 1 });
  });

  it('stores the receipt in the same step that marks it submitted and empties the outbox', async () => {
    const id = await queued();
    const submission = (await outbox.oldest())?.submission;
    await outbox.beginAttempt(id);
    await outbox.recordReceipt(id, receiptFor(id), 201);
    expect(await repo.get(id)).toMatchObject({
      status: 'submitted',
      receipt: receiptFor(id),
      lastAttempt: { outcome: 'received', status: 201 },
    });
    expect(await outbox.waitingCount()).toBe(0);
    // The exact submission moves to the sent ledger, for a resend if the exchange loses it.
    expect(await db.sent.get(id)).toMatchObject({
      submission,
      receivedAt: receiptFor(id).receivedAt,
    });
  });

  it('is one transaction: if the outbox cannot be emptied, the receipt is not stored either', async () => {
    const id = await queued();
    await outbox.beginAttempt(id);
    const failDelete = () => {
      throw new Error('disk gave up');
    };
    db.outbox.hook('deleting', failDelete);
    await expect(outbox.recordReceipt(id, receiptFor(id), 201)).rejects.toThrow('disk gave up');
    db.outbox.hook('deleting').unsubscribe(failDelete);
    expect(await repo.get(id)).toMatchObject({ status: 'sending' });
    expect((await repo.get(id))?.receipt).toBeUndefined();
    expect(await db.sent.count()).toBe(0);
    expect(await outbox.waitingCount()).toBe(1);
  });

  it('a sending or sent application cannot be edited, and its submission stays as queued', async () => {
    const id = await queued();
    const before = (await outbox.oldest())?.submission;
    await outbox.beginAttempt(id);
    await expect(repo.updateField(id, 'address.zip', '99999')).rejects.toBeInstanceOf(
      ApplicationReadOnlyError,
    );
    await outbox.recordReceipt(id, receiptFor(id), 201);
    await expect(repo.updateField(id, 'address.zip', '99999')).rejects.toBeInstanceOf(
      ApplicationReadOnlyError,
    );
    expect((await db.sent.get(id))?.submission).toEqual(before);
  });

  it('refuses a receipt for another application', async () => {
    const id = await queued();
    await outbox.beginAttempt(id);
    await expect(outbox.recordReceipt(id, receiptFor(crypto.randomUUID()), 201)).rejects.toThrow();
    expect((await repo.get(id))?.status).toBe('sending');
    expect(await outbox.waitingCount()).toBe(1);
  });

  it('a retryable failure puts it back in the queue with the reason', async () => {
    const id = await queued();
    await outbox.beginAttempt(id);
    await outbox.recordRetry(id, 'server_error', 503);
    expect(await repo.get(id)).toMatchObject({
      status: 'queued',
      lastAttempt: { outcome: 'server_error', status: 503 },
    });
    expect(await outbox.waitingCount()).toBe(1);
  });

  it('a refusal sets only that application aside, with the field errors, editable again', async () => {
    const id = await queued();
    const other = await queued();
    await outbox.beginAttempt(id);
    const problems = [{ path: 'application.address.zip', code: 'invalid_format', message: 'x' }];
    await outbox.recordRefusal(id, problems, 422);
    expect(await repo.get(id)).toMatchObject({ status: 'needs_attention', problems });
    expect((await outbox.oldest())?.id).toBe(other);
    await repo.updateField(id, 'address.zip', '02119');
    expect(await repo.get(id)).toMatchObject({ status: 'draft' });
    expect((await repo.get(id))?.problems).toBeUndefined();
  });

  it('summarises the queue for the device-health panel', async () => {
    expect(await outbox.summary()).toEqual({
      waiting: 0,
      sending: 0,
      needsAttention: 0,
      oldestQueuedAt: null,
    });
    const a = await queued();
    await new Promise((r) => setTimeout(r, 3));
    const b = await queued();
    await queued();
    await outbox.beginAttempt(a);
    await outbox.recordRefusal(a, [{ code: 'x', message: 'x' }], 422);
    await outbox.beginAttempt(b);
    expect(await outbox.summary()).toEqual({
      waiting: 2,
      sending: 1,
      needsAttention: 1,
      oldestQueuedAt: (await outbox.oldest())?.queuedAt,
    });
  });

  it('returns attempts cut short by a reload to the queue', async () => {
    const id = await queued();
    await outbox.beginAttempt(id);
    expect(await outbox.recoverInterrupted()).toBe(1);
    expect((await repo.get(id))?.status).toBe('queued');
  });

  it('never marks submitted without a sending attempt first', async () => {
    const id = await queued();
    await expect(outbox.recordReceipt(id, receiptFor(id), 201)).rejects.toBeInstanceOf(
      IllegalTransitionError,
    );
    expect((await repo.get(id))?.status).toBe('queued');
  });
});
