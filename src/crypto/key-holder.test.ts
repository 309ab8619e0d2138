import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LockedError } from './errors';
import { createKeyHolder, type KeyHolder, type LockReason } from './key-holder';

const newDataKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

describe('createKeyHolder', () => {
  it('starts locked: asking for the key throws LockedError', () => {
    const holder = createKeyHolder();
    expect(holder.state()).toBe('locked');
    expect(holder.assisterId()).toBeNull();
    expect(() => holder.dataKeyFor('assister-a')).toThrow(LockedError);
  });

  it('lends the key to its own assister only', async () => {
    const holder = createKeyHolder();
    const key = await newDataKey();
    holder.unlock('assister-a', key);
    expect(holder.state()).toBe('unlocked');
    expect(holder.dataKeyFor('assister-a')).toBe(key);
    expect(() => holder.dataKeyFor('assister-b')).toThrow(LockedError);
  });

  it('drops the key on lock and tells every listener why', async () => {
    const holder = createKeyHolder();
    const heard: LockReason[] = [];
    holder.onLock((reason) => heard.push(reason));
    holder.unlock('assister-a', await newDataKey());
    holder.lock('inactivity');
    holder.lock('on-demand'); // already locked: nothing to tell
    expect(holder.state()).toBe('locked');
    expect(() => holder.dataKeyFor('assister-a')).toThrow(LockedError);
    expect(heard).toEqual(['inactivity']);
  });

  it('locks the first assister before holding the second one’s key (A4)', async () => {
    const holder = createKeyHolder();
    const heard: LockReason[] = [];
    holder.onLock((reason) => heard.push(reason));
    holder.unlock('assister-a', await newDataKey());
    holder.unlock('assister-b', await newDataKey());
    expect(heard).toEqual(['switch-assister']);
    expect(holder.assisterId()).toBe('assister-b');
    expect(() => holder.dataKeyFor('assister-a')).toThrow(LockedError);
  });

  it('stops telling a listener once it unsubscribes', async () => {
    const holder = createKeyHolder();
    const heard: LockReason[] = [];
    const unsubscribe = holder.onLock((reason) => heard.push(reason));
    unsubscribe();
    holder.unlock('assister-a', await newDataKey());
    holder.lock('sign-out');
    expect(heard).toEqual([]);
  });
});

describe('after a lock nothing keeps the data key', () => {
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;

  /** Unlocks with a fresh key, uses it once, and returns only a weak reference to it. */
  async function unlockAndUse(holder: KeyHolder): Promise<WeakRef<CryptoKey>> {
    holder.unlock('assister-a', await newDataKey());
    const borrowed = holder.dataKeyFor('assister-a');
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: new Uint8Array(12) },
      borrowed,
      new Uint8Array(1),
    );
    return new WeakRef(borrowed);
  }

  /** Lets the current job end (WeakRef targets live until then), then collects. */
  async function settleAndCollect(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      collectGarbage();
    }
  }

  it('is collectable once locked (the holder kept no other reference)', async () => {
    const holder = createKeyHolder();
    holder.onLock(() => {});
    const ref = await unlockAndUse(holder);
    holder.lock('on-demand');
    await settleAndCollect();
    expect(ref.deref()).toBeUndefined();
  });

  it('is still reachable while unlocked (so the check above can fail)', async () => {
    const holder = createKeyHolder();
    const ref = await unlockAndUse(holder);
    await settleAndCollect();
    expect(ref.deref()).toBeDefined();
    holder.lock('on-demand');
  });
});
