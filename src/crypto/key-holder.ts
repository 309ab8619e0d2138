/**
 * The only place the unlocked data key lives in memory. Locking drops it: afterwards nothing in
 * src/crypto refers to it, so once callers let go of what they borrowed the key is unreachable
 * (key-holder.test.ts proves it with the garbage collector).
 *
 * NOTE: callers borrow the key per operation (dataKeyFor → encrypt/decrypt) and must not keep it
 * in a variable, a closure or component state. An operation already started when the lock comes
 * finishes with the key it was given; the next one gets LockedError.
 */
import { LockedError } from './errors';

export type KeyHolderState = 'locked' | 'unlocked';

/** Why the key was dropped: shown nowhere, but lets the UI choose what to say on the lock screen. */
export type LockReason = 'on-demand' | 'inactivity' | 'switch-assister' | 'sign-out';

export interface KeyHolder {
  /** 'unlocked' while a data key is held. */
  state(): KeyHolderState;
  /** The assister whose key is held, or null when locked. Not personal data: an account id. */
  assisterId(): string | null;
  /** Holds the data key of one assister. Unlocking for another assister first locks the first. */
  unlock(assisterId: string, dataKey: CryptoKey): void;
  /** Drops the key and tells every listener. Locking a locked holder does nothing. */
  lock(reason: LockReason): void;
  /** The key, for one operation of this assister; LockedError when locked or held for another. */
  dataKeyFor(assisterId: string): CryptoKey;
  /** Called after each lock (e.g. to clear personal data from the screen). Returns unsubscribe. */
  onLock(listener: (reason: LockReason) => void): () => void;
}

/** A new, locked key holder. One per app (window) or per worker. */
export function createKeyHolder(): KeyHolder {
  let held: { assisterId: string; dataKey: CryptoKey } | null = null;
  const listeners = new Set<(reason: LockReason) => void>();

  function lock(reason: LockReason): void {
    if (held === null) return;
    held = null;
    for (const listener of [...listeners]) listener(reason);
  }

  return {
    state: () => (held === null ? 'locked' : 'unlocked'),
    assisterId: () => held?.assisterId ?? null,
    unlock(assisterId, dataKey) {
      if (held !== null && held.assisterId !== assisterId) lock('switch-assister');
      held = { assisterId, dataKey };
    },
    lock,
    dataKeyFor(assisterId) {
      if (held === null || held.assisterId !== assisterId) throw new LockedError();
      return held.dataKey;
    },
    onLock(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
