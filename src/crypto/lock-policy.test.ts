import { describe, expect, it } from 'vitest';
import {
  INACTIVITY_LOCK_MAX_MS,
  inactivityLockMs,
  MAX_FAILED_UNLOCKS,
  NO_FAILED_UNLOCKS,
  parseUnlockAttempts,
  recordFailedUnlock,
  type UnlockAttempts,
  unlockGate,
} from './lock-policy';

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-23T09:00:00Z');

/** n wrong PINs, each entered as soon as the gate allowed it; returns the state and the clock. */
function failNTimes(n: number): { attempts: UnlockAttempts; now: number } {
  let attempts = NO_FAILED_UNLOCKS;
  let now = T0;
  for (let i = 0; i < n; i++) {
    const gate = unlockGate(attempts, now);
    if (gate.state === 'wait') now = gate.untilMs;
    attempts = recordFailedUnlock(attempts, now);
  }
  return { attempts, now };
}

describe('inactivityLockMs (S1: CMS ARS AC-11)', () => {
  it('locks after 15 minutes by default', () => {
    expect(inactivityLockMs()).toBe(15 * MINUTE);
    expect(INACTIVITY_LOCK_MAX_MS).toBe(15 * MINUTE);
  });

  it('lets a deployment choose less, never more, and never under a minute', () => {
    expect(inactivityLockMs(5 * MINUTE)).toBe(5 * MINUTE);
    expect(inactivityLockMs(60 * MINUTE)).toBe(15 * MINUTE);
    expect(inactivityLockMs(1_000)).toBe(MINUTE);
    expect(inactivityLockMs(Number.NaN)).toBe(15 * MINUTE);
  });
});

describe('wrong-PIN throttling (A1)', () => {
  it('lets the first four wrong PINs be retried at once', () => {
    for (let n = 0; n <= 4; n++) {
      const { attempts, now } = failNTimes(n);
      expect(unlockGate(attempts, now)).toEqual({ state: 'allowed' });
    }
  });

  it('grows the wait: 1 min after the 5th, 5 min after the 6th, 15 after the 7th and 8th, 1 h after the 9th', () => {
    const waits = [5, 6, 7, 8, 9].map((n) => {
      const { attempts, now } = failNTimes(n);
      const gate = unlockGate(attempts, now);
      return gate.state === 'wait' ? gate.waitMs / MINUTE : gate.state;
    });
    expect(waits).toEqual([1, 5, 15, 15, 60]);
  });

  it('disables the PIN after the 10th wrong PIN, however long one waits', () => {
    const { attempts, now } = failNTimes(MAX_FAILED_UNLOCKS);
    expect(MAX_FAILED_UNLOCKS).toBe(10);
    expect(unlockGate(attempts, now)).toEqual({ state: 'disabled' });
    expect(unlockGate(attempts, now + 365 * 24 * 60 * MINUTE)).toEqual({ state: 'disabled' });
    expect(recordFailedUnlock(attempts, now).failures).toBe(MAX_FAILED_UNLOCKS);
  });

  it('makes all ten guesses take at least 96 minutes of waiting', () => {
    const { now } = failNTimes(MAX_FAILED_UNLOCKS);
    expect((now - T0) / MINUTE).toBe(1 + 5 + 15 + 15 + 60);
  });

  it('allows the next try once the wait has passed, not a millisecond before', () => {
    const { attempts, now } = failNTimes(5);
    expect(unlockGate(attempts, now + MINUTE - 1).state).toBe('wait');
    expect(unlockGate(attempts, now + MINUTE)).toEqual({ state: 'allowed' });
  });

  it('never asks for more than the delay from now when the clock was set back', () => {
    const { attempts } = failNTimes(9);
    const daysEarlier = (attempts.lastFailureAt ?? 0) - 3 * 24 * 60 * MINUTE;
    expect(unlockGate(attempts, daysEarlier)).toEqual({
      state: 'wait',
      untilMs: daysEarlier + 60 * MINUTE,
      waitMs: 60 * MINUTE,
    });
  });
});

describe('stored attempt state', () => {
  it('survives a JSON round trip with the same verdict', () => {
    const { attempts, now } = failNTimes(6);
    const stored = parseUnlockAttempts(JSON.parse(JSON.stringify(attempts)));
    expect(stored).toEqual(attempts);
    expect(unlockGate(stored, now)).toEqual(unlockGate(attempts, now));
  });

  it('starts with no failures when nothing was stored yet', () => {
    expect(parseUnlockAttempts(undefined)).toEqual(NO_FAILED_UNLOCKS);
  });

  it('fails closed: an unreadable state disables the PIN rather than resetting the count', () => {
    const garbage: unknown[] = [
      null,
      'three',
      { format: 1, failures: -1, lastFailureAt: null },
      { format: 1, failures: 2.5, lastFailureAt: null },
      { format: 1, failures: 11, lastFailureAt: null },
      { format: 1, failures: 3, lastFailureAt: 'yesterday' },
      { format: 2, failures: 0, lastFailureAt: null },
    ];
    for (const value of garbage) {
      expect(unlockGate(parseUnlockAttempts(value), T0)).toEqual({ state: 'disabled' });
    }
  });
});
