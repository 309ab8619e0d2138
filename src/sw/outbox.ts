import { AssistDb } from '../store/db';
import { createOutboxDrainer } from '../sync/engine';

let drainer: (() => Promise<void>) | null = null;

/**
 * A drain pass from the service worker. Rejects when the exchange could not be reached, so that
 * Background Sync schedules another `sync` event; resolves when the queue is empty.
 */
export function drainFromWorker(): Promise<void> {
  if (!drainer) {
    const drainOnce = createOutboxDrainer(new AssistDb(), { baseUrl: '' });
    drainer = async () => {
      const result = await drainOnce();
      if (result.kind !== 'empty') throw new Error(`Outbox not drained: ${result.kind}`);
    };
  }
  return drainer();
}
