import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { makeSubmission } from '../../test/fixtures/applications';
import { AssistDb } from './db';
import { MetaRepo } from './meta';
import { OutboxRepo } from './outbox';

/** A device as version 1 of the app left it: one application queued, one sent. */
async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({ applications: 'id, status, updatedAt', outbox: 'id, queuedSeq' });
  const queued = makeSubmission();
  const sent = makeSubmission();
  const app = (id: string, status: string) => ({
    id,
    status,
    schemaVersion: 1,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    fields: { 'applicant.firstName': 'Ana' },
    attempts: 0,
  });
  await v1.table('applications').bulkPut([app(queued.id, 'queued'), app(sent.id, 'submitted')]);
  await v1.table('outbox').put({
    id: queued.id,
    submission: queued,
    queuedAt: '2026-11-20T10:00:00.000Z',
    queuedSeq: 1,
  });
  v1.close();
  return { queued, sent };
}

describe('migrations', () => {
  it('v1 → v4 keeps every application and queued submission, and adds meta and sent', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const { queued, sent } = await writeVersion1(name);
    const db = new AssistDb(name);
    expect((await db.applications.toArray()).map((a) => [a.id, a.status]).sort()).toEqual(
      [
        [queued.id, 'queued'],
        [sent.id, 'submitted'],
      ].sort(),
    );
    expect((await new OutboxRepo(db).oldest())?.submission).toEqual(queued);
    expect(await db.sent.count()).toBe(0);
    expect(await new MetaRepo(db).deviceId()).toMatch(/^[0-9a-f-]{36}$/);
    expect(db.verno).toBe(7); // and on through 4 (issue 7: profiles, exchange), 5 (the owner index), 6 (audit), 7 (queue order)
  });
});

describe('migration 2 → 3', () => {
  it('a device on version 2 (with a session) keeps it, and gains meta and sent', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ applications: 'id, status, updatedAt', outbox: 'id, queuedSeq' });
    v2.version(2).stores({ session: 'id' });
    await v2.table('session').put({ id: 'current', token: 't' });
    const queued = makeSubmission();
    await v2.table('outbox').put({ id: queued.id, submission: queued, queuedAt: '', queuedSeq: 1 });
    v2.close();
    const db = new AssistDb(name);
    expect(await db.session.get('current')).toMatchObject({ token: 't' });
    expect((await db.outbox.toArray()).map((o) => o.id)).toEqual([queued.id]);
    expect(await db.meta.count()).toBe(0);
    expect(await db.sent.count()).toBe(0);
  });
});

describe('migration 4 → 5 (the owner index)', () => {
  it('indexes every owned application by owner and time; an unowned one stays, outside the index', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({
      applications: 'id, status, updatedAt',
      outbox: 'id, queuedSeq',
      session: 'id',
      meta: 'key',
      sent: 'id, receivedAt, storedAtMs',
      profiles: 'assisterId',
      exchange: 'id',
    });
    const row = (id: string, owner: string | undefined, updatedAt: string) => ({
      id,
      ...(owner ? { owner } : {}),
      status: 'draft',
      schemaVersion: 2,
      createdAt: updatedAt,
      updatedAt,
      fields: {},
      attempts: 0,
    });
    await v4
      .table('applications')
      .bulkPut([
        row('a', 'ana', '2026-11-20T10:00:00.000Z'),
        row('b', 'leo', '2026-11-20T11:00:00.000Z'),
        row('c', 'ana', '2026-11-20T12:00:00.000Z'),
        row('d', undefined, '2026-11-20T13:00:00.000Z'),
      ]);
    v4.close();
    const db = new AssistDb(name);
    const anas = await db.applications
      .where('[owner+updatedAt]')
      .between(['ana', Dexie.minKey], ['ana', Dexie.maxKey])
      .reverse()
      .primaryKeys();
    expect(anas).toEqual(['c', 'a']);
    expect(await db.applications.count()).toBe(4);
    expect(await db.applications.orderBy('[owner+updatedAt]').count()).toBe(3);
    expect(db.verno).toBe(7);
  });
});

/** The schema as releases 1 to 7 declared it, one block per version (migrations.ts's history). */
const LADDER: Record<string, string>[] = [
  { applications: 'id, status, updatedAt', outbox: 'id, queuedSeq' },
  { session: 'id' },
  { meta: 'key', sent: 'id, receivedAt, storedAtMs' },
  { profiles: 'assisterId', exchange: 'id' },
  { applications: 'id, status, updatedAt, [owner+updatedAt]' },
  { audit: 'id, applicationId, unsent, auth' },
  { outbox: 'id, queuedSeq, [queuedSeq+id]' },
];

/** `db` declared as release `upTo` declared it: the ladder's blocks up to that version. */
function declareLadder(db: Dexie, upTo = LADDER.length) {
  for (const [i, stores] of LADDER.slice(0, upTo).entries()) db.version(i + 1).stores(stores);
}

/** Every store with its key and indexes, as IndexedDB holds them (no declaration read). */
async function installed(name: string) {
  const raw = new Dexie(name);
  await raw.open();
  const schema = raw.tables
    .map((t) => [t.name, t.schema.primKey.src, t.schema.indexes.map((i) => i.src).sort()] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  const native = raw.verno;
  raw.close();
  return { schema, native };
}

describe('the schema declared once', () => {
  it('builds a new device the store the seven versions built, and opens theirs unchanged', async () => {
    const viaLadder = `test-${crypto.randomUUID()}`;
    const ladder = new Dexie(viaLadder);
    declareLadder(ladder);
    await ladder.open();
    await ladder
      .table('applications')
      .put({ id: 'a', owner: 'ana', updatedAt: 'x', status: 'draft' });
    ladder.close();
    const built = await installed(viaLadder);

    const fresh = `test-${crypto.randomUUID()}`;
    const created = new AssistDb(fresh);
    await created.open();
    created.close();
    expect(await installed(fresh)).toEqual(built);

    // Dexie patches a schema that differs from its declaration under a higher native version, and
    // warns: neither happens to a device the ladder built.
    const warn = vi.spyOn(console, 'warn');
    try {
      const db = new AssistDb(viaLadder);
      expect(await db.applications.get('a')).toMatchObject({ owner: 'ana' });
      db.close();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
    expect(await installed(viaLadder)).toEqual(built);
  });

  it('6 → 7: a queue with entries gains its order index, and is read through it', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareLadder(old, 6);
    const first = makeSubmission();
    const second = makeSubmission();
    await old.table('outbox').bulkPut([
      { id: second.id, submission: second, queuedAt: '', queuedSeq: 2 },
      { id: first.id, submission: first, queuedAt: '', queuedSeq: 1 },
    ]);
    old.close();
    const db = new AssistDb(name);
    expect(await db.outbox.orderBy('[queuedSeq+id]').primaryKeys()).toEqual([first.id, second.id]);
    expect((await new OutboxRepo(db).oldest())?.submission).toEqual(first);
    expect(db.verno).toBe(7);
    db.close();
  });
});
