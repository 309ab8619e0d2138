import type { ReconciliationReport } from '../store/ledger';
import type { PassReport, PassRequest } from './engine';
import type { Trigger } from './gate';
import type { RetryReason } from './transport';

export type { Trigger };

/** What the sender is doing, for the status line. */
export type SenderStatus =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'waiting'; retryAt: number; reason: RetryReason; failures: number }
  | { state: 'paused'; reason: 'unauthorized' };

export interface SenderDeps {
  /** One pass, holding the outbox lock (engine.ts). */
  drainOnce: (request: PassRequest) => Promise<PassReport>;
  now?: () => number;
  /** What a pass that threw (storage failed under it) waits before the next one. */
  errorDelayMs?: number;
}

/** Triggers that mean "the exchange may be reachable again": reconcile before sending. */
const RECONNECTS: readonly Trigger[] = ['start', 'online', 'probe', 'sync', 'manual', 'signed_in'];
/** Triggers that may override a wait or a pause (see gate.ts): worth a pass even mid-wait. */
const FORCING: readonly Trigger[] = ['online', 'probe', 'manual', 'signed_in'];
/** A pass that threw (storage closed under it, quota) is tried again after this long. */
const ERROR_RETRY_MS = 5_000;

/**
 * The page's sender: decides when to ask for a pass. Passes never overlap: a trigger during a pass
 * makes one more pass afterwards. The backoff itself is decided inside the pass, from the gate all
 * senders share (gate.ts); this only sets a timer for when the gate opens, and stops on a 401
 * until a person signs in (`signed_in`) or asks (`manual`).
 */
export class OutboxSender {
  private status: SenderStatus = { state: 'idle' };
  private running: Promise<void> | null = null;
  private queuedTrigger: Trigger | null = null;
  private reconcileDue = true;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastReconciliation: ReconciliationReport | null = null;
  private readonly listeners = new Set<(status: SenderStatus) => void>();
  private readonly reconcileListeners = new Set<(report: ReconciliationReport) => void>();
  private readonly now: () => number;

  constructor(private readonly deps: SenderDeps) {
    this.now = deps.now ?? Date.now;
  }

  get current(): SenderStatus {
    return this.status;
  }

  get reconciliation(): ReconciliationReport | null {
    return this.lastReconciliation;
  }

  subscribe(listener: (status: SenderStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  /** Told after each reconciliation that changed something (recovered or resent applications). */
  onReconciled(listener: (report: ReconciliationReport) => void): () => void {
    this.reconcileListeners.add(listener);
    return () => this.reconcileListeners.delete(listener);
  }

  /** The sign-in track calls this once a new session exists: the 401 pause ends. */
  resume(): Promise<void> {
    return this.request('signed_in');
  }

  /** Asks for a pass. Resolves when the pass it joined (or started) has finished. */
  request(trigger: Trigger): Promise<void> {
    if (RECONNECTS.includes(trigger)) this.reconcileDue = true;
    if (this.status.state === 'paused' && !FORCING.includes(trigger)) return Promise.resolve();
    if (this.running) {
      if (!this.queuedTrigger || FORCING.includes(trigger)) this.queuedTrigger = trigger;
      return this.running;
    }
    this.clearTimer();
    this.running = this.loop(trigger).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops timers (tests, page unload). */
  stop(): void {
    this.clearTimer();
    this.listeners.clear();
    this.reconcileListeners.clear();
  }

  private async loop(first: Trigger): Promise<void> {
    let trigger: Trigger | null = first;
    while (trigger) {
      this.queuedTrigger = null;
      this.set({ state: 'sending' });
      await this.pass(trigger);
      trigger = this.queuedTrigger;
      // One more pass after this one if asked during it: always after a success, and after a
      // failure only for a trigger that may override the wait (online, probe, a person).
      if (trigger && this.status.state !== 'idle' && !FORCING.includes(trigger)) trigger = null;
    }
  }

  private async pass(trigger: Trigger): Promise<void> {
    const reconcile = this.reconcileDue;
    let report: PassReport;
    try {
      report = await this.deps.drainOnce({ trigger, reconcile });
    } catch {
      // Storage failed under us (closed database, quota): try again later, lose nothing.
      this.wait({
        retryAt: this.now() + (this.deps.errorDelayMs ?? ERROR_RETRY_MS),
        reason: 'offline',
        failures: 1,
      });
      return;
    }
    if (report.reconciliation) {
      this.reconcileDue = false;
      this.lastReconciliation = report.reconciliation;
      const { recovered, resent } = report.reconciliation;
      if (recovered.length + resent.length > 0) {
        for (const listener of this.reconcileListeners) listener(report.reconciliation);
      }
    }
    const { result } = report;
    switch (result.kind) {
      case 'empty':
        this.set({ state: 'idle' });
        return;
      case 'unauthorized':
        this.reconcileDue = true;
        this.set({ state: 'paused', reason: 'unauthorized' });
        return;
      case 'retry':
        // Nothing got through: the pass that does get through is a reconnect, and reconciles.
        // A pass the exchange answered and then asked to wait (a 503 with Retry-After), or that
        // left a few faulted applications for later, is not: its lost answers come back as
        // replays of their keys. Reconciling after each such wait re-read every receipt of the
        // last minutes: 25 reconciliations of up to 1.1 s in one faulted drain of 1,000.
        if (result.sent + result.refused === 0) this.reconcileDue = true;
        this.wait(result);
        return;
    }
  }

  private wait(w: { retryAt: number; reason: RetryReason; failures: number }): void {
    this.set({ state: 'waiting', retryAt: w.retryAt, reason: w.reason, failures: w.failures });
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.request('retry');
      },
      Math.max(0, w.retryAt - this.now()),
    );
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
