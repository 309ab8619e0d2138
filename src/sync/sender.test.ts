import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PassReport, PassRequest, PassResult } from './engine';
import { OutboxSender, type SenderStatus } from './sender';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const empty: PassResult = { kind: 'empty', sent: 1, refused: 0 };
const offlineFor = (ms: number): PassResult => ({
  kind: 'retry',
  sent: 0,
  refused: 0,
  reason: 'offline',
  retryAt: Date.now() + ms,
  failures: 1,
});

/** A sender whose passes return the scripted results in order (then `empty`). */
function scripted(results: (PassResult | (() => PassResult))[]) {
  const calls: PassRequest[] = [];
  const sender = new OutboxSender({
    drainOnce: async (request): Promise<PassReport> => {
      calls.push(request);
      const next = results.shift() ?? empty;
      const result = typeof next === 'function' ? next() : next;
      // A pass asked to reconcile does so when it gets through (as engine.ts does).
      return request.reconcile && result.kind === 'empty'
        ? { result, reconciliation: { recovered: [], resent: [], unknown: 0 } }
        : { result };
    },
  });
  const states: SenderStatus['state'][] = [];
  sender.subscribe((s) => states.push(s.state));
  return { sender, calls, states };
}

describe('OutboxSender', () => {
  it('drains at start, reconciling first, and goes idle when the queue is empty', async () => {
    const { sender, calls, states } = scripted([empty]);
    await sender.request('start');
    expect(calls).toEqual([{ trigger: 'start', reconcile: true }]);
    expect(states).toEqual(['idle', 'sending', 'idle']);
  });

  it('waits until the time the pass says, then tries again on its own', async () => {
    const { sender, calls } = scripted([() => offlineFor(3000), empty]);
    await sender.request('start');
    expect(sender.current).toMatchObject({ state: 'waiting', reason: 'offline', failures: 1 });
    await vi.advanceTimersByTimeAsync(2999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.trigger)).toEqual(['start', 'retry']);
    expect(sender.current.state).toBe('idle');
  });

  it('after a failure, the next pass reconciles (a reconnect); in normal running it does not', async () => {
    const { sender, calls } = scripted([empty, () => offlineFor(10), empty, empty]);
    await sender.request('start');
    await sender.request('submitted');
    await vi.advanceTimersByTimeAsync(10);
    await sender.request('submitted');
    expect(calls.map((c) => [c.trigger, c.reconcile])).toEqual([
      ['start', true],
      ['submitted', false],
      ['retry', true],
      ['submitted', false],
    ]);
  });

  it('a pass the exchange answered before asking to wait is no reconnect: the next one does not reconcile', async () => {
    const answeredThenWait: PassResult = {
      kind: 'retry',
      sent: 40,
      refused: 0,
      reason: 'rate_limited',
      retryAt: Date.now() + 10,
      failures: 1,
    };
    const { sender, calls } = scripted([empty, () => answeredThenWait, empty]);
    await sender.request('start');
    await sender.request('submitted');
    await vi.advanceTimersByTimeAsync(10);
    expect(calls.map((c) => [c.trigger, c.reconcile])).toEqual([
      ['start', true],
      ['submitted', false],
      ['retry', false],
    ]);
  });

  it('keeps asking to reconcile until a pass says it did', async () => {
    const calls: PassRequest[] = [];
    const sender = new OutboxSender({
      drainOnce: async (request) => {
        calls.push(request);
        return calls.length === 1
          ? { result: empty }
          : {
              result: empty,
              reconciliation: { recovered: [], resent: [], unknown: 0 },
            };
      },
    });
    await sender.request('start');
    await sender.request('visible');
    await sender.request('visible');
    expect(calls.map((c) => c.reconcile)).toEqual([true, true, false]);
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
        return { result: empty };
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

  it('the network coming back during a failing pass gets its own pass right after', async () => {
    let release: () => void = () => {};
    const triggers: string[] = [];
    const sender = new OutboxSender({
      drainOnce: async ({ trigger }) => {
        triggers.push(trigger);
        if (triggers.length === 1) {
          await new Promise<void>((r) => (release = r));
          return { result: offlineFor(60_000) };
        }
        return { result: empty };
      },
    });
    const first = sender.request('start');
    void sender.request('visible');
    void sender.request('online');
    release();
    await first;
    expect(triggers).toEqual(['start', 'online']);
    expect(sender.current.state).toBe('idle');
  });

  it('pauses on 401 and ignores ordinary triggers until a person signs in or asks', async () => {
    const { sender, calls } = scripted([{ kind: 'unauthorized', sent: 0, refused: 0 }]);
    await sender.request('start');
    await sender.request('visible');
    await sender.request('submitted');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toHaveLength(1);
    expect(sender.current).toEqual({ state: 'paused', reason: 'unauthorized' });
    await sender.resume();
    expect(calls.map((c) => [c.trigger, c.reconcile])).toEqual([
      ['start', true],
      ['signed_in', true],
    ]);
    expect(sender.current.state).toBe('idle');
  });

  it('a storage failure during a pass is a retry, not a crash', async () => {
    const sender = new OutboxSender({
      drainOnce: async () => {
        throw new Error('DatabaseClosedError');
      },
      errorDelayMs: 500,
    });
    await sender.request('start');
    expect(sender.current).toMatchObject({ state: 'waiting', reason: 'offline' });
  });

  it('tells listeners what a reconciliation changed', async () => {
    const report = { recovered: ['a'], resent: ['b'], unknown: 0 };
    const sender = new OutboxSender({
      drainOnce: async () => ({ result: empty, reconciliation: report }),
    });
    const told: unknown[] = [];
    sender.onReconciled((r) => told.push(r));
    await sender.request('start');
    expect(told).toEqual([report]);
    expect(sender.reconciliation).toEqual(report);
  });
});
