import { useEffect } from 'preact/hooks';
import { useDraft } from './draft-context';

/** Today on this device as YYYY-MM-DD (the local date, not UTC). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Suggests answers the assister would otherwise type again (today's date, their own ID): saved
 * when the step opens, only into fields still empty, and shown so they can be changed.
 */
export function usePrefill(values: Record<string, string>): void {
  const draft = useDraft();
  useEffect(() => {
    const missing = Object.entries(values).filter(([path, v]) => v && !draft.get(path));
    if (missing.length > 0) draft.setMany(Object.fromEntries(missing));
  }, []);
}
