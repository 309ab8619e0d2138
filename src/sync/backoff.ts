/** First retry waits up to this long (DESIGN.md §4). */
export const BACKOFF_BASE_MS = 2_000;
/** Each consecutive failure doubles the ceiling. */
export const BACKOFF_FACTOR = 2;
/** Never wait longer than 5 minutes between attempts: Enketo's proven cap (offline-sync.md §5). */
export const BACKOFF_CAP_MS = 5 * 60 * 1000;

/**
 * Full jitter: a uniform delay in [0, min(cap, base·factor^(n−1))] after the n-th consecutive
 * failure, so that tablets coming back online together do not all knock at once.
 */
export function backoffDelayMs(failures: number, random: () => number): number {
  if (failures < 1) return 0;
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * BACKOFF_FACTOR ** (failures - 1));
  return Math.floor(random() * ceiling);
}

/**
 * `Retry-After` as milliseconds from now: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * A date in the past means "now" (0); anything unparseable is ignored (null), and the caller falls
 * back to its own backoff. Capped like our own backoff, so a hostile header cannot stall the queue.
 */
export function parseRetryAfterMs(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, BACKOFF_CAP_MS);
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - nowMs), BACKOFF_CAP_MS);
}
