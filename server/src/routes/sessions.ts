import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { problemsFromIssues } from '../../../src/schema/api-error';
import { signInRequest } from '../../../src/schema/session';
import type { RateLimiter } from '../auth/rate-limit';
import { bearerToken, requireSession } from '../auth/require-session';
import { signIn } from '../auth/sign-in';
import { tokenHash } from '../auth/tokens';
import type { Db } from '../db/client';
import { revokeSession } from '../db/sessions';
import { readJsonBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { API_ERROR, problem, problems } from '../http/problems';
import type { Logger } from '../log';

export interface SessionDeps {
  db: Db;
  logger: Logger;
  limiter: RateLimiter;
  sessionTtlSeconds: number;
  trustProxy: boolean;
}

/** The client's address for rate limiting only (never logged): the socket's, or the proxy's word. */
function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in unit tests has no socket
  }
}

/** `POST /api/v1/sessions` (sign in) and `DELETE /api/v1/sessions/current` (sign out). */
export function sessionRoutes(deps: SessionDeps) {
  const routes = new Hono<AppEnv>();
  const { db, logger } = deps;

  routes.post('/', async (c) => {
    const waitMs = deps.limiter.take(clientAddress(c, deps.trustProxy));
    if (waitMs > 0) {
      c.header('Retry-After', String(Math.ceil(waitMs / 1000)));
      return problem(
        c,
        429,
        API_ERROR.rateLimited,
        'Too many sign-in attempts from here: wait, then try again',
      );
    }
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const request = signInRequest.safeParse(body.value);
    if (!request.success) return problems(c, 422, problemsFromIssues(request.error.issues));

    const result = await signIn(db, { ...request.data, ttlSeconds: deps.sessionTtlSeconds });
    const requestId = c.get('requestId');
    switch (result.kind) {
      case 'ok':
        logger.log('info', 'sign_in', { requestId, outcome: 'ok', assisterId: result.assisterId });
        return c.json(result.session, 201);
      case 'failed':
        logger.log('warn', 'sign_in', { requestId, outcome: 'failed' });
        return problem(c, 401, API_ERROR.signInFailed, 'The name or the password is not right');
      case 'locked': {
        logger.log('warn', 'sign_in', { requestId, outcome: 'locked' });
        const seconds = Math.max(1, Math.ceil((result.until.getTime() - Date.now()) / 1000));
        c.header('Retry-After', String(seconds));
        return problem(
          c,
          429,
          API_ERROR.signInLocked,
          `Too many failed sign-ins: this account is locked until ${result.until.toISOString()}`,
        );
      }
    }
  });

  // Sign out: the token presented stops working at once, on every server sharing the database.
  routes.delete('/current', requireSession(db), async (c) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (token) await revokeSession(db, tokenHash(token));
    logger.log('info', 'sign_out', {
      requestId: c.get('requestId'),
      assisterId: c.get('assister').assisterId,
    });
    return c.body(null, 204);
  });

  return routes;
}
