import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import { TEST_SESSION, unlockedVault } from '../../test/fixtures/session';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import type { TableName } from './live';
import { MetaRepo } from './meta';
import { OutboxRepo } from './outbox';
import { ProfilesRepo } from './profiles';
import { SessionRepo } from './session';
import { WATCHED_READS } from './watched-reads';

/**
 * Each watched read, run in a read-only transaction of only the tables WATCHED_READS names for it:
 * Dexie fails any request on a table outside the transaction, so a read that touches a table its
 * list forgets fails here instead of leaving a screen unwatched for changes to that table.
 */
async function storeWithSomeOfEverything() {
  const db = new AssistDb(`watched-${crypto.randomUUID()}`);
  // As in the app: an assister's profile, the data key unlocked, drafts encrypted under it.
  await unlockedVault(db, TEST_SESSION.assister, { encryptDrafts: true });
  await new SessionRepo(db).save(TEST_SESSION);
  const applications = new ApplicationsRepo(db);
  const draft = await applications.createDraft({ fields: makeDraft(), schemaVersion: 1 });
  const queued = await applications.createDraft({ fields: makeDraft(), schemaVersion: 1 });
  const submitted = await applications.submit(queued.id);
  if (!submitted.ok) throw new Error('fixture draft did not submit');
  await new MetaRepo(db).setReconciliation({
    through: '2026-11-23T15:00:00.000Z',
    lastFullCheckMs: 0,
    atMs: 0,
    last: { recovered: [], resent: [], unknown: 0 },
  });
  return { db, draftId: draft.id };
}

type Reads = Record<keyof typeof WATCHED_READS, () => Promise<unknown>>;

/** Each watched read as the screens call it, with arguments that find something in the store. */
function readsOf(db: AssistDb, draftId: string): Reads {
  const applications = new ApplicationsRepo(db);
  const outbox = new OutboxRepo(db);
  const meta = new MetaRepo(db);
  const w = WATCHED_READS;
  return {
    waitingCount: () => w.waitingCount.read(outbox),
    queueSummary: () => w.queueSummary.read(outbox),
    session: () => w.session.read(new SessionRepo(db)),
    profiles: () => w.profiles.read(new ProfilesRepo(db)),
    application: () => w.application.read(applications, draftId),
    listPage: () => w.listPage.read(applications, 50),
    history: () => w.history.read(applications, draftId),
    reconciliation: () => w.reconciliation.read(() => meta.reconciliation()),
  };
}

const within = (db: AssistDb, tables: readonly TableName[], read: () => Promise<unknown>) =>
  db.transaction(
    'r',
    tables.map((t) => db.table(t)),
    read,
  );

describe('WATCHED_READS', () => {
  it('names every table each watched read touches', async () => {
    const { db, draftId } = await storeWithSomeOfEverything();
    const reads = readsOf(db, draftId);
    for (const [name, { tables }] of Object.entries(WATCHED_READS)) {
      const read = reads[name as keyof Reads];
      // The same value as outside any transaction: the read really ran on the tables named.
      const alone = await read();
      const empty = alone == null || (Array.isArray(alone) && alone.length === 0);
      expect(empty, `${name} finds something in this store`).toBe(false);
      await expect(within(db, tables, read), name).resolves.toEqual(alone);
    }
  });

  it('the check fails a read whose list leaves out a table it touches', async () => {
    const { db, draftId } = await storeWithSomeOfEverything();
    const reads = readsOf(db, draftId);
    // The queue's summary counts the applications being sent as well as the outbox.
    await expect(within(db, ['outbox'], reads.queueSummary)).rejects.toThrow();
    await expect(within(db, ['applications'], reads.waitingCount)).rejects.toThrow();
  });
});
