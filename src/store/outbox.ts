import type { ApiProblem } from '../schema/api-error';
import type { Receipt } from '../schema/receipt';
import { logEvent } from './audit';
import { type Clock, systemClock } from './clock';
import type { AssistDb } from './db';
import { ApplicationNotFoundError } from './errors';
import { IllegalTransitionError, moved } from './lifecycle';
import {
  type ApplicationRecord,
  type ApplicationStatus,
  type AttemptOutcome,
  type LastAttempt,
  type OutboxRecord,
  type SentRecord,
  STATUS,
} from './records';

/** Inside a transaction over outbox and sent: the submission moves to the sent ledger. */
export async function moveToSent(
  db: AssistDb,
  entry: OutboxRecord | undefined,
  receipt: Receipt,
  nowMs: number,
): Promise<void> {
  if (!entry) return;
  const sent: SentRecord = {
    id: entry.id,
    submission: entry.submission,
    receivedAt: receipt.receivedAt,
    storedAtMs: nowMs,
  };
  await db.sent.put(sent);
  await db.outbox.delete(entry.id);
}

import { readMetadataOnly } from './metadata-only';
import { withReopen } from './reopen';

/** The outbox's order: oldest first, and in one millisecond (a bulk queueing) by id. */
const QUEUE_ORDER = '[queuedSeq+id]';

/** Where a pass has got to in the queue: the last application it claimed. */
export interface QueuePosition {
  seq: number;
  id: string;
}

/** An entry's place in the queue: a pass goes on after the last one it claimed. */
export const positionOf = (entry: OutboxRecord): QueuePosition => ({
  seq: entry.queuedSeq,
  id: entry.id,
});

/** What became of one attempt, for OutboxRepo.settle to record. */
export type Settlement =
  | { kind: 'receipt'; entry: OutboxRecord; receipt: Receipt; status: number }
  | { kind: 'refused'; id: string; problems: ApiProblem[]; status: number }
  | { kind: 'retry'; id: string; outcome: AttemptOutcome; status?: number };

/** What the device-health panel shows about the queue. */
export interface QueueSummary {
  /** Queued or sending: not yet received by the exchange. */
  waiting: number;
  sending: number;
  needsAttention: number;
  /** When the oldest waiting application was queued (device clock), if any wait. */
  oldestQueuedAt: string | null;
}

/**
 * The outbox as the sender sees it. Each method is one transaction over the application and its
 * outbox entry, so a reload between any two steps leaves a consistent record: at worst a `sending`
 * application, which `recoverInterrupted` returns to `queued` and the idempotency key makes safe.
 */
export class OutboxRepo {
  constructor(
    private readonly db: AssistDb,
    private readonly clock: Clock = systemClock,
  ) {}

  /** How many applications wait to be sent (queued or sending). */
  waitingCount(): Promise<number> {
    return withReopen(this.db, () => this.db.outbox.count());
  }

  summary(): Promise<QueueSummary> {
    return withReopen(this.db, () =>
      this.db.transaction('r', this.db.applications, this.db.outbox, async () => {
        const oldest = await this.db.outbox.orderBy('queuedSeq').first();
        return {
          waiting: await this.db.outbox.count(),
          sending: await this.db.applications.where('status').equals(STATUS.sending).count(),
          needsAttention: await this.db.applications
            .where('status')
            .equals(STATUS.needsAttention)
            .count(),
          oldestQueuedAt: oldest?.queuedAt ?? null,
        };
      }),
    );
  }

  /** The oldest waiting submission, skipping the ids given (already tried in this pass). */
  oldest(skip: ReadonlySet<string> = new Set()): Promise<OutboxRecord | undefined> {
    return withReopen(this.db, () =>
      this.db.outbox
        .orderBy('queuedSeq')
        .filter((r) => !skip.has(r.id))
        .first(),
    );
  }

  /**
   * Several senders' steps in one transaction (a group commit): records what became of these
   * attempts, then claims up to `want` waiting applications after `after` and starts their
   * attempts, fewer at the end of the queue. Claims go in queue order (oldest first; the same
   * `queuedSeq`, as a bulk queueing gives, in id order) through the index, so what a pass has tried
   * (and left queued after a failure) costs nothing to pass over. With four in flight, a step per transaction made a drain of 1,000 cost
   * about 2,000 transactions; the sender (drain.ts) puts every step that waits in the next one.
   * Atomic like each step alone: if one fails, none is recorded and none claimed.
   */
  settle(
    done: readonly Settlement[],
    want: number,
    after: QueuePosition | null,
  ): Promise<OutboxRecord[]> {
    return this.rw(async () => {
      for (const step of done) {
        if (step.kind === 'receipt') {
          // The claimed entry is the submission that was sent: it goes to the ledger as it is,
          // without reading the outbox's copy again.
          const { entry } = step;
          await this.received(await this.app(entry.id), entry, step.receipt, step.status);
        } else if (step.kind === 'refused') {
          await this.refusedIn(await this.app(step.id), step.problems, step.status);
        } else {
          await this.retryIn(await this.app(step.id), step.outcome, step.status);
        }
      }
      return this.claim(want, after);
    });
  }

  /** Every waiting submission, oldest first (for the export). */
  allWaiting(): Promise<OutboxRecord[]> {
    return withReopen(this.db, () => this.db.outbox.orderBy('queuedSeq').toArray());
  }

  /** An attempt starts: the application shows `sending`. Returns null if it is no longer waiting. */
  beginAttempt(id: string): Promise<OutboxRecord | null> {
    return this.tx(id, async (app) => this.begin(app, await this.db.outbox.get(id)));
  }

