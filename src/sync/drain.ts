import type { Submission } from '../schema/submission';
import { type OutboxRepo, positionOf, type QueuePosition, type Settlement } from '../store/outbox';
import type { OutboxRecord } from '../store/records';
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
 * - "Too many requests" (429) ends the pass: it is about this device's rate, so it applies to
 *   every request.
 * - Any other retryable failure leaves that application queued (tried again at the next pass) and
 *   ends the pass only before any answer, or after FAILURES_TO_STOP in a row. That includes a 503:
 *   one among answers is a request the exchange shed, not an exchange that is down (which answers
 *   every request so, and ends the pass within FAILURES_TO_STOP). Its Retry-After is still kept:
 *   the pass reports the longest, and nothing it left queued is tried again sooner.
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
  let failuresInRow = 0;
  /** Whether the exchange has answered (a receipt or a refusal) in this pass. */
  let answered = false;
  let retry: Retry | null = null;
  /** Why no more claims are taken: a 401, the exchange's wait, or a storage error. */
  let stop: 'unauthorized' | 'wait' | 'error' | null = null;

  // Every lane's step (record what became of its attempt, claim the next) waits here, and every
  // step waiting when a transaction ends goes into the next one together (OutboxRepo.settle).
  // Alone, the steps took one transaction each; now the lanes share one while the store is busy.
  // Steps are written one transaction after another: each moves the queue position on.
  let position: QueuePosition | null = null;
  let waiting: Step[] = [];
  let writing = false;
  const write = async () => {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      const done = batch.flatMap((s) => (s.done ? [s.done] : []));
      const want = stop ? 0 : batch.filter((s) => s.next).length;
      try {
        const claimed = await outbox.settle(done, want, position);
        const last = claimed.at(-1);
        if (last) position = positionOf(last);
        let i = 0;
        for (const s of batch) s.resolve(s.next ? (claimed[i++] ?? null) : null);
      } catch (error) {
        for (const s of batch) s.reject(error);
      }
    }
    writing = false;
  };
  const step = (done: Settlement | null, next: boolean) =>
    new Promise<OutboxRecord | null>((resolve, reject) => {
      waiting.push({ done, next, resolve, reject });
      if (!writing) void write();
    });

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
    let entry = await step(null, true);
    while (entry) {
      const { id } = entry;
      const outcome = await send(entry.submission);
      switch (outcome.kind) {
        case 'receipt':
          answered = true;
          failuresInRow = 0;
          open();
          entry = await step({ ...outcome, kind: 'receipt', entry }, true);
          sent += 1;
          break;
        case 'refused':
          answered = true;
          failuresInRow = 0;
          open();
          entry = await step({ ...outcome, kind: 'refused', id }, true);
          refused += 1;
          break;
        case 'unauthorized':
          stop = 'unauthorized';
          await step({ kind: 'retry', id, outcome: 'unauthorized', status: outcome.status }, false);
          return;
        case 'retry': {
          failuresInRow += 1;
          const tooMany = outcome.status === 429;
          if (tooMany || !answered || failuresInRow >= FAILURES_TO_STOP) stop ??= 'wait';
          retry = laterOf(retry, outcome);
          const { reason, status } = outcome;
          entry = await step(
            status === undefined
              ? { kind: 'retry', id, outcome: reason }
              : { kind: 'retry', id, outcome: reason, status },
            true,
          );
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

/** One lane's step, waiting for the next transaction. */
interface Step {
  /** What became of the lane's attempt; null for its first step. */
  done: Settlement | null;
  /** Whether the lane takes another application. */
  next: boolean;
  resolve: (entry: OutboxRecord | null) => void;
  reject: (error: unknown) => void;
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
