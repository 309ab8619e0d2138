import type { Submission } from '../schema/submission';
import type { OutboxRepo, QueuePosition } from '../store/outbox';
import type { RetryReason, SendOutcome } from './transport';

/**
 * Applications in flight at once, once the exchange has answered one. One at a time, a drain waits
 * out every round trip and every transaction in turn: 1,000 took 45–75 s on the bench machine
 * (npm run bench -- drain, issue 8). Each application still has one attempt in flight at most
 * (DESIGN.md §3), and there is still one sender per device (the outbox lock).
 */
export const SEND_WINDOW = 4;

/**
 * Retryable failures in a row (no receipt or refusal between them) that end a pass: the network or
 * the exchange is down. One fault among answers (a 500, a dropped connection) leaves its application
 * queued for the next pass and the others go on: with 10% of requests faulted, ending the pass at
 * each one made a drain of 1,000 wait out a hundred backoffs (over 200 s).
 */
export const FAILURES_TO_STOP = 3;

export interface DrainDeps {
  outbox: OutboxRepo;
  send: (submission: Submission) => Promise<SendOutcome>;
  /** Applications in flight at once (SEND_WINDOW). */
  window?: number;
}

/** How a pass over the outbox ended. */
export type DrainResult =
  | { kind: 'empty'; sent: number; refused: number }
  | { kind: 'retry'; sent: number; refused: number; reason: RetryReason; retryAfterMs?: number }
  | { kind: 'unauthorized'; sent: number; refused: number };

type Retry = { reason: RetryReason; retryAfterMs?: number };

/**
 * One pass: send the waiting applications oldest first, each once, until the end of the queue or
 * until the exchange says to stop. The first request goes alone (a dead network costs one request,
 * not one per record); once the exchange has answered, up to `window` are in flight.
 *
 * - A refusal (422) sets that application aside; the pass goes on.
 * - A 401 ends the pass: no token is good, the queue waits for sign-in.
 * - The exchange's "wait" (429, or a Retry-After) ends the pass: it applies to every request.
 * - Any other retryable failure leaves that application queued (tried again at the next pass) and
 *   ends the pass only before any answer, or after FAILURES_TO_STOP in a row.
 *
 * Call it only while holding the outbox lock (see tab-lock.ts).
 */
export async function drainOutbox({
  outbox,
  send,
  window = SEND_WINDOW,
}: DrainDeps): Promise<DrainResult> {
  let sent = 0;
  let refused = 0;
  let position: QueuePosition | null = null;
  let failuresInRow = 0;
  let retry: Retry | null = null;
  /** Why no more claims are taken: a 401, the exchange's wait, or a storage error. */
  let stop: 'unauthorized' | 'wait' | 'error' | null = null;

  // Claims are taken one after another (each is one transaction that moves the position on).
  let claims: Promise<unknown> = Promise.resolve();
  const claim = () => {
    const next = claims.then(async () => {
      if (stop) return null;
      const claimed = await outbox.claimNext(position);
      if (claimed) position = claimed.position;
      return claimed?.entry ?? null;
    });
    claims = next.catch(() => undefined);
    return next;
  };

  // The other lanes open with the exchange's first answer, or when the first lane ends.
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });

  const lane = async () => {
    try {
      await sendEach();
    } catch (error) {
      stop = 'error'; // the other lanes finish what is in flight and take no more
      throw error;
    }
  };
  const sendEach = async () => {
    for (;;) {
      const entry = await claim();
      if (!entry) return;
      const outcome = await send(entry.submission);
      switch (outcome.kind) {
        case 'receipt':
          await outbox.recordReceipt(entry.id, outcome.receipt, outcome.status);
          sent += 1;
          failuresInRow = 0;
          open();
          break;
        case 'refused':
          await outbox.recordRefusal(entry.id, outcome.problems, outcome.status);
          refused += 1;
          failuresInRow = 0;
          open();
          break;
        case 'unauthorized':
          stop = 'unauthorized';
          await outbox.recordRetry(entry.id, 'unauthorized', outcome.status);
          return;
        case 'retry': {
          failuresInRow += 1;
          const serverSaysWait =
            outcome.retryAfterMs !== undefined || outcome.reason === 'rate_limited';
          const answered = sent + refused > 0;
          if (serverSaysWait || !answered || failuresInRow >= FAILURES_TO_STOP) stop ??= 'wait';
          retry = laterOf(retry, outcome);
          await outbox.recordRetry(entry.id, outcome.reason, outcome.status);
          break;
        }
      }
    }
  };

  const first = lane().finally(open);
  const others = Array.from({ length: Math.max(0, window - 1) }, async () => {
    await opened;
    return lane();
  });
  const settled = await Promise.allSettled([first, ...others]);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;

  if (stop === 'unauthorized') return { kind: 'unauthorized', sent, refused };
  if (retry) return { kind: 'retry', sent, refused, ...(retry as Retry) };
  return { kind: 'empty', sent, refused };
}

/** Of two failures, the one to report: the exchange's own wait first, then the longer one. */
function laterOf(current: Retry | null, outcome: Retry): Retry {
  const next: Retry =
    outcome.retryAfterMs === undefined
      ? { reason: outcome.reason }
      : { reason: outcome.reason, retryAfterMs: outcome.retryAfterMs };
  if (!current) return next;
  if (next.retryAfterMs === undefined) return current.retryAfterMs === undefined ? next : current;
  if (current.retryAfterMs === undefined) return next;
  return next.retryAfterMs >= current.retryAfterMs ? next : current;
}
