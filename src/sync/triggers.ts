import { DRAIN_MESSAGE, SYNC_TAG } from './messages';
import type { OutboxSender } from './sender';

/**
 * How often the page checks whether the exchange answers while applications wait. Catches a
 * server that came back while the network never dropped (no `online` event; enketo #1180) long
 * before a 5-minute backoff would. One small GET per tablet every 20 s, only while something waits.
 */
export const PROBE_INTERVAL_MS = 20_000;

export interface ProbeDeps {
  /** How many applications wait; the probe runs only when some do. */
  waiting: () => Promise<number>;
  /** Whether the exchange answers right now (exchange.ts probeExchange). */
  probe: () => Promise<boolean>;
  intervalMs?: number;
}

/**
 * Wires the page's triggers (DESIGN.md §4): start, `online`, the page becoming visible, and a
 * periodic probe while the queue is not empty (messages from the service worker are wired in
 * sw-bridge). Foreground triggers must be enough on their own, because Safari and Firefox have no
 * Background Sync. Returns a function that unwires them.
 */
export function attachPageTriggers(
  sender: OutboxSender,
  win: Window,
  probe?: ProbeDeps,
): () => void {
  const onOnline = () => void sender.request('online');
  const onVisible = () => {
    if (win.document.visibilityState === 'visible') void sender.request('visible');
  };
  win.addEventListener('online', onOnline);
  win.document.addEventListener('visibilitychange', onVisible);
  const timer = probe
    ? setInterval(() => void probeOnce(sender, probe), probe.intervalMs ?? PROBE_INTERVAL_MS)
    : null;
  void sender.request('start');
  return () => {
    win.removeEventListener('online', onOnline);
    win.document.removeEventListener('visibilitychange', onVisible);
    if (timer !== null) clearInterval(timer);
  };
}

/** One probe tick: if something waits and the exchange answers, a pass now (backoff forgotten). */
export async function probeOnce(sender: OutboxSender, deps: ProbeDeps): Promise<boolean> {
  const { state } = sender.current;
  if (state === 'sending' || state === 'paused') return false;
  try {
    if ((await deps.waiting()) === 0 || !(await deps.probe())) return false;
  } catch {
    return false;
  }
  await sender.request('probe');
  return true;
}

/**
 * Hands the queue to the service worker too, so that a queued application is sent even if this
 * tab is closed: a Background Sync registration where the browser has one (Chromium wakes the
 * worker once a network is back), else a message asking the worker to drain now. Either way the
 * page's own triggers keep working, and the outbox lock keeps the two from sending at once.
 */
export async function requestWorkerDrain(): Promise<'sync' | 'message' | 'none'> {
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  // No worker controls the page (first visit, tests): `ready` would never resolve.
  if (!sw?.controller) return 'none';
  try {
    const reg = (await sw.ready) as ServiceWorkerRegistration & {
      sync?: { register(tag: string): Promise<void> };
    };
    if (reg.sync) {
      await reg.sync.register(SYNC_TAG);
      return 'sync';
    }
  } catch {
    // Background Sync refused (permissions, private mode): fall back to asking directly.
  }
  sw.controller.postMessage({ type: DRAIN_MESSAGE });
  return 'message';
}
