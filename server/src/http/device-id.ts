import type { Context } from 'hono';
import { DEVICE_ID_HEADER, DEVICE_ID_PATTERN } from '../../../src/schema/http';

/**
 * The request's device id (the header every device sends, src/schema/http.ts): `absent`,
 * `invalid` (present but not a UUID), or the id in lower case (UUIDs compare case-insensitively;
 * the database keeps one spelling).
 */
export function deviceIdOf(
  c: Context,
): { kind: 'absent' } | { kind: 'invalid' } | { kind: 'ok'; deviceId: string } {
  const raw = c.req.header(DEVICE_ID_HEADER)?.trim();
  if (!raw) return { kind: 'absent' };
  if (!DEVICE_ID_PATTERN.test(raw)) return { kind: 'invalid' };
  return { kind: 'ok', deviceId: raw.toLowerCase() };
}
