import { describe, expect, it } from 'vitest';
import type { RetryGate } from '../store/meta';
import { BACKOFF_CAP_MS } from './backoff';
import { admit, nextGate } from './gate';

const NOW = 1_000_000;
const gate = (over: Partial<RetryGate> = {}): RetryGate => ({
  notBefore: NOW + 10_000,
  failures: 3,
  reason: 'offline',
  serverSaid: false,
  paused: false,
  ...over,
});

describe('admit: may a pass send now?', () => {
  it('no gate: yes', () => {
    expect(admit(null, 'visible', NOW)).toEqual({ go: true, gate: null });
  });

  it('an ordinary trigger waits for the gate to open, and goes once it has', () => {
    expect(admit(gate(), 'visible', NOW)).toMatchObject({ go: false, paused: false });
    expect(admit(gate(), 'retry', NOW + 10_000)).toMatchObject({ go: true });
  });

  it('online forgets our backoff and the exchange’s Retry-After', () => {
    expect(admit(gate(), 'online', NOW)).toEqual({ go: true, gate: null });
    expect(admit(gate({ serverSaid: true }), 'online', NOW)).toEqual({ go: true, gate: null });
  });

  it('a successful probe forgets our backoff but honours the exchange’s Retry-After', () => {
    expect(admit(gate(), 'probe', NOW)).toEqual({ go: true, gate: null });
    expect(admit(gate({ serverSaid: true }), 'probe', NOW)).toMatchObject({ go: false });
  });

  it('a 401 pause holds against everything but a person (manual, signed in)', () => {
    const paused = gate({ paused: true, reason: 'unauthorized', notBefore: NOW });
    for (const t of ['start', 'online', 'probe', 'retry', 'sync'] as const) {
      expect(admit(paused, t, NOW), t).toMatchObject({ go: false, paused: true });
    }
    expect(admit(paused, 'manual', NOW)).toEqual({ go: true, gate: null });
    expect(admit(paused, 'signed_in', NOW)).toEqual({ go: true, gate: null });
  });

  it('[row 20] a wait further ahead than the cap means the clock moved back: it is forgotten', () => {
    const wrongClock = gate({ notBefore: NOW + BACKOFF_CAP_MS + 1 });
    expect(admit(wrongClock, 'visible', NOW)).toEqual({ go: true, gate: null });
  });
});

describe('nextGate: the shared backoff after a pass', () => {
  const half = () => 0.5;

  it('an empty queue clears it', () => {
    expect(nextGate(gate(), { kind: 'empty' }, NOW, half)).toBeNull();
  });

  it('consecutive failures grow the wait (full jitter, base 2 s)', () => {
    const first = nextGate(null, { kind: 'retry', sent: 0, reason: 'offline' }, NOW, half);
    expect(first).toMatchObject({ failures: 1, notBefore: NOW + 1000, serverSaid: false });
    const second = nextGate(first, { kind: 'retry', sent: 0, reason: 'offline' }, NOW, half);
    expect(second).toMatchObject({ failures: 2, notBefore: NOW + 2000 });
  });

  it('a pass that sent something resets the count: one fault in a long drain costs one short wait', () => {
    const after = nextGate(
      gate({ failures: 7 }),
      { kind: 'retry', sent: 40, reason: 'server_error' },
      NOW,
      half,
    );
    expect(after).toMatchObject({ failures: 1, notBefore: NOW + 1000 });
  });

  it('the exchange’s Retry-After is the wait, and is remembered as the exchange’s', () => {
    const after = nextGate(
      null,
      { kind: 'retry', sent: 0, reason: 'rate_limited', retryAfterMs: 30_000 },
      NOW,
      half,
    );
    expect(after).toMatchObject({ notBefore: NOW + 30_000, serverSaid: true });
  });

  it('a 401 pauses', () => {
    expect(nextGate(null, { kind: 'unauthorized' }, NOW, half)).toMatchObject({
      paused: true,
      reason: 'unauthorized',
    });
  });
});
