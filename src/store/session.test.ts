import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../test/fixtures/applications';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { OutboxRepo } from './outbox';
import { SessionRepo } from './session';

const SESSION = {
  token: 'A'.repeat(43),
  tokenType: 'Bearer' as const,
  expiresAt: '2026-11-24T03:00:00.000Z',
  assister: { id: crypto.randomUUID(), name: 'maria', role: 'assister' as const },
  recoveryKey: 'B'.repeat(43),
};

let db: AssistDb;
let sessions: SessionRepo;

beforeEach(() => {
  db = new AssistDb(`test-${crypto.randomUUID()}`);
  sessions = new SessionRepo(db);
});

describe('SessionRepo', () => {
  it('keeps the token for sending, and no token once signed out', async () => {
    expect(await sessions.token()).toBeNull();
    await sessions.save(SESSION);
    expect(await sessions.token()).toBe(SESSION.token);
    expect((await sessions.current())?.assister.name).toBe('maria');
    await sessions.clear();
    expect(await sessions.token()).toBeNull();
  });

  it('never stores the server’s recovery key', async () => {
    await sessions.save(SESSION);
    expect(JSON.stringify(await db.session.toArray())).not.toContain(SESSION.recoveryKey);
  });

  it('signing in again or out leaves every queued application and its key as it was', async () => {
    const apps = new ApplicationsRepo(db);
    const draft = await apps.createDraft({ fields: makeDraftV2() });
    await apps.submit(draft.id);
    await sessions.save(SESSION);
    await sessions.clear();
    await sessions.save({ ...SESSION, token: 'C'.repeat(43) });
    const queued = await new OutboxRepo(db).oldest();
    expect(queued?.submission.id).toBe(draft.id);
  });
});

describe('migration to version 2 (the session table)', () => {
  it('opens a version-1 database with its applications and outbox intact', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ applications: 'id, status, updatedAt', outbox: 'id, queuedSeq' });
    await v1
      .table('applications')
      .put({ id: 'a1', status: 'queued', updatedAt: '2026-01-01', fields: {} });
    await v1.table('outbox').put({ id: 'a1', queuedSeq: 1, submission: { id: 'a1' } });
    v1.close();

    const upgraded = new AssistDb(name);
    expect(await upgraded.applications.get('a1')).toMatchObject({ status: 'queued' });
    expect(await upgraded.outbox.count()).toBe(1);
    expect(await new SessionRepo(upgraded).token()).toBeNull();
    // Upgraded through every later block too (3: meta and sent; 4: profiles, vault.test.ts).
    expect(upgraded.verno).toBe(7);
    expect(await upgraded.profiles.count()).toBe(0);
  });
});
