import { SKIP_WAITING_MESSAGE } from '../sw/messages';

/**
 * Where an update stands: none waits; one waits for the assister ('offered'); the assister agreed
 * and the waiting worker was told to take over ('applying'); no takeover after SLOW_UPDATE_MS
 * ('slow'); the new version controls the page, which must reload onto it ('activated').
 */
export type UpdatePhase = 'none' | 'offered' | 'applying' | 'slow' | 'activated';
let waiting: ServiceWorker | null = null;
let phase: UpdatePhase = 'none';
const listeners = new Set<(phase: UpdatePhase) => void>();

/**
 * How long a takeover may take before the banner says it will finish later. Chromium holds it
 * while the old worker has work, and a worker it started ahead of a likely navigation (a link
 * under the pointer) counts, for up to five minutes (fault row 15, stop 13's note).
 */
export const SLOW_UPDATE_MS = 8000;

function setPhase(next: UpdatePhase): void {
  phase = next;
  for (const listener of listeners) listener(phase);
}

/** A new version of the app is installed and waits (sw-bridge.ts tells us); null: none does. */
export function setWaitingWorker(worker: ServiceWorker | null): void {
  waiting = worker;
  setPhase(worker ? (phase === 'none' ? 'offered' : phase) : 'none');
}

/** Where an update stands. Calls back now and on every change. */
export function onUpdatePhase(listener: (phase: UpdatePhase) => void): () => void {
  listeners.add(listener);
  listener(phase);
  return () => listeners.delete(listener);
}

/**
 * The assister agreed to reload: the waiting worker is told to take over. Once it controls the
 * page the phase is 'activated', and the banner reloads the page when no application is open
 * (components/UpdateBanner.tsx): the takeover can come minutes later, after the assister has
 * opened one. (The plugin's own `updateSW` sends a message name our worker does not use.)
 */
export function applyUpdate(
  container: Pick<ServiceWorkerContainer, 'addEventListener'> | undefined = navigator.serviceWorker,
): void {
  if (!waiting || phase !== 'offered') return;
  container?.addEventListener('controllerchange', () => setPhase('activated'), { once: true });
  setPhase('applying');
  setTimeout(() => phase === 'applying' && setPhase('slow'), SLOW_UPDATE_MS);
  waiting.postMessage({ type: SKIP_WAITING_MESSAGE });
}
