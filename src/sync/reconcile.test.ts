import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import type { Receipt } from '../schema/receipt';
import { RECEIPTS_PAGE_MAX } from '../schema/receipts-list';
import { ApplicationsRepo } from '../store/applications';
import { AssistDb } from '../store/db';
import { LedgerRepo } from '../store/ledger';
import { MetaRepo } from '../store/meta';
import { OutboxRepo } from '../store/outbox';
import { RetentionRepo } from '../store/retention';
import type { ReceiptsOutcome } from './exchange';
import { FULL_CHECK_INTERVAL_MS, RECONCILE_OVERLAP_MS, reconcile } from './reconcile';

let db: AssistDb;
let now = 0;
const asked: string[] = [];

beforeEach(() => {
  db = new AssistDb(`test-${crypto.randomUUID()}`);
  now = Date.parse('2026-11-23T12:00:00Z');
  asked.length = 0;
});

const receiptAt = (id: string, receivedAt: string): Receipt => ({
  id,
  confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
  receivedAt,
  payloadHash: 'a'.repeat(64),
});

function run(pages: ReceiptsOutcome[]) {
  return reconcile({
    ledger: new LedgerRepo(db),
    meta: new MetaRepo(db),
    purge: () => new RetentionRepo(db).purge(),
    fetchPage: async (since) => {
      asked.push(since);
      return pages.shift() ?? { kind: 'retry', reason: 'offline' };
    },
    nowMs: () => now,
  });
}

const list = (receipts: Receipt[], serverTime: string): ReceiptsOutcome => ({
  kind: 'list',
  list: { receipts, serverTime },
});

describe('reconcile', () => {
  it('the first time, asks for everything; then from the exchange’s time minus the overlap', async () => {
    expect(await run([list([], '2026-11-23T15:00:00.000Z')])).toMatchObject({ kind: 'done' });
    expect(asked).toEqual(['1970-01-01T00:00:00.000Z']);
    await run([list([], '2026-11-23T16:00:00.000Z')]);
    expect(asked[1]).toBe(
      new Date(Date.parse('2026-11-23T15:00:00.000Z') - RECONCILE_OVERLAP_MS).toISOString(),
    );
  });

  it('follows full pages until a short one', async () => {
    const full = Array.from({ length: RECEIPTS_PAGE_MAX }, (_, i) =>
      receiptAt(crypto.randomUUID(), new Date(Date.UTC(2026, 10, 23, 10, 0, 0, i)).toISOString()),
    );
    const last = full.at(-1)?.receivedAt as string;
    await run([list(full, last), list([], '2026-11-23T15:00:00.000Z')]);
    expect(asked).toEqual(['1970-01-01T00:00:00.000Z', last]);
    expect((await new MetaRepo(db).reconciliation())?.through).toBe('2026-11-23T15:00:00.000Z');
  });

  it('a failure changes nothing and keeps the cursor', async () => {
    await run([list([], '2026-11-23T15:00:00.000Z')]);
    expect(await run([{ kind: 'retry', reason: 'offline' }])).toEqual({
      kind: 'retry',
      reason: 'offline',
    });
    expect((await new MetaRepo(db).reconciliation())?.through).toBe('2026-11-23T15:00:00.000Z');
  });

  it('once a day it looks back to the oldest sent application it could still resend', async () => {
    const repo = new ApplicationsRepo(db);
    const outbox = new OutboxRepo(db);
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    await repo.submit(draft.id);
    await outbox.beginAttempt(draft.id);
    await outbox.recordReceipt(draft.id, receiptAt(draft.id, '2026-11-10T09:00:00.000Z'), 201);
    const held = receiptAt(draft.id, '2026-11-10T09:00:00.000Z');
    await run([list([held], '2026-11-23T15:00:00.000Z')]);
    now += 60_000;
    await run([list([], '2026-11-23T15:01:00.000Z')]);
    now += FULL_CHECK_INTERVAL_MS;
    await run([list([held], '2026-11-24T15:02:00.000Z')]);
    expect(asked[1]).not.toBe('2026-11-10T09:00:00.000Z');
    expect(asked[2]).toBe('2026-11-10T09:00:00.000Z');
    expect((await repo.get(draft.id))?.status).toBe('submitted');
  });
});
