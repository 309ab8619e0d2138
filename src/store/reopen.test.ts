import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { DatabaseUpgradedElsewhereError, isConnectionLost, isStorageFull } from './errors';
import { declareVersions } from './migrations';
import { OutboxRepo } from './outbox';
import { withReopen } from './reopen';

const fresh = () => new AssistDb(`test-${crypto.randomUUID()}`);

describe('withReopen: the database closed behind the app (fault matrix row 13)', () => {
  it('the next write after the browser closed the connection reopens and succeeds', async () => {
    const db = fresh();
    const repo = new ApplicationsRepo(db);
    const draft = await repo.createDraft();
    // What iOS does to a backgrounded page: the connection is gone; Dexie will not reopen itself.
    db.close({ disableAutoOpen: true });
    await repo.updateField(draft.id, 'applicant.firstName', 'Ana');
    expect(db.isOpen()).toBe(true);
    expect((await repo.get(draft.id))?.fields['applicant.firstName']).toBe('Ana');
  });

  it('a submit and a send survive it too', async () => {
    const db = fresh();
    const repo = new ApplicationsRepo(db);
    const outbox = new OutboxRepo(db);
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    db.close({ disableAutoOpen: true });
    expect((await repo.submit(draft.id)).ok).toBe(true);
    db.close({ disableAutoOpen: true });
    expect(await outbox.beginAttempt(draft.id)).not.toBeNull();
  });

  it('retries once, not forever', async () => {
    const db = fresh();
    let calls = 0;
    const closed = () => {
      calls += 1;
      return Promise.reject(new Dexie.DatabaseClosedError());
    };
    await expect(withReopen(db, closed)).rejects.toBeInstanceOf(Dexie.DatabaseClosedError);
    expect(calls).toBe(2);
  });

  it('does not retry other failures: a bug or a full disk is not a closed connection', async () => {
    const db = fresh();
    let calls = 0;
    const fails = () => {
      calls += 1;
      return Promise.reject(new TypeError('bug'));
    };
    await expect(withReopen(db, fails)).rejects.toThrow('bug');
    expect(calls).toBe(1);
  });
});

describe('a newer version of the app upgrades the database (fault matrix row 14)', () => {
  it('the old connection steps aside so the upgrade is not blocked, then refuses to write and asks for a reload', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = new AssistDb(name);
    const repo = new ApplicationsRepo(old);
    const draft = await repo.createDraft();
    let told = 0;
    old.onUpgradedElsewhere(() => {
      told += 1;
    });

    // A second tab running the next release: one more version on top of ours.
    const newer = new Dexie(name);
    declareVersions(newer);
    newer.version(old.verno + 1).stores({ nextRelease: '++seq' });
    await newer.open(); // would hang on `blocked` if the old connection stayed open
    expect(newer.verno).toBe(old.verno + 1);
    expect(told).toBe(1);

    await expect(repo.updateField(draft.id, 'applicant.firstName', 'Eve')).rejects.toBeInstanceOf(
      DatabaseUpgradedElsewhereError,
    );
    // Nothing saved before was touched; the new version reads it.
    expect(await newer.table('applications').get(draft.id)).toMatchObject({ id: draft.id });
    newer.close();
  });
});

describe('error classification', () => {
  it('recognises a full disk through Dexie wrapping', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isStorageFull(quota)).toBe(true);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isStorageFull(new Dexie.QuotaExceededError('x'))).toBe(true);
    expect(isStorageFull(new Error('boom'))).toBe(false);
  });

  it('recognises a lost connection, and not an ordinary abort', () => {
    expect(isConnectionLost(new Dexie.DatabaseClosedError())).toBe(true);
    expect(
      isConnectionLost(
        new DOMException('The database connection is closing.', 'InvalidStateError'),
      ),
    ).toBe(true);
    expect(
      isConnectionLost(
        new DOMException(
          'Connection to Indexed Database server lost. Refresh the page to try again',
          'UnknownError',
        ),
      ),
    ).toBe(true);
    expect(isConnectionLost(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isConnectionLost(new Dexie.ConstraintError('Key already exists'))).toBe(false);
  });
});
