import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import type { Receipt } from '../schema/receipt';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { LedgerRepo } from './ledger';
import { OutboxRepo } from './outbox';

let db: AssistDb;
let repo: ApplicationsRepo;
let outbox: OutboxRepo;
let ledger: LedgerRepo;

beforeEach(() => {
  db = new AssistDb(`test-${crypto.randomUUID()}`);
  repo = new ApplicationsRepo(db);
  outbox = new OutboxRepo(db);
  ledger = new LedgerRepo(db);
});

const SINCE = '2026-11-23T00:00:00.000Z';
const THROUGH = '2026-11-24T00:00:00.000Z';

const receiptFor = (id: string, receivedAt = '2026-11-23T15:05:00.000Z'): Receipt => ({
  id,
  confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
  receivedAt,
  payloadHash: 'a'.repeat(64),
});

async function queued(): Promise<string> {
  const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
  await repo.submit(draft.id);
  return draft.id;
}

async function sent(receivedAt?: string): Promise<string> {
  const id = await queued();
  await outbox.beginAttempt(id);
  await outbox.recordReceipt(id, receiptFor(id, receivedAt), 201);
  return id;
}

describe('LedgerRepo.apply (reconciliation)', () => {
  it('records the receipt of a waiting application the exchange already has, without resending it', async () => {
    const id = await queued();
    await outbox.beginAttempt(id);
    await outbox.recordRetry(id, 'timeout'); // the answer was lost; the device thinks it failed
    const report = await ledger.apply([receiptFor(id)], SINCE, THROUGH);
    expect(report).toEqual({ recovered: [id], resent: [], unknown: 0 });
    expect(await repo.get(id)).toMatchObject({
      status: 'submitted',
      receipt: receiptFor(id),
      notice: 'receipt_recovered',
    });
    expect(await outbox.waitingCount()).toBe(0);
    expect(await db.sent.get(id)).toBeDefined();
  });

  it('also for an attempt a dead tab left sending', async () => {
    const id = await queued();
    await outbox.beginAttempt(id);
    expect((await ledger.apply([receiptFor(id)], SINCE, THROUGH)).recovered).toEqual([id]);
  });

  it('queues again, same key and same bytes, a sent application the exchange has no record of', async () => {
    const id = await sent();
    const submission = (await db.sent.get(id))?.submission;
    const report = await ledger.apply([], SINCE, THROUGH);
    expect(report).toEqual({ recovered: [], resent: [id], unknown: 0 });
    const app = await repo.get(id);
    expect(app).toMatchObject({
      status: 'queued',
      notice: 'resent_missing_on_server',
      previousReceipt: receiptFor(id),
    });
    expect(app?.receipt).toBeUndefined();
    expect((await outbox.oldest())?.submission).toEqual(submission);
    expect(await db.sent.get(id)).toBeUndefined();
  });

  it('judges only receipts inside the window the exchange answered for', async () => {
    const before = await sent('2026-11-22T23:59:59.999Z');
    const after = await sent('2026-11-24T00:00:00.000Z');
    expect(await ledger.apply([], SINCE, THROUGH)).toEqual({
      recovered: [],
      resent: [],
      unknown: 0,
    });
    expect((await repo.get(before))?.status).toBe('submitted');
    expect((await repo.get(after))?.status).toBe('submitted');
  });

  it('leaves alone what the exchange and the device agree on', async () => {
    const id = await sent();
    expect(await ledger.apply([receiptFor(id)], SINCE, THROUGH)).toEqual({
      recovered: [],
      resent: [],
      unknown: 0,
    });
    expect(await repo.get(id)).toMatchObject({ status: 'submitted' });
    expect((await repo.get(id))?.notice).toBeUndefined();
  });

  it('counts receipts for applications no longer on the device, and never touches drafts or refusals', async () => {
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    const refused = await queued();
    await outbox.beginAttempt(refused);
    await outbox.recordRefusal(refused, [{ code: 'x', message: 'x' }], 422);
    const report = await ledger.apply(
      [receiptFor(crypto.randomUUID()), receiptFor(draft.id), receiptFor(refused)],
      SINCE,
      THROUGH,
    );
    expect(report).toEqual({ recovered: [], resent: [], unknown: 1 });
    expect((await repo.get(draft.id))?.status).toBe('draft');
    expect((await repo.get(refused))?.status).toBe('needs_attention');
  });

  it('the oldest retained sent application bounds a full check', async () => {
    expect(await ledger.oldestRetained()).toBeNull();
    await sent('2026-11-23T10:00:00.000Z');
    await sent('2026-11-20T10:00:00.000Z');
    expect(await ledger.oldestRetained()).toBe('2026-11-20T10:00:00.000Z');
  });
});
