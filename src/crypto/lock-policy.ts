/**
 * When the app locks (inactivity) and when it lets the assister try a PIN again (wrong-PIN
 * throttling). Pure: the caller passes the clock and stores the state (it is plain JSON).
 *
 * NOTE: count before you try. Persist recordFailedUnlock(state, now) BEFORE running the unlock,
 * and store NO_FAILED_UNLOCKS only after it succeeds; otherwise closing the tab during the
 * PBKDF2 run would be a free guess. These limits stop guessing in the app only: a raw copy of
 * IndexedDB is attacked offline without them (security-ux.md K3; docs/security.md).
 */

/** CMS ARS 3.1 AC-11: lock after at most 15 minutes without activity on mobile devices (S1). */
export const INACTIVITY_LOCK_MAX_MS = 15 * 60 * 1000;
/** A deployment may choose less, but not so little that the app locks while someone types. */
export const INACTIVITY_LOCK_MIN_MS = 60 * 1000;

/** The inactivity lock for a deployment's setting: 15 minutes by default, never more. */
export function inactivityLockMs(configuredMs?: number): number {
  if (configuredMs === undefined || !Number.isFinite(configuredMs)) return INACTIVITY_LOCK_MAX_MS;
  return Math.min(INACTIVITY_LOCK_MAX_MS, Math.max(INACTIVITY_LOCK_MIN_MS, configuredMs));
}

/** After this many wrong PINs in a row, the PIN is disabled until an online sign-in (A1). */
export const MAX_FAILED_UNLOCKS = 10;

/**
 * Wait before the next try, indexed by consecutive failures so far. A typo or three costs
 * nothing; then the escalation of Apple's lock screen (none for 1–4, 1 min after 5, 5 min after 6,
 * 15 min after 7 and 8, 1 h after 9), ending in the disable after the 10th.
 */
export const UNLOCK_DELAYS_MS: readonly number[] = [
  0,
  0,
  0,
  0,
  0,
  60 * 1000,
  5 * 60 * 1000,
  15 * 60 * 1000,
  15 * 60 * 1000,
  60 * 60 * 1000,
];

export const UNLOCK_ATTEMPTS_FORMAT = 1;

/** Serialisable wrong-PIN state of one assister profile. */
export interface UnlockAttempts {
  format: typeof UNLOCK_ATTEMPTS_FORMAT;
  /** Consecutive failures since the last success or online sign-in. */
  failures: number;
  /** Epoch ms of the last failure (device clock), null when there is none. */
  lastFailureAt: number | null;
}

export const NO_FAILED_UNLOCKS: UnlockAttempts = {
  format: UNLOCK_ATTEMPTS_FORMAT,
  failures: 0,
  lastFailureAt: null,
};

export type UnlockGate =
  | { state: 'allowed' }
  | { state: 'wait'; untilMs: number; waitMs: number }
  | { state: 'disabled' };

/** May the assister try a PIN now? */
export function unlockGate(attempts: UnlockAttempts, nowMs: number): UnlockGate {
  if (attempts.failures >= MAX_FAILED_UNLOCKS) return { state: 'disabled' };
  const delay = UNLOCK_DELAYS_MS[attempts.failures] ?? 0;
  if (delay === 0 || attempts.lastFailureAt === null) return { state: 'allowed' };
  // A clock set back (or a failure stamped by a clock that ran fast) must not mean waiting for
  // days: never make anyone wait longer than the delay itself from now.
  const untilMs = Math.min(attempts.lastFailureAt + delay, nowMs + delay);
  return nowMs >= untilMs
    ? { state: 'allowed' }
    : { state: 'wait', untilMs, waitMs: untilMs - nowMs };
}

/** The state after one more wrong PIN (stored before the attempt runs; see the module note). */
export function recordFailedUnlock(attempts: UnlockAttempts, nowMs: number): UnlockAttempts {
  return {
    format: UNLOCK_ATTEMPTS_FORMAT,
    failures: Math.min(attempts.failures + 1, MAX_FAILED_UNLOCKS),
    lastFailureAt: nowMs,
  };
}

/**
 * Reads the stored state. Fails closed: anything unreadable counts as disabled, which costs an
 * online sign-in and no data, rather than handing out a fresh set of guesses.
 */
export function parseUnlockAttempts(value: unknown): UnlockAttempts {
  const disabled: UnlockAttempts = { ...NO_FAILED_UNLOCKS, failures: MAX_FAILED_UNLOCKS };
  if (value === undefined) return NO_FAILED_UNLOCKS;
  if (typeof value !== 'object' || value === null) return disabled;
  const v = value as Partial<UnlockAttempts>;
  const failuresOk =
    typeof v.failures === 'number' &&
    Number.isInteger(v.failures) &&
    v.failures >= 0 &&
    v.failures <= MAX_FAILED_UNLOCKS;
  const lastOk =
    v.lastFailureAt === null ||
    (typeof v.lastFailureAt === 'number' && Number.isFinite(v.lastFailureAt));
  if (v.format !== UNLOCK_ATTEMPTS_FORMAT || !failuresOk || !lastOk) return disabled;
  return { format: UNLOCK_ATTEMPTS_FORMAT, failures: v.failures!, lastFailureAt: v.lastFailureAt! };
}
