import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDraftV2 } from '../../test/fixtures/applications';
import { unlockedVault } from '../../test/fixtures/session';
import { ApplicationsRepo, AUTHORIZATION_REVOKED_AT } from './applications';
import { AuditRepo } from './audit';
import { AssistDb } from './db';
import { commitAfterNextWrite } from './early-commit';

let name: string;
let db: AssistDb;
let apps: ApplicationsRepo;

/**
 * What IndexedDB was asked, in order, as `store:operation` (and `commit`), with whether each write's
 * request had been answered when the commit was asked for.
 */
let asked: string[];
let writes: IDBRequest[];
let answeredAtCommit: boolean[];

beforeEach(() => {
  name = `commit-${crypto.randomUUID()}`;
  db = new AssistDb(name);
  apps = new ApplicationsRepo(db);
  asked = [];
  writes = [];
  answeredAtCommit = [];
  for (const op of ['get', 'put', 'add'] as const) {
    const original = IDBObjectStore.prototype[op] as (...args: unknown[]) => IDBRequest;
    vi.spyOn(IDBObjectStore.prototype, op).mockImplementation(function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      asked.push(`${this.name}:${op}`);
      const request = original.apply(this, args);
      if (op !== 'get') writes.push(request);
      return request;
    });
  }
  const commit = IDBTransaction.prototype.commit;
  vi.spyOn(IDBTransaction.prototype, 'commit').mockImplementation(function (this: IDBTransaction) {
    asked.push('commit');
    answeredAtCommit.push(...writes.map((w) => w.readyState === 'done'));
    commit.call(this);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** Opens the draft's record as stored, through a second connection. */
async function storedFields(id: string): Promise<Record<string, unknown>> {
  const other = new AssistDb(name);
  const row = await other.applications.get(id);
  other.close();
  return row?.fields ?? {};
}

/** Starts recording what is asked from now on (a draft's creation is not what is tested). */
function recordFromNow() {
  asked.length = 0;
  writes.length = 0;
  answeredAtCommit.length = 0;
}

describe("a keystroke's save", () => {
  it('asks for the commit with its put, before the put is answered', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    recordFromNow();
    await apps.updateField(draft.id, 'member.m1.lastName', 'Reyes');
    expect(asked).toEqual(['applications:get', 'applications:put', 'commit']);
    expect(answeredAtCommit).toEqual([false]);
    expect(await storedFields(draft.id)).toMatchObject({ 'member.m1.lastName': 'Reyes' });
  });

  it('held back by the encryption (nothing sealed ahead fits), commits only once the put is issued', async () => {
    await unlockedVault(db, undefined, { encryptDrafts: true });
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    // As stored (no middleware: the sealed personal part), as another tab could put it back.
    const raw = new Dexie(name);
    await raw.open();
    const before = await raw.table('applications').get(draft.id);
    await apps.updateField(draft.id, 'member.m1.lastName', 'Reyes');
    // Put back from elsewhere: what was sealed ahead (from "Reyes") no longer fits what is stored.
    await raw.table('applications').put(before);
    raw.close();
    recordFromNow();
    await apps.updateField(draft.id, 'member.m1.firstName', 'Lucia');
    // One transaction (a commit asked too soon fails the write, and the store retries it once),
    // its only write the last request before the commit.
    expect(asked.filter((a) => a === 'commit' || a.endsWith(':put'))).toEqual([
      'applications:put',
      'commit',
    ]);
    expect(answeredAtCommit).toEqual([false]);
    expect((await apps.get(draft.id))?.fields).toMatchObject({
      'member.m1.lastName': 'Diaz',
      'member.m1.firstName': 'Lucia',
    });
  });

  it('that also logs an audit event commits as usual, after both writes', async () => {
    db.actor = () => '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'; // an unlocked assister to name
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    recordFromNow();
    await apps.updateFields(draft.id, { [AUTHORIZATION_REVOKED_AT]: '2026-12-03T10:00:00.000Z' });
    expect(asked).toEqual(['applications:get', 'applications:put', 'audit:add']);
    const history = await new AuditRepo(db).history(draft.id);
    expect(history.map((e) => e.what)).toContain('authorization_revoked');
  });

  it('inside another transaction leaves the commit to it: the outer one writes after', async () => {
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    recordFromNow();
    await db.transaction('rw', db.applications, db.audit, async () => {
      await apps.updateField(draft.id, 'member.m1.lastName', 'Reyes');
      await apps.updateField(draft.id, 'member.m1.firstName', 'Lucia');
    });
    expect(asked).not.toContain('commit');
    expect(await storedFields(draft.id)).toMatchObject({
      'member.m1.lastName': 'Reyes',
      'member.m1.firstName': 'Lucia',
    });
  });
});

describe('commitAfterNextWrite', () => {
  it('refuses to run outside a transaction', () => {
    expect(() => commitAfterNextWrite()).toThrow(/outside a transaction/);
  });

  it('commits right after the next write of any table, and only that one', async () => {
    await db.open();
    recordFromNow();
    await db.transaction('rw', db.meta, async () => {
      await db.meta.put({ key: 'a', value: 1 } as never);
      commitAfterNextWrite();
      await db.meta.put({ key: 'b', value: 2 } as never);
    });
    expect(asked).toEqual(['meta:put', 'meta:put', 'commit']);
    expect(answeredAtCommit).toEqual([true, false]);
    expect((await db.meta.toArray()).map((r) => r.key)).toEqual(['a', 'b']);
  });
});
