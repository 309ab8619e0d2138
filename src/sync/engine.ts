import type { AssistDb } from '../store/db';
import { OutboxRepo } from '../store/outbox';
import { SessionRepo } from '../store/session';
import { type DrainResult, drainOutbox } from './drain';
import { withOutboxLock } from './tab-lock';
import { sendSubmission, type TransportOptions } from './transport';

/**
 * One drain pass as any context runs it (page or service worker): take the outbox lock, return
 * attempts that a dead context left `sending` to the queue (safe: whoever holds the lock is the
 * only sender), then send, with the signed-in assister's token read from the store at each send.
 */
export function createOutboxDrainer(
  db: AssistDb,
  transport: TransportOptions,
): () => Promise<DrainResult> {
  const outbox = new OutboxRepo(db);
  const sessions = new SessionRepo(db);
  const options: TransportOptions = { getToken: () => sessions.token(), ...transport };
  return () =>
    withOutboxLock(async () => {
      await outbox.recoverInterrupted();
      return drainOutbox({ outbox, send: (s) => sendSubmission(s, options) });
    });
}
