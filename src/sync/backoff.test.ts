import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelayMs, parseRetryAfterMs } from './backoff';

describe('backoffDelayMs (full jitter)', () => {
  it('doubles the ceiling with each failure from 2 s', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, () => 0.999999))).toEqual([
      1999, 3999, 7999, 15999,
    ]);
  });

  it('never exceeds 5 minutes however many failures', () => {
    expect(backoffDelayMs(50, () => 0.999999)).toBe(Math.floor(0.999999 * BACKOFF_CAP_MS));
    expect(backoffDelayMs(9, () => 0.999999)).toBe(Math.floor(0.999999 * BACKOFF_CAP_MS));
  });

  it('draws anywhere from zero to the ceiling', () => {
    expect(backoffDelayMs(3, () => 0)).toBe(0);
    expect(backoffDelayMs(3, () => 0.5)).toBe(4000);
  });

  it('waits nothing before the first failure', () => {
    expect(backoffDelayMs(0, () => 0.9)).toBe(0);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfterMs('120', now)).toBe(120_000);
  });

  it('reads an HTTP-date', () => {
    expect(parseRetryAfterMs('Mon, 23 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
  });

  it('treats a date in the past as now', () => {
    expect(parseRetryAfterMs('Mon, 23 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores garbage and a missing header', () => {
    expect(parseRetryAfterMs('soon', now)).toBeNull();
    expect(parseRetryAfterMs('-5', now)).toBeNull();
    expect(parseRetryAfterMs(null, now)).toBeNull();
  });

  it('caps a hostile wait at 5 minutes', () => {
    expect(parseRetryAfterMs('86400', now)).toBe(BACKOFF_CAP_MS);
  });
});
