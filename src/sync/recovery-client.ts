import { recoveryKeyResponse } from '../schema/recovery-key';

export const RECOVERY_KEYS_PATH = '/api/v1/recovery-keys';

/** How a recovery-key request ended. `stale`: the sign-in is too old; sign in again. */
export type RecoveryKeyOutcome =
  | { kind: 'ok'; recoveryKey: string }
  | { kind: 'stale' }
  | { kind: 'unauthorized' }
  | { kind: 'offline' }
  | { kind: 'error'; status: number };

/**
 * `POST /api/v1/recovery-keys` with the device id: the signed-in assister's recovery key for this
 * device (docs/security.md). Never throws. The key is handed to the vault and dropped; it is never
 * stored or logged.
 */
export async function requestRecoveryKey(
  token: string,
  deviceId: string,
  opts: { baseUrl: string; fetch?: typeof fetch },
): Promise<RecoveryKeyOutcome> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(`${opts.baseUrl}${RECOVERY_KEYS_PATH}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'X-Device-Id': deviceId },
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch {
    return { kind: 'offline' };
  }
  if (response.status === 200 || response.status === 201) {
    const parsed = recoveryKeyResponse.safeParse(await response.json().catch(() => undefined));
    return parsed.success
      ? { kind: 'ok', recoveryKey: parsed.data.recoveryKey }
      : { kind: 'error', status: response.status };
  }
  if (response.status === 401) {
    const body = (await response.json().catch(() => undefined)) as
      | { errors?: { code?: string }[] }
      | undefined;
    const stale = body?.errors?.some((e) => e.code === 'sign_in_not_fresh');
    return stale ? { kind: 'stale' } : { kind: 'unauthorized' };
  }
  return { kind: 'error', status: response.status };
}
