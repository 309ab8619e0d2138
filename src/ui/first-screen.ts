import { useLayoutEffect } from 'preact/hooks';

/**
 * When the first screen is painted: what the composition root (main.tsx) waits for before it
 * starts the work no first screen needs (the sender's first pass, the exchange's configuration,
 * the service worker's registration). On a 4× slower CPU that work, run while the lock screen was
 * still reading the store, delayed it by tens of milliseconds (issue 8, the warm start).
 */

/**
 * A screen that never says it is shown (an eligibility check opened first, a load problem) lets the
 * work start after this long anyway: it only has to wait, never to be forgotten.
 */
export const FIRST_SCREEN_FALLBACK_MS = 1500;

let shown: () => void = () => {};
const painted = new Promise<void>((ok) => {
  shown = ok;
});

/** Resolves once a first screen is painted, or after FIRST_SCREEN_FALLBACK_MS. */
export function firstScreenPainted(fallbackMs = FIRST_SCREEN_FALLBACK_MS): Promise<void> {
  return Promise.race([painted, new Promise<void>((ok) => setTimeout(ok, fallbackMs))]);
}

/**
 * Says the first screen is painted once `ready` has turned true and its frame is painted: a task
 * queued from requestAnimationFrame runs after that frame. Not an effect: Preact runs those after
 * 35 ms when no frame comes sooner, which on a busy tablet is before the paint.
 */
export function useFirstScreenPainted(ready: boolean): void {
  useLayoutEffect(() => {
    if (ready) requestAnimationFrame(() => setTimeout(shown, 0));
  }, [ready]);
}
