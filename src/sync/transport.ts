import { type ApiProblem, apiErrorBody } from '../schema/api-error';
import {
  API_PATHS,
  authorizationHeader,
  DEVICE_ID_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  RETRY_AFTER_HEADER,
} from '../schema/http';
import { type Receipt, receipt } from '../schema/receipt';
import type { Submission } from '../schema/submission';
import { parseRetryAfterMs } from './backoff';

export const APPLICATIONS_PATH = API_PATHS.applications;
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

export type Refused = Extract<SendOutcome, { kind: 'refused' }>;

/** A failure every request shares: not a refusal of the content, just "not now". */
export type RequestFailure = Extract<SendOutcome, { kind: 'retry' } | { kind: 'unauthorized' }>;

export interface TransportOptions {
  /** Origin of the exchange API; '' for the page's own origin. */
  baseUrl: string;
  /** This device's id, sent as X-Device-Id on every request. */
  deviceId?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
  /** The signed-in assister's bearer token, read at each send (null: send without one → 401). */
  getToken?: () => Promise<string | null>;
}

/**
 * One API request with the common headers and a timeout. Resolves to the response, or to the
 * failure a thrown fetch means (`offline`, or `timeout` when our own timer aborted it); the
 * timeout also covers reading the body, through `read`.
 */
export async function request<T>(
  path: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
  opts: TransportOptions,
  read: (response: Response) => Promise<T>,
): Promise<T | RequestFailure> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  let token: string | null = null;
  try {
    token = (await opts.getToken?.()) ?? null;
  } catch {
    // The device's storage failed under us: as good as no connection; try again later.
    return { kind: 'retry', reason: 'offline' };
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), opts.timeoutMs ?? SEND_TIMEOUT_MS);
  const headers: Record<string, string> = {
    ...init.headers,
    ...(opts.deviceId ? { [DEVICE_ID_HEADER]: opts.deviceId } : {}),
    ...authorizationHeader(token),
  };
  try {
    const response = await doFetch(`${opts.baseUrl}${path}`, {
      ...init,
      headers,
      signal: abort.signal,
      cache: 'no-store',
      credentials: 'same-origin',
    });
    return await read(response);
  } catch {
    // No answer, or the body stalled or broke after the headers: as good as no answer.
    return { kind: 'retry', reason: abort.signal.aborted ? 'timeout' : 'offline' };
  } finally {
    clearTimeout(timer);
  }
}

/** POSTs one submission with its Idempotency-Key and classifies the answer. Never throws. */
export function sendSubmission(sub: Submission, opts: TransportOptions): Promise<SendOutcome> {
  const now = opts.now ?? Date.now;
  return request(
    APPLICATIONS_PATH,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: sub.id },
      body: JSON.stringify(sub),
    },
    opts,
    (response) => classify(response, sub.id, now()),
  );
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
  return classifyFailure(response, nowMs) ?? refusal(response);
}

/** Any other 4xx: the exchange will not take this content as it is. A person must look. */
export async function refusal(response: Response): Promise<Refused> {
  const { status } = response;
  const body = apiErrorBody.safeParse(await readJson(response));
  const problems = body.success
    ? body.data.errors
    : [{ code: `http_${status}`, message: response.statusText || `HTTP ${status}` }];
  return { kind: 'refused', problems, status };
}

/** The answers that mean "not now" for any request; null for anything else. */
export function classifyFailure(response: Response, nowMs: number): RequestFailure | null {
  const { status } = response;
  if (status === 401) return { kind: 'unauthorized', status };
  if (status === 409) return { kind: 'retry', reason: 'in_flight', status };
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfterMs(response.headers.get(RETRY_AFTER_HEADER), nowMs);
    return retryAfterMs === null
      ? { kind: 'retry', reason: 'rate_limited', status }
      : { kind: 'retry', reason: 'rate_limited', status, retryAfterMs };
  }
  if (status >= 500 || status === 408) return { kind: 'retry', reason: 'server_error', status };
  return null;
}

/** The body as JSON if it says it is JSON; undefined otherwise (a portal's HTML, garbage). */
export async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('application/json')) return undefined;
  try {
    return await response.json();
  } catch (error) {
    // Our timeout cut the body short: a timeout, not a malformed answer.
    if ((error as { name?: string } | null)?.name === 'AbortError') throw error;
    return undefined;
  }
}
