import type { AssistDb } from './db';
import type { ReconciliationReport } from './ledger';
import type { AttemptOutcome } from './records';
import { withReopen } from './reopen';

/** Keys of the `meta` table. Frozen like table names: a renamed key is a forgotten value. */
export const META_KEYS = {
  deviceId: 'deviceId',
  retryGate: 'retryGate',
  reconciliation: 'reconciliation',
} as const;

/**
 * When the next send may happen, shared by every tab and the service worker, so that a failure
 * seen by one sender makes all of them back off (one backoff, like one sender).
 */
export interface RetryGate {
  /** Device clock, epoch ms. */
  notBefore: number;
  /** Consecutive failed passes. */
  failures: number;
  reason: AttemptOutcome;
  /** The wait was the exchange's own Retry-After, not our backoff. */
  serverSaid: boolean;
  /** 401: nothing is sent until a person signs in again (DESIGN.md §3). */
  paused: boolean;
}

/** Where reconciliation got to, in the exchange's clock. */
export interface ReconciliationState {
  /** serverTime of the last successful reconciliation. */
  through: string;
  /** Device clock, epoch ms, of the last one that checked the whole retention window. */
  lastFullCheckMs: number;
  /** Device clock, epoch ms, of the last successful reconciliation (display only). */
  atMs: number;
  last: ReconciliationReport;
}

/** The small values the device keeps about itself. */
export class MetaRepo {
  constructor(private readonly db: AssistDb) {}

  /**
   * This device's random id, created on first use (one transaction, so two tabs starting together
   * agree on one id). Sent as X-Device-Id; the exchange records it with each application.
   */
  deviceId(): Promise<string> {
    return withReopen(this.db, () =>
      this.db.transaction('rw', this.db.meta, async () => {
        const row = await this.db.meta.get(META_KEYS.deviceId);
        if (typeof row?.value === 'string') return row.value;
        const id = crypto.randomUUID();
        await this.db.meta.put({ key: META_KEYS.deviceId, value: id });
        return id;
      }),
    );
  }

  retryGate(): Promise<RetryGate | null> {
    return this.read<RetryGate>(META_KEYS.retryGate);
  }

  setRetryGate(gate: RetryGate | null): Promise<void> {
    return this.write(META_KEYS.retryGate, gate);
  }

  reconciliation(): Promise<ReconciliationState | null> {
    return this.read<ReconciliationState>(META_KEYS.reconciliation);
  }

  setReconciliation(state: ReconciliationState): Promise<void> {
    return this.write(META_KEYS.reconciliation, state);
  }

  private read<T>(key: string): Promise<T | null> {
    return withReopen(
      this.db,
      async () => ((await this.db.meta.get(key))?.value as T | undefined) ?? null,
    );
  }

  private write(key: string, value: unknown): Promise<void> {
    return withReopen(this.db, async () => {
      if (value === null) await this.db.meta.delete(key);
      else await this.db.meta.put({ key, value });
    });
  }
}
