import type { Context } from 'hono';
import { DEVICE_ID_HEADER, DEVICE_ID_PATTERN } from '../../../src/schema/http';
import { API_ERROR, problem } from './problems';

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

/**
 * For a route where the device id is optional (intake, audit events, authorizations): the id or
 * null when absent, or the 400 answer to send when the header is there but not a UUID.
 */
export function optionalDeviceId(
  c: Context,
): { ok: true; deviceId: string | null } | { ok: false; response: Response } {
  const device = deviceIdOf(c);
  if (device.kind === 'invalid') {
    return {
      ok: false,
      response: problem(c, 400, API_ERROR.deviceIdInvalid, `${DEVICE_ID_HEADER} must be a UUID`),
    };
  }
  return { ok: true, deviceId: device.kind === 'ok' ? device.deviceId : null };
}
