import type { MiddlewareHandler } from 'hono';
import { PWA_CSP } from '../../../src/schema/content-security-policy';

/** The PWA's Content-Security-Policy: the one the page also sets for itself (src/schema). */
export { PWA_CSP };

/** API answers are data, never documents: nothing may load or run in them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** A year: browsers that once reached the exchange over HTTPS keep to HTTPS (ignored over http). */
const HSTS_MAX_AGE_S = 365 * 24 * 60 * 60;

const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Strict-Transport-Security': `max-age=${HSTS_MAX_AGE_S}`,
};

/** Security headers on every answer: the PWA's CSP on pages, a closed one on the API. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(COMMON)) c.res.headers.set(name, value);
    c.res.headers.set(
      'Content-Security-Policy',
      c.req.path.startsWith('/api/') ? API_CSP : PWA_CSP,
    );
  };
}
