import type { Context } from 'hono';
import { RECOVERY_DEVICE_ID_PATTERN } from '../../../src/schema/recovery-key';

/** The header every device sends (the sync track's DEVICE_ID_HEADER, src/schema/http.ts). */
export const DEVICE_ID_HEADER_NAME = 'X-Device-Id';

/**
 * The request's device id: `absent`, `invalid` (present but not a UUID), or the id in lower case
 * (UUIDs compare case-insensitively; the database keeps one spelling).
 */
export function deviceIdOf(
  c: Context,
): { kind: 'absent' } | { kind: 'invalid' } | { kind: 'ok'; deviceId: string } {
  const raw = c.req.header(DEVICE_ID_HEADER_NAME)?.trim();
  if (!raw) return { kind: 'absent' };
  if (!RECOVERY_DEVICE_ID_PATTERN.test(raw)) return { kind: 'invalid' };
  return { kind: 'ok', deviceId: raw.toLowerCase() };
}
