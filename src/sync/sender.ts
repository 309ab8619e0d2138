import { backoffDelayMs } from './backoff';
import type { DrainResult } from './drain';
import type { RetryReason } from './transport';

/** What the sender is doing, for the status line. */
export type SenderStatus =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'waiting'; retryAt: number; reason: RetryReason; failures: number }
  | { state: 'paused'; reason: 'unauthorized' };

/** Why a pass was asked for. `online` also forgets the backoff: the network just came back. */
export type Trigger = 'start' | 'online' | 'visible' | 'message' | 'submitted' | 'retry' | 'manual';

export interface SenderDeps {
  /** One drain pass, already holding the outbox lock. */
  drainOnce: () => Promise<DrainResult>;
  random?: () => number;
  now?: () => number;
}

/**
 * Decides when to drain: on each trigger, and after a failure at a backed-off time. Passes never
 * overlap: a trigger during a pass makes one more pass afterwards. A server's Retry-After is
 * honoured by every trigger except `online` and `manual` (a person asked, or the network changed).
 */
export class OutboxSender {
  private status: SenderStatus = { state: 'idle' };
  private failures = 0;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private serverSaysWaitUntil = 0;
  private readonly listeners = new Set<(status: SenderStatus) => void>();
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(private readonly deps: SenderDeps) {
    this.random = deps.random ?? Math.random;
    this.now = deps.now ?? Date.now;
  }

  get current(): SenderStatus {
    return this.status;
  }

  subscribe(listener: (status: SenderStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /** Asks for a pass. Resolves when the pass it joined (or started) has finished. */
  request(trigger: Trigger): Promise<void> {
    if (trigger === 'online' || trigger === 'manual') {
      this.failures = 0;
      this.serverSaysWaitUntil = 0;
    }
    if (this.status.state === 'paused' && trigger !== 'manual') return Promise.resolve();
    if (trigger !== 'retry' && this.now() < this.serverSaysWaitUntil) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.clearTimer();
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops timers (tests, page unload). */
  stop(): void {
    this.clearTimer();
    this.listeners.clear();
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      this.set({ state: 'sending' });
      let result: DrainResult;
      try {
        result = await this.deps.drainOnce();
      } catch {
        // Storage failed under us (closed database, quota): try again later, lose nothing.
        result = { kind: 'retry', sent: 0, refused: 0, reason: 'offline' };
      }
      this.settle(result);
    } while (this.again && this.status.state === 'idle');
  }

  private settle(result: DrainResult): void {
    switch (result.kind) {
      case 'empty':
        this.failures = 0;
        this.set({ state: 'idle' });
        return;
      case 'unauthorized':
        this.set({ state: 'paused', reason: 'unauthorized' });
        return;
      case 'retry': {
        this.failures += 1;
        const delay = result.retryAfterMs ?? backoffDelayMs(this.failures, this.random);
        if (result.retryAfterMs !== undefined) this.serverSaysWaitUntil = this.now() + delay;
        const retryAt = this.now() + delay;
        this.set({ state: 'waiting', retryAt, reason: result.reason, failures: this.failures });
        this.timer = setTimeout(() => {
          this.timer = null;
          void this.request('retry');
        }, delay);
        return;
      }
    }
  }

  private set(status: SenderStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
