import type { AssistDb } from '../store/db';
import { OutboxRepo } from '../store/outbox';
import { type DrainResult, drainOutbox } from './drain';
import { withOutboxLock } from './tab-lock';
import { sendSubmission, type TransportOptions } from './transport';

/**
 * One drain pass as any context runs it (page or service worker): take the outbox lock, return
 * attempts that a dead context left `sending` to the queue (safe: whoever holds the lock is the
 * only sender), then send.
 */
export function createOutboxDrainer(
  db: AssistDb,
  transport: TransportOptions,
): () => Promise<DrainResult> {
  const outbox = new OutboxRepo(db);
  return () =>
    withOutboxLock(async () => {
      await outbox.recoverInterrupted();
      return drainOutbox({ outbox, send: (s) => sendSubmission(s, transport) });
    });
}
