import type { MiddlewareHandler } from 'hono';
import { API_ERROR, problem } from './problems';

/** What a client that met a stopping server should wait before it tries again. */
const RETRY_AFTER_STOPPING_S = 5;

/**
 * Graceful shutdown: counts the requests in progress, and once `drain()` is called answers new
 * ones 503 with Retry-After (a client's outbox waits and retries; nothing is lost) while the ones
 * already in progress finish. `idle()` resolves when none is left.
 */
export class Lifecycle {
  private state: 'serving' | 'draining' = 'serving';
  private active = 0;
  private waiters: (() => void)[] = [];

  get draining(): boolean {
    return this.state === 'draining';
  }

  get inFlight(): number {
    return this.active;
  }

  drain(): void {
    this.state = 'draining';
  }

  idle(): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((ok) => this.waiters.push(ok));
  }

  middleware(): MiddlewareHandler {
    return async (c, next) => {
      if (this.state === 'draining') {
        c.header('Retry-After', String(RETRY_AFTER_STOPPING_S));
        c.header('Connection', 'close');
        return problem(
          c,
          503,
          API_ERROR.shuttingDown,
          'The exchange is restarting: try again shortly',
        );
      }
      this.active += 1;
      try {
        await next();
        // Answered while stopping: no keep-alive, so the connection closes once this is written.
        if (this.draining) c.res.headers.set('Connection', 'close');
        return undefined;
      } finally {
        this.active -= 1;
        if (this.active === 0) for (const ok of this.waiters.splice(0)) ok();
      }
    };
  }
}
