import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../log';
import type { AppEnv } from './env';

/**
 * One log line per API request: method, route pattern, status, duration, request id and, when
 * signed in, the account id. Never the path's values, the query, headers or the body (log.ts).
 * The request id is returned as X-Request-Id, so a support call can find its line.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomBytes(8).toString('hex');
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    const assister = c.get('assister');
    logger.log(c.res.status >= 500 ? 'error' : 'info', 'request', {
      requestId,
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(assister ? { assisterId: assister.assisterId } : {}),
    });
  };
}
