import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LockedError, MAX_FAILED_UNLOCKS, toBase64Url } from '../crypto';
import { AssistDb, DB_NAME } from './db';
import { Vault } from './vault';

const FAST = { iterations: 1_000 };
const PIN = '482915';
const ASSISTER = crypto.randomUUID();
const recoveryKey = () => toBase64Url(crypto.getRandomValues(new Uint8Array(32)));

let db: AssistDb;
let now: number;
let vault: Vault;
let recovery: string;

beforeEach(async () => {
  db = new AssistDb(`test-${crypto.randomUUID()}`);
  now = Date.parse('2026-11-23T15:00:00.000Z');
  vault = new Vault(db, undefined, { now: () => new Date(now) }, FAST);
  recovery = recoveryKey();
  await vault.create({
    assisterId: ASSISTER,
    name: 'maria',
    deviceId: crypto.randomUUID(),
    secret: PIN,
    secretKind: 'pin',
    recoveryKey: recovery,
  });
});

describe('Vault', () => {
  it('setting a PIN stores only the wrapped key and unlocks; locking drops the key', async () => {
    expect(vault.state()).toEqual({ kind: 'unlocked', assisterId: ASSISTER });
    const stored = JSON.stringify(await db.profiles.toArray());
    expect(stored).not.toContain(PIN);
    expect(stored).not.toContain(recovery);
    expect(vault.dataKeyFor(ASSISTER).extractable).toBe(false);
    vault.lock('on-demand');
    expect(vault.state()).toEqual({ kind: 'locked' });
    expect(() => vault.dataKeyFor(ASSISTER)).toThrow(LockedError);
  });

  it('the right PIN unlocks the same data key; a wrong one does not', async () => {
    const plain = new TextEncoder().encode('draft');
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      vault.dataKeyFor(ASSISTER),
      plain,
    );
    vault.lock('on-demand');
    expect(await vault.unlock(ASSISTER, '000111')).toEqual({ kind: 'wrong', failures: 1 });
    expect(vault.state().kind).toBe('locked');
    expect(await vault.unlock(ASSISTER, PIN)).toEqual({ kind: 'unlocked' });
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv },
      vault.dataKeyFor(ASSISTER),
      sealed,
    );
    expect(new TextDecoder().decode(opened)).toBe('draft');
    expect((await vault.profiles.get(ASSISTER))?.attempts.failures).toBe(0);
  });

  it('counts a try before it runs: when PBKDF2 starts, the failure is already stored', async () => {
    vault.lock('on-demand');
    const seen: Array<number | undefined> = [];
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    derive.mockImplementation(async (...args) => {
      seen.push((await db.profiles.get(ASSISTER))?.attempts.failures);
      derive.mockRestore();
      return crypto.subtle.deriveKey(...args);
    });
    expect(await vault.unlock(ASSISTER, PIN)).toEqual({ kind: 'unlocked' });
    // Had the tab closed during that PBKDF2 run, the try would have counted.
    expect(seen).toEqual([1]);
    expect((await vault.profiles.get(ASSISTER))?.attempts.failures).toBe(0);
  });

  it('wrong PINs: no wait for four, then a growing wait; trying early is not a try', async () => {
    vault.lock('on-demand');
    for (let i = 1; i <= 5; i += 1) {
      expect(await vault.unlock(ASSISTER, `00011${i}`)).toEqual({ kind: 'wrong', failures: i });
    }
    const wait = await vault.unlock(ASSISTER, PIN);
    expect(wait).toEqual({ kind: 'wait', untilMs: now + 60_000 });
    expect((await vault.profiles.get(ASSISTER))?.attempts.failures).toBe(5);
    now += 60_000;
    expect(await vault.unlock(ASSISTER, PIN)).toEqual({ kind: 'unlocked' });
  });

  it('after ten wrong PINs the PIN is disabled, even the right one, until a reset', async () => {
    vault.lock('on-demand');
    const outcomes: string[] = [];
    for (let i = 0; i < MAX_FAILED_UNLOCKS; i += 1) {
      now += 2 * 60 * 60 * 1000; // past every wait
      outcomes.push((await vault.unlock(ASSISTER, `99988${i}`)).kind);
    }
    expect(outcomes.slice(0, 9).every((k) => k === 'wrong')).toBe(true);
    expect(outcomes[9]).toBe('disabled');
    now += 24 * 60 * 60 * 1000;
    expect(await vault.unlock(ASSISTER, PIN)).toEqual({ kind: 'disabled' });
    expect((await vault.profiles.get(ASSISTER))?.disabled).toBe(true);

    // Forgot PIN: the server's recovery key, a new PIN, the same data key.
    expect(
      await vault.resetSecret({
        assisterId: ASSISTER,
        secret: '739164',
        secretKind: 'pin',
        recoveryKey: recovery,
      }),
    ).toEqual({ kind: 'unlocked' });
    vault.lock('on-demand');
    expect(await vault.unlock(ASSISTER, PIN)).toEqual({ kind: 'wrong', failures: 1 });
    expect(await vault.unlock(ASSISTER, '739164')).toEqual({ kind: 'unlocked' });
  });

  it('a reset keeps the data key: what was encrypted before opens after', async () => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      vault.dataKeyFor(ASSISTER),
      new TextEncoder().encode('kept'),
    );
    vault.lock('on-demand');
    await vault.resetSecret({
      assisterId: ASSISTER,
      secret: '739164',
      secretKind: 'pin',
      recoveryKey: recovery,
    });
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv },
      vault.dataKeyFor(ASSISTER),
      sealed,
    );
    expect(new TextDecoder().decode(opened)).toBe('kept');
  });

  it('the wrong recovery key opens nothing', async () => {
    vault.lock('on-demand');
    await expect(vault.unlockWithRecoveryKey(ASSISTER, recoveryKey())).rejects.toThrow();
    expect(vault.state().kind).toBe('locked');
    expect(await vault.unlockWithRecoveryKey(ASSISTER, recovery)).toEqual({ kind: 'unlocked' });
  });

  it('a second assister on the tablet has another key; switching locks the first', async () => {
    const other = crypto.randomUUID();
    await vault.create({
      assisterId: other,
      name: 'ana',
      deviceId: crypto.randomUUID(),
      secret: '615283',
      secretKind: 'pin',
      recoveryKey: recoveryKey(),
    });
    expect(vault.state()).toEqual({ kind: 'unlocked', assisterId: other });
    expect(() => vault.dataKeyFor(ASSISTER)).toThrow(LockedError);
    expect((await vault.profiles.list()).map((p) => p.name)).toEqual(['ana', 'maria']);
    expect(await vault.unlock(ASSISTER, '615283')).toEqual({ kind: 'wrong', failures: 1 });
  });

  it('a profile whose stored state is unreadable counts as disabled (fails closed)', async () => {
    await db.profiles.update(ASSISTER, { attempts: { format: 9 } as never });
    expect(await vault.unlock(ASSISTER, PIN)).toEqual({ kind: 'disabled' });
  });
});

describe('database version 4', () => {
  it('opens a version-2 database with its session and applications, and adds profiles', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ applications: 'id, status, updatedAt', outbox: 'id, queuedSeq' });
    old.version(2).stores({ session: 'id' });
    await old.table('applications').put({ id: 'a1', status: 'draft', updatedAt: 'x' });
    await old.table('session').put({ id: 'current', token: 't' });
    old.close();
    const upgraded = new AssistDb(name);
    expect(await upgraded.applications.get('a1')).toMatchObject({ status: 'draft' });
    expect(await upgraded.session.get('current')).toMatchObject({ token: 't' });
    expect(await upgraded.profiles.count()).toBe(0);
    expect(upgraded.verno).toBe(7);
    expect(DB_NAME).toBe('enrollment-assist');
  });
});
