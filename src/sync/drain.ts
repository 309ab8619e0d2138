import type { Submission } from '../schema/submission';
import type { OutboxRepo } from '../store/outbox';
import type { RetryReason, SendOutcome } from './transport';

export interface DrainDeps {
  outbox: OutboxRepo;
  send: (submission: Submission) => Promise<SendOutcome>;
}

/** How a pass over the outbox ended. */
export type DrainResult =
  | { kind: 'empty'; sent: number; refused: number }
  | { kind: 'retry'; sent: number; refused: number; reason: RetryReason; retryAfterMs?: number }
  | { kind: 'unauthorized'; sent: number; refused: number };

/**
 * One pass: send waiting applications oldest first until the queue is empty or a failure says the
 * exchange cannot be reached now. A refused application is set aside and the pass goes on; a
 * retryable failure ends the pass, so that a dead network costs one request, not one per record.
 * Call it only while holding the outbox lock (see tab-lock.ts).
 */
export async function drainOutbox({ outbox, send }: DrainDeps): Promise<DrainResult> {
  let sent = 0;
  let refused = 0;
  const tried = new Set<string>();
  for (;;) {
    const next = await outbox.oldest(tried);
    if (!next) return { kind: 'empty', sent, refused };
    tried.add(next.id);
    const entry = await outbox.beginAttempt(next.id);
    if (!entry) continue;
    const outcome = await send(entry.submission);
    switch (outcome.kind) {
      case 'receipt':
        await outbox.recordReceipt(entry.id, outcome.receipt, outcome.status);
        sent += 1;
        break;
      case 'refused':
        await outbox.recordRefusal(entry.id, outcome.problems, outcome.status);
        refused += 1;
        break;
      case 'unauthorized':
        await outbox.recordRetry(entry.id, 'unauthorized', outcome.status);
        return { kind: 'unauthorized', sent, refused };
      case 'retry': {
        await outbox.recordRetry(entry.id, outcome.reason, outcome.status);
        const result: DrainResult = { kind: 'retry', sent, refused, reason: outcome.reason };
        if (outcome.retryAfterMs !== undefined) result.retryAfterMs = outcome.retryAfterMs;
        return result;
      }
    }
  }
}
