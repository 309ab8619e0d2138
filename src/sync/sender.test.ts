import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrainResult } from './drain';
import { OutboxSender, type SenderStatus } from './sender';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const empty: DrainResult = { kind: 'empty', sent: 1, refused: 0 };
const offline: DrainResult = { kind: 'retry', sent: 0, refused: 0, reason: 'offline' };

/** A sender whose passes return the scripted results in order (then `empty`). */
function scripted(results: DrainResult[]) {
  const calls: number[] = [];
  const sender = new OutboxSender({
    drainOnce: async () => {
      calls.push(Date.now());
      return results.shift() ?? empty;
    },
    random: () => 0.5,
  });
  const states: SenderStatus['state'][] = [];
  sender.subscribe((s) => states.push(s.state));
  return { sender, calls, states };
}

describe('OutboxSender', () => {
  it('drains at start and goes idle when the queue is empty', async () => {
    const { sender, calls, states } = scripted([empty]);
    await sender.request('start');
    expect(calls).toHaveLength(1);
    expect(states).toEqual(['idle', 'sending', 'idle']);
  });

  it('retries on its own after a failure, with growing waits', async () => {
    const { sender, calls } = scripted([offline, offline, offline, empty]);
    await sender.request('start');
    expect(sender.current).toMatchObject({ state: 'waiting', failures: 1, reason: 'offline' });
    await vi.advanceTimersByTimeAsync(1000); // half of the 2 s ceiling (random = 0.5)
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1); // 2 s: half of 4 s
    expect(calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(4000);
    expect(calls).toHaveLength(4);
    expect(sender.current.state).toBe('idle');
  });

  it('the online event forgets the backoff and tries at once', async () => {
    const { sender, calls } = scripted([offline, offline, offline, empty]);
    await sender.request('start');
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sender.current).toMatchObject({ state: 'waiting', failures: 3 });
    await sender.request('online');
    expect(calls).toHaveLength(4);
    expect(sender.current.state).toBe('idle');
  });

  it('honours Retry-After for every trigger but online and manual', async () => {
    const { sender, calls } = scripted([
      { kind: 'retry', sent: 0, refused: 0, reason: 'rate_limited', retryAfterMs: 30_000 },
    ]);
    await sender.request('start');
    await sender.request('visible');
    await sender.request('submitted');
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls).toHaveLength(2);
  });

  it('never runs two passes at once: a trigger during a pass makes one more pass after it', async () => {
    let release: () => void = () => {};
    let running = 0;
    let maxRunning = 0;
    let passes = 0;
    const sender = new OutboxSender({
      drainOnce: async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        passes += 1;
        if (passes === 1) await new Promise<void>((r) => (release = r));
        running -= 1;
        return empty;
      },
    });
    const first = sender.request('start');
    void sender.request('message');
    void sender.request('submitted');
    release();
    await first;
    expect(maxRunning).toBe(1);
    expect(passes).toBe(2);
  });

  it('pauses on 401 until a person acts', async () => {
    const { sender, calls } = scripted([{ kind: 'unauthorized', sent: 0, refused: 0 }]);
    await sender.request('start');
    await sender.request('online');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toHaveLength(1);
    expect(sender.current).toEqual({ state: 'paused', reason: 'unauthorized' });
    await sender.request('manual');
    expect(calls).toHaveLength(2);
  });

  it('a storage failure during a pass is a retry, not a crash', async () => {
    const sender = new OutboxSender({
      drainOnce: async () => {
        throw new Error('DatabaseClosedError');
      },
      random: () => 0.5,
    });
    await sender.request('start');
    expect(sender.current).toMatchObject({ state: 'waiting', reason: 'offline' });
  });
});
