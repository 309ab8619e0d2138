/**
 * A per-client limit on sign-in attempts, in memory (one process; the lockout in the database is
 * what holds across processes and restarts). It slows a password sprayer who tries many names
 * from one address, which the per-name lockout alone does not. Generous enough for a room of
 * assisters behind one event's Wi-Fi signing in at the start of the day.
 */
export const SIGN_IN_ATTEMPTS_PER_WINDOW = 30;
export const SIGN_IN_RATE_WINDOW_MS = 15 * 60 * 1000;
/** Above this many tracked clients, forget the oldest: bounded memory under a flood of addresses. */
const MAX_TRACKED_CLIENTS = 10_000;

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number = SIGN_IN_ATTEMPTS_PER_WINDOW,
    private readonly windowMs: number = SIGN_IN_RATE_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt by `client`; returns how long to wait (ms) when over the limit, else 0. */
  take(client: string): number {
    const now = this.now();
    const recent = (this.hits.get(client) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(client, recent);
      return (recent[0] ?? now) + this.windowMs - now;
    }
    recent.push(now);
    this.hits.delete(client);
    this.hits.set(client, recent);
    if (this.hits.size > MAX_TRACKED_CLIENTS) {
      const oldest = this.hits.keys().next().value;
      if (oldest !== undefined) this.hits.delete(oldest);
    }
    return 0;
  }
}
