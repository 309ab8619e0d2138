import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../../src/schema/session';
import type { Db } from '../db/client';
import { findSessionOwner } from '../db/sessions';
import type { AppEnv } from '../http/env';
import { API_ERROR, problem } from '../http/problems';
import { tokenHash } from './tokens';

const BEARER = /^Bearer ([A-Za-z0-9_-]{43})$/;

/** The bearer token of a request, or null (absent or not shaped like one of ours). */
export function bearerToken(header: string | undefined): string | null {
  return BEARER.exec(header?.trim() ?? '')?.[1] ?? null;
}

/**
 * 401 unless the request carries a live token (`Authorization: Bearer …`). The 401 carries
 * `WWW-Authenticate: Bearer` (RFC 6750).
 */
export function requireSession(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    const owner = token ? await findSessionOwner(db, tokenHash(token)) : null;
    if (!owner) {
      c.header('WWW-Authenticate', token ? 'Bearer error="invalid_token"' : 'Bearer');
      return problem(c, 401, API_ERROR.unauthorized, 'Sign in: this needs a valid session token');
    }
    c.set('assister', owner);
    return next();
  };
}

/** 403 for a signed-in account without `role` (after requireSession). */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('assister').role !== role) {
      return problem(c, 403, API_ERROR.forbidden, `This needs a ${role} account`);
    }
    return next();
  };
}
