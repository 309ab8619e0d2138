import type { MiddlewareHandler } from 'hono';

/**
 * The PWA's Content-Security-Policy: everything from this origin, nothing inline, nothing from
 * anywhere else (security-ux.md B1: a name like `<img src=x onerror=…>` that slipped into markup
 * still could not run). `style-src 'self'` too: the app styles through its stylesheet and the
 * CSSOM, never through inline style attributes in HTML. Images may be `data:` (icons).
 */
export const PWA_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

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
