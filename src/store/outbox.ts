import type { ApiProblem } from '../schema/api-error';
import type { Receipt } from '../schema/receipt';
import { type Clock, systemClock } from './clock';
import type { AssistDb } from './db';
import { ApplicationNotFoundError } from './errors';
import { canMove, IllegalTransitionError } from './lifecycle';
import {
  type ApplicationRecord,
  type ApplicationStatus,
  type AttemptOutcome,
  type LastAttempt,
  type OutboxRecord,
  STATUS,
} from './records';

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
    return this.db.outbox.count();
  }

  /** The oldest waiting submission, skipping the ids given (already tried in this pass). */
  async oldest(skip: ReadonlySet<string> = new Set()): Promise<OutboxRecord | undefined> {
    return this.db.outbox
      .orderBy('queuedSeq')
      .filter((r) => !skip.has(r.id))
      .first();
  }

  /** An attempt starts: the application shows `sending`. Returns null if it is no longer waiting. */
  beginAttempt(id: string): Promise<OutboxRecord | null> {
    return this.tx(id, async (app, entry) => {
      if (!entry) return null;
      // `sending` here is an attempt a dead tab or worker left behind: resend, same key.
      if (app.status !== STATUS.queued && app.status !== STATUS.sending) {
        // An outbox entry for an application that is no longer waiting is stale: drop it.
        await this.db.outbox.delete(id);
        return null;
      }
      await this.write(app, STATUS.sending, { attempts: app.attempts + 1 });
      return entry;
    });
  }

  /** The exchange's receipt arrived: stored in the same transaction that marks it submitted. */
  recordReceipt(id: string, receipt: Receipt, httpStatus: number): Promise<void> {
    return this.tx(id, async (app) => {
      if (receipt.id !== id) throw new Error(`Receipt for ${receipt.id} recorded against ${id}`);
      await this.write(app, STATUS.submitted, {
        receipt,
        lastAttempt: this.attempt('received', httpStatus),
      });
      await this.db.outbox.delete(id);
    });
  }

  /** A retryable failure: back to queued, with the reason shown to the assister. */
  recordRetry(id: string, outcome: AttemptOutcome, httpStatus?: number): Promise<void> {
    return this.tx(id, async (app) => {
      await this.write(app, STATUS.queued, { lastAttempt: this.attempt(outcome, httpStatus) });
    });
  }

  /** The exchange refused the content: this application only needs attention; the queue moves on. */
  recordRefusal(id: string, problems: ApiProblem[], httpStatus: number): Promise<void> {
    return this.tx(id, async (app) => {
      await this.write(app, STATUS.needsAttention, {
        problems,
        lastAttempt: this.attempt('refused', httpStatus),
      });
      await this.db.outbox.delete(id);
    });
  }

  /** Attempts cut short by a reload or a killed worker go back to the queue. */
  async recoverInterrupted(): Promise<number> {
    return this.db.transaction('rw', this.db.applications, async () => {
      const stuck = await this.db.applications.where('status').equals(STATUS.sending).toArray();
      for (const app of stuck) {
        await this.db.applications.put({ ...app, status: STATUS.queued });
      }
      return stuck.length;
    });
  }

  private attempt(outcome: AttemptOutcome, status?: number): LastAttempt {
    const at = this.clock.now().toISOString();
    return status === undefined ? { at, outcome } : { at, outcome, status };
  }

  private async write(
    app: ApplicationRecord,
    to: ApplicationStatus,
    changes: Partial<ApplicationRecord>,
  ): Promise<void> {
    if (app.status !== to && !canMove(app.status, to)) {
      throw new IllegalTransitionError(app.id, app.status, to);
    }
    await this.db.applications.put({
      ...app,
      ...changes,
      status: to,
      updatedAt: this.clock.now().toISOString(),
    });
  }

  private tx<T>(
    id: string,
    body: (app: ApplicationRecord, entry: OutboxRecord | undefined) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction('rw', this.db.applications, this.db.outbox, async () => {
      const app = await this.db.applications.get(id);
      if (!app) throw new ApplicationNotFoundError(id);
      return body(app, await this.db.outbox.get(id));
    });
  }
}
