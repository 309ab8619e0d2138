import { type ApiProblem, apiErrorBody } from '../schema/api-error';
import { type Receipt, receipt } from '../schema/receipt';
import type { Submission } from '../schema/submission';
import { parseRetryAfterMs } from './backoff';

export const APPLICATIONS_PATH = '/api/v1/applications';
/** An attempt that has not answered in 30 s is abandoned; the key makes the retry safe. */
export const SEND_TIMEOUT_MS = 30_000;

export type RetryReason =
  | 'offline'
  | 'timeout'
  | 'server_error'
  | 'rate_limited'
  | 'in_flight'
  | 'bad_receipt';

/** Everything a send can end in. Only `receipt` means the exchange has the application. */
export type SendOutcome =
  | { kind: 'receipt'; receipt: Receipt; status: number }
  | { kind: 'retry'; reason: RetryReason; status?: number; retryAfterMs?: number }
  | { kind: 'refused'; problems: ApiProblem[]; status: number }
  | { kind: 'unauthorized'; status: number };

export interface TransportOptions {
  /** Origin of the exchange API; '' for the page's own origin. */
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
  /** The signed-in assister's bearer token, read at each send (null: send without one → 401). */
  getToken?: () => Promise<string | null>;
}

/** POSTs one submission with its Idempotency-Key and classifies the answer. Never throws. */
export async function sendSubmission(
  sub: Submission,
  opts: TransportOptions,
): Promise<SendOutcome> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const now = opts.now ?? Date.now;
  let token: string | null = null;
  try {
    token = (await opts.getToken?.()) ?? null;
  } catch {
    // The device's storage failed under us: as good as no connection; try again later.
    return { kind: 'retry', reason: 'offline' };
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), opts.timeoutMs ?? SEND_TIMEOUT_MS);
  let response: Response;
  try {
    response = await doFetch(`${opts.baseUrl}${APPLICATIONS_PATH}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': sub.id,
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(sub),
      signal: abort.signal,
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch {
    clearTimeout(timer);
    return { kind: 'retry', reason: abort.signal.aborted ? 'timeout' : 'offline' };
  }
  try {
    return await classify(response, sub.id, now());
  } catch {
    // The body stalled or broke after the headers: as good as a timeout.
    return { kind: 'retry', reason: abort.signal.aborted ? 'timeout' : 'offline' };
  } finally {
    clearTimeout(timer);
  }
}

async function classify(response: Response, id: string, nowMs: number): Promise<SendOutcome> {
  const { status } = response;
  if (status === 200 || status === 201) {
    // A captive portal answers 200 with HTML: only a JSON receipt for this id is a receipt.
    const parsed = receipt.safeParse(await readJson(response));
    if (!parsed.success || parsed.data.id !== id) {
      return { kind: 'retry', reason: 'bad_receipt', status };
    }
    return { kind: 'receipt', receipt: parsed.data, status };
  }
  if (status === 401) return { kind: 'unauthorized', status };
  if (status === 409) return { kind: 'retry', reason: 'in_flight', status };
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfterMs(response.headers.get('Retry-After'), nowMs);
    return retryAfterMs === null
      ? { kind: 'retry', reason: 'rate_limited', status }
      : { kind: 'retry', reason: 'rate_limited', status, retryAfterMs };
  }
  if (status >= 500 || status === 408) return { kind: 'retry', reason: 'server_error', status };
  // Any other 4xx: the exchange will not take this content as it is. A person must look.
  const body = apiErrorBody.safeParse(await readJson(response));
  const problems = body.success
    ? body.data.errors
    : [{ code: `http_${status}`, message: response.statusText || `HTTP ${status}` }];
  return { kind: 'refused', problems, status };
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('application/json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
