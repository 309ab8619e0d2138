/**
 * HTTP names shared by the app, its service worker and the exchange API. Header names are
 * case-insensitive on the wire; these spellings are the ones we send.
 */

/** Every API request carries the device's random id (a UUID kept in IndexedDB). */
export const DEVICE_ID_HEADER = 'X-Device-Id';
/** The application id: one row per key on the exchange (DESIGN.md §4). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** How long the exchange asks a client to wait, in seconds or as an HTTP-date (RFC 9110). */
export const RETRY_AFTER_HEADER = 'Retry-After';

export const API_PATHS = {
  applications: '/api/v1/applications',
  receipts: '/api/v1/receipts',
  health: '/api/v1/health',
  auditEvents: '/api/v1/audit-events',
  authorizations: '/api/v1/authorizations',
} as const;

/** A device id as the exchange accepts it: a UUID, lower or upper case. */
export const DEVICE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `Authorization: Bearer <token>` when a token is given (the sign-in track issues them). */
export function authorizationHeader(token: string | null | undefined): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}
