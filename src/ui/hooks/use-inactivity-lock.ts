import { useEffect } from 'preact/hooks';
import { inactivityLockMs } from '../../crypto';
import { useServices } from '../services';

/** What counts as activity: touching, typing, scrolling. Passive listeners, one timer. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/**
 * The deployment's inactivity lock in minutes (VITE_LOCK_AFTER_MINUTES at build time); 15 by
 * default, the CMS limit for mobile devices (security-ux.md S1), never more, at least 1.
 */
export function configuredLockMs(): number {
  const minutes = Number(import.meta.env.VITE_LOCK_AFTER_MINUTES);
  return inactivityLockMs(Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : undefined);
}

/**
 * Locks the app after `ms` without activity while it is unlocked (AC-11). A hidden tab keeps
 * counting: the timer is checked against the clock on return, as timers sleep in the background.
 */
export function useInactivityLock(ms: number = configuredLockMs()): void {
  const { vault } = useServices();
  useEffect(() => {
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      if (vault.state().kind === 'locked') return;
      const idle = Date.now() - last;
      if (idle >= ms) vault.lock('inactivity');
      else timer = setTimeout(check, ms - idle);
    };
    const arm = () => {
      clearTimeout(timer);
      if (vault.state().kind === 'unlocked') timer = setTimeout(check, ms - (Date.now() - last));
    };
    const onActivity = () => {
      last = Date.now();
      arm();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, onActivity, { passive: true, capture: true });
    }
    document.addEventListener('visibilitychange', onVisible);
    const unsubscribe = vault.subscribe(() => {
      last = Date.now();
      arm();
    });
    arm();
    return () => {
      clearTimeout(timer);
      unsubscribe();
      for (const type of ACTIVITY_EVENTS) {
        window.removeEventListener(type, onActivity, { capture: true });
      }
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [vault, ms]);
}
