import { type Session, session } from '../schema/session';

export const SESSIONS_PATH = '/api/v1/sessions';

/** How a sign-in ended, for the sign-in screen to say in words. */
export type SignInOutcome =
  | { kind: 'ok'; session: Session }
  | { kind: 'failed' }
  | { kind: 'locked'; retryAfterMs: number | null }
  | { kind: 'rate_limited'; retryAfterMs: number | null }
  | { kind: 'offline' }
  | { kind: 'error'; status: number };

export interface SessionClientOptions {
  baseUrl: string;
  fetch?: typeof fetch;
}

/** `POST /api/v1/sessions`. Never throws; only a JSON body that parses as a session is a session. */
export async function requestSession(
  name: string,
  password: string,
  opts: SessionClientOptions,
): Promise<SignInOutcome> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(`${opts.baseUrl}${SESSIONS_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password }),
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch {
    return { kind: 'offline' };
  }
  // Seconds, as the exchange sends it; not capped like the outbox's backoff: a lock lasts an hour.
  const retryAfter = response.headers.get('Retry-After') ?? '';
  const retryAfterMs = /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : null;
  if (response.status === 201) {
    const parsed = session.safeParse(await response.json().catch(() => undefined));
    return parsed.success ? { kind: 'ok', session: parsed.data } : { kind: 'error', status: 201 };
  }
  if (response.status === 401) return { kind: 'failed' };
  if (response.status === 429) {
    const body = (await response.json().catch(() => undefined)) as
      | { errors?: { code?: string }[] }
      | undefined;
    const locked = body?.errors?.some((e) => e.code === 'sign_in_locked');
    return { kind: locked ? 'locked' : 'rate_limited', retryAfterMs };
  }
  return { kind: 'error', status: response.status };
}

/** `DELETE /api/v1/sessions/current`: best effort (offline, the token simply expires later). */
export async function revokeSession(token: string, opts: SessionClientOptions): Promise<void> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    await doFetch(`${opts.baseUrl}${SESSIONS_PATH}/current`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch {
    // No connection: the token is forgotten on the device; the server lets it expire.
  }
}
