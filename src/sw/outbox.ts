import { AssistDb } from '../store/db';
import { createOutboxDrainer, type PassReport } from '../sync/engine';

let drainOnce: ((trigger: 'sync' | 'message') => Promise<PassReport>) | null = null;

/**
 * A pass from the service worker, under the same lock and shared gate as the pages. Rejects when
 * the queue is not empty afterwards, so that Background Sync schedules another `sync` event (the
 * pages' own triggers go on regardless); resolves when the queue is empty. A `sync` event means
 * the network is back: it reconciles first.
 */
export async function drainFromWorker(trigger: 'sync' | 'message'): Promise<void> {
  if (!drainOnce) {
    const drainer = createOutboxDrainer(new AssistDb(), { transport: { baseUrl: '' } });
    drainOnce = (t) => drainer({ trigger: t, reconcile: t === 'sync' });
  }
  const { result } = await drainOnce(trigger);
  if (result.kind !== 'empty') throw new Error(`Outbox not drained: ${result.kind}`);
}
