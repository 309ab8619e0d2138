import type { RetryGate } from '../store/meta';
import { BACKOFF_CAP_MS, backoffDelayMs } from './backoff';
import type { RetryReason } from './transport';

/**
 * Why a pass was asked for (DESIGN.md §4 triggers). `online` forgets our backoff and the server's
 * Retry-After (the network changed); `probe` (the exchange answered a health check) forgets only
 * our backoff; `manual` and `signed_in` (a person acted) also lift the 401 pause.
 */
export type Trigger =
  | 'start'
  | 'online'
  | 'visible'
  | 'message'
  | 'submitted'
  | 'retry'
  | 'probe'
  | 'sync'
  | 'manual'
  | 'signed_in';

/** What a pass ended in, as far as the gate cares. */
export type GateInput =
  | { kind: 'empty' }
  | { kind: 'unauthorized' }
  | { kind: 'retry'; sent: number; reason: RetryReason; retryAfterMs?: number };

export type GateDecision =
  | { go: true; gate: RetryGate | null }
  | { go: false; gate: RetryGate; paused: boolean };

/**
 * Whether a pass may send now, and the gate as this trigger leaves it. Every sender (tabs, service
 * worker) checks the same stored gate inside the outbox lock, so one failure makes all of them
 * wait, like one sender would.
 */
export function admit(gate: RetryGate | null, trigger: Trigger, nowMs: number): GateDecision {
  if (!gate) return { go: true, gate: null };
  if (trigger === 'manual' || trigger === 'signed_in') return { go: true, gate: null };
  if (gate.paused) return { go: false, gate, paused: true };
  // A wait further ahead than our cap was computed under another clock (the device clock moved
  // back): never let a wrong clock stall the queue (fault matrix row 20).
  const clockJumped = gate.notBefore - nowMs > BACKOFF_CAP_MS;
  const forgets = trigger === 'online' || (trigger === 'probe' && !gate.serverSaid) || clockJumped;
  if (forgets) return { go: true, gate: null };
  if (nowMs >= gate.notBefore) return { go: true, gate };
  return { go: false, gate, paused: false };
}

/**
 * The gate after a pass. A pass that sent something resets the failure count (the exchange was
 * there a moment ago), so one fault in a long drain costs one short wait, not a growing one.
 */
export function nextGate(
  previous: RetryGate | null,
  result: GateInput,
  nowMs: number,
  random: () => number,
): RetryGate | null {
  switch (result.kind) {
    case 'empty':
      return null;
    case 'unauthorized':
      return {
        notBefore: nowMs,
        failures: previous?.failures ?? 0,
        reason: 'unauthorized',
        serverSaid: false,
        paused: true,
      };
    case 'retry': {
      const failures = result.sent > 0 ? 1 : (previous?.failures ?? 0) + 1;
      const serverSaid = result.retryAfterMs !== undefined;
      const delay = result.retryAfterMs ?? backoffDelayMs(failures, random);
      return {
        notBefore: nowMs + delay,
        failures,
        reason: result.reason,
        serverSaid,
        paused: false,
      };
    }
  }
}
