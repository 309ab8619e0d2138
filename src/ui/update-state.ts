import { SKIP_WAITING_MESSAGE } from '../sw/messages';

type Listener = (ready: boolean) => void;
let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();

/**
 * Where an accepted update stands: not asked yet; asked (the waiting worker was told to take over);
 * slow (no takeover after SLOW_UPDATE_MS); taken over (the page must reload onto the new version).
 */
export type UpdatePhase = 'offered' | 'applying' | 'slow' | 'activated';
let phase: UpdatePhase = 'offered';
const phaseListeners = new Set<(phase: UpdatePhase) => void>();

/**
 * How long a takeover may take before the banner says it will finish later. Normally it takes
 * well under a second; Chromium holds it while the old worker has work, and a worker it started
 * ahead of a likely navigation (a link under the pointer) counts, for up to five minutes (fault
 * row 15, stop 13's note).
 */
export const SLOW_UPDATE_MS = 8000;

/** A new version of the app is installed and waits (sw-bridge.ts tells us). */
export function setWaitingWorker(worker: ServiceWorker | null): void {
  waiting = worker;
  for (const listener of listeners) listener(waiting !== null);
}

/** Is a new version waiting? Calls back now and on every change. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  listener(waiting !== null);
  return () => listeners.delete(listener);
}

/** Where the accepted update stands. Calls back now and on every change. */
export function onUpdatePhase(listener: (phase: UpdatePhase) => void): () => void {
  phaseListeners.add(listener);
  listener(phase);
  return () => phaseListeners.delete(listener);
}

function setPhase(next: UpdatePhase): void {
  phase = next;
  for (const listener of phaseListeners) listener(phase);
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
  setTimeout(() => {
    if (phase === 'applying') setPhase('slow');
  }, SLOW_UPDATE_MS);
  waiting.postMessage({ type: SKIP_WAITING_MESSAGE });
}

/** Back to no update accepted (tests). */
export function resetUpdatePhase(): void {
  setPhase('offered');
}