  /**
   * The exchange's receipt arrived: stored in the same transaction that marks the application
   * submitted and moves its submission from the outbox to the sent ledger.
   */
  recordReceipt(id: string, receipt: Receipt, httpStatus: number): Promise<void> {
    return this.tx(id, async (app) =>
      this.received(app, await this.db.outbox.get(id), receipt, httpStatus),
    );
  }

  /** A retryable failure: back to queued, with the reason shown to the assister. */
  recordRetry(id: string, outcome: AttemptOutcome, httpStatus?: number): Promise<void> {
    return this.tx(id, (app) => this.retryIn(app, outcome, httpStatus));
  }

  /** The exchange refused the content: this application only needs attention; the queue moves on. */
  recordRefusal(id: string, problems: ApiProblem[], httpStatus: number): Promise<void> {
    return this.tx(id, (app) => this.refusedIn(app, problems, httpStatus));
  }

  /** Attempts cut short by a reload or a killed worker go back to the queue. */
  recoverInterrupted(): Promise<number> {
    return withReopen(this.db, () =>
      this.db.transaction('rw', this.db.applications, async () => {
        const stuck = await this.db.applications.where('status').equals(STATUS.sending).toArray();
        for (const app of stuck) {
          await this.db.applications.put({ ...app, status: STATUS.queued });
        }
        return stuck.length;
      }),
    );
  }

  private moveToSent(entry: OutboxRecord | undefined, receipt: Receipt): Promise<void> {
    return moveToSent(this.db, entry, receipt, this.clock.now().getTime());
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private attempt(outcome: AttemptOutcome, status?: number): LastAttempt {
    const at = this.now();
    return status === undefined ? { at, outcome } : { at, outcome, status };
  }

  private async write(
    app: ApplicationRecord,
    to: ApplicationStatus,
    changes: Partial<ApplicationRecord>,
  ): Promise<void> {
    await this.db.applications.put(moved(app, to, changes, this.clock.now().toISOString()));
  }

  /** Inside a transaction: `app`'s attempt starts, unless it is no longer waiting (null). */
  private async begin(
    app: ApplicationRecord,
    entry: OutboxRecord | undefined,
  ): Promise<OutboxRecord | null> {
    if (!entry) return null;
    // `sending` here is an attempt a dead tab or worker left behind: resend, same key.
    if (app.status !== STATUS.queued && app.status !== STATUS.sending) {
      // An outbox entry for an application that is no longer waiting is stale: drop it.
      await this.db.outbox.delete(app.id);
      return null;
    }
    await this.write(app, STATUS.sending, { attempts: app.attempts + 1 });
    if (app.attempts === 0) await logEvent(this.db, 'application_sent', this.now(), { app });
    return entry;
  }

  /** The first outbox entry after `position` in queue order, read through the index. */
  private entryAfter(position: QueuePosition | null): Promise<OutboxRecord | undefined> {
    const queue = this.db.outbox;
    if (!position) return queue.orderBy(QUEUE_ORDER).first();
    return queue.where(QUEUE_ORDER).above([position.seq, position.id]).first();
  }

  private tx<T>(id: string, body: (app: ApplicationRecord) => Promise<T>): Promise<T> {
    return this.rw(async () => body(await this.app(id)));
  }

  /** Inside a transaction: the application, which must exist. */
  private async app(id: string): Promise<ApplicationRecord> {
    const app = await this.db.applications.get(id);
    if (!app) throw new ApplicationNotFoundError(id);
    return app;
  }

  /** Inside a transaction: up to `want` attempts start after `after`, in queue order. */
  private async claim(want: number, after: QueuePosition | null): Promise<OutboxRecord[]> {
    const claimed: OutboxRecord[] = [];
    let position = after;
    while (claimed.length < want) {
      const entry = await this.entryAfter(position);
      if (!entry) break;
      position = positionOf(entry);
      const started = await this.begin(await this.app(entry.id), entry);
      if (started) claimed.push(started);
    }
    return claimed;
  }

  /** Inside a transaction: the receipt for `app`'s attempt in flight, `entry` its submission. */
  private async received(
    app: ApplicationRecord,
    entry: OutboxRecord | undefined,
    receipt: Receipt,
    httpStatus: number,
  ): Promise<void> {
    const { id } = app;
    if (receipt.id !== id) throw new Error(`Receipt for ${receipt.id} recorded against ${id}`);
    // Only the attempt in flight gets a receipt this way (reconciliation has its own path).
    if (app.status !== STATUS.sending) {
      throw new IllegalTransitionError(id, app.status, STATUS.submitted);
    }
    await this.write(app, STATUS.submitted, {
      receipt,
      lastAttempt: this.attempt('received', httpStatus),
    });
    await this.moveToSent(entry, receipt);
    await logEvent(this.db, 'receipt_received', this.now(), { app });
  }

  private retryIn(app: ApplicationRecord, outcome: AttemptOutcome, status?: number) {
    return this.write(app, STATUS.queued, { lastAttempt: this.attempt(outcome, status) });
  }

  private async refusedIn(app: ApplicationRecord, problems: ApiProblem[], status: number) {
    await this.write(app, STATUS.needsAttention, {
      problems,
      lastAttempt: this.attempt('refused', status),
    });
    await this.db.outbox.delete(app.id);
  }

  /** One transaction over what a status change touches, reading applications as stored. */
  private rw<T>(body: () => Promise<T>): Promise<T> {
    return withReopen(this.db, () =>
      this.db.transaction(
        'rw',
        [this.db.applications, this.db.outbox, this.db.sent, this.db.audit],
        async () => {
          // Status, attempts and receipt only: the personal part stays sealed as it is.
          readMetadataOnly();
          return body();
        },
      ),
    );
  }
}
