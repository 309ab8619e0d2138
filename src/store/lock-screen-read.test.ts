import { beforeEach, describe, expect, it } from 'vitest';
import { toBase64Url } from '../crypto';
import { AssistDb } from './db';
import { readLockScreen } from './lock-screen-read';
import { SessionRepo } from './session';
import { Vault } from './vault';

const FAST = { iterations: 1_000 };
const recoveryKey = () => toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
const session = (id: string) => ({
  token: 'A'.repeat(43),
  tokenType: 'Bearer' as const,
  expiresAt: '2026-11-24T03:00:00.000Z',
  assister: { id, name: 'beto', role: 'assister' as const },
  recoveryKey: 'B'.repeat(43),
});

let name: string;
let db: AssistDb;
let vault: Vault;

async function addProfile(assisterName: string): Promise<string> {
  const assisterId = crypto.randomUUID();
  await vault.create({
    assisterId,
    name: assisterName,
    deviceId: crypto.randomUUID(),
    secret: '482915',
    secretKind: 'pin',
    recoveryKey: recoveryKey(),
  });
  return assisterId;
}

beforeEach(() => {
  name = `test-${crypto.randomUUID()}`;
  db = new AssistDb(name);
  vault = new Vault(db, undefined, undefined, FAST);
});

describe('readLockScreen (the lock screen before the store has loaded)', () => {
  it('reads what the store reads: the profiles as ProfilesRepo.list() gives them, the signed-in assister first', async () => {
    await addProfile('maria');
    const beto = await addProfile('beto');
    await addProfile('Ana');
    await new SessionRepo(db).save(session(beto));
    // A tampered wrong-PIN count fails closed, here as in the store.
    const [first] = await db.profiles.toArray();
    await db.profiles.put({ ...first!, attempts: { nonsense: true } as never });

    const read = await readLockScreen(indexedDB, name);

    expect(read).toEqual({
      profiles: await vault.profiles.list(),
      preferred: beto,
      signedInAs: 'beto',
    });
    expect(read?.profiles.map((p) => p.name)).toEqual(['Ana', 'beto', 'maria']);
    expect(read?.profiles.filter((p) => p.disabled)).toHaveLength(1);
  });

  it('no one signed in: no one preferred; no profile yet: an empty list (the sign-in screen)', async () => {
    await db.open();
    expect(await readLockScreen(indexedDB, name)).toEqual({
      profiles: [],
      preferred: null,
      signedInAs: null,
    });
    await addProfile('maria');
    expect((await readLockScreen(indexedDB, name))?.preferred).toBeNull();
  });

  it('a new device: answers null and leaves no database behind for Dexie to misread', async () => {
    expect(await readLockScreen(indexedDB, name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    // Dexie then creates the database with every version, as on any new device.
    await addProfile('maria');
    expect(db.verno).toBeGreaterThan(1);
    expect(await readLockScreen(indexedDB, name)).not.toBeNull();
  });

  it('a database without the stores it reads (an older app): answers null', async () => {
    await new Promise<void>((ok, fail) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('applications');
      request.onsuccess = () => {
        request.result.close();
        ok();
      };
      request.onerror = () => fail(request.error);
    });
    expect(await readLockScreen(indexedDB, name)).toBeNull();
  });

  it('never holds up an upgrade: its connection is closed when one asks', async () => {
    await addProfile('maria');
    db.close();
    let blocked = false;
    const reading = readLockScreen(indexedDB, name);
    const upgraded = await new Promise<number>((ok, fail) => {
      const request = indexedDB.open(name, 10_000);
      request.onblocked = () => {
        blocked = true;
      };
      request.onsuccess = () => {
        request.result.close();
        ok(request.result.version);
      };
      request.onerror = () => fail(request.error);
    });
    expect(upgraded).toBe(10_000);
    expect(blocked).toBe(false);
    await reading;
  });

  it('too slow, or no IndexedDB at all: answers null, and the store draws the screen', async () => {
    const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    expect(await readLockScreen(silent, name, 10)).toBeNull();
    expect(await readLockScreen(undefined, name)).toBeNull();
  });
});
