import { API_PATHS } from '../schema/http';
import { type ReceiptsList, receiptsList } from '../schema/receipts-list';
import {
  classifyFailure,
  type RequestFailure,
  readJson,
  request,
  type TransportOptions,
} from './transport';

/** A health probe that has not answered in 5 s counts as "not reachable". */
export const PROBE_TIMEOUT_MS = 5_000;

export type ReceiptsOutcome = { kind: 'list'; list: ReceiptsList } | RequestFailure;

/**
 * `GET /api/v1/receipts?device=…&since=…`: one page of what the exchange holds from this device.
 * Like a receipt, the list counts only if it is JSON and passes its schema.
 */
export function fetchReceipts(
  query: { device: string; since: string },
  opts: TransportOptions,
): Promise<ReceiptsOutcome> {
  const now = opts.now ?? Date.now;
  const search = new URLSearchParams(query).toString();
  return request(
    `${API_PATHS.receipts}?${search}`,
    { method: 'GET' },
    opts,
    async (response): Promise<ReceiptsOutcome> => {
      const failure = classifyFailure(response, now());
      if (failure) return failure;
      const parsed = receiptsList.safeParse(await readJson(response));
      if (response.status !== 200 || !parsed.success) {
        return { kind: 'retry', reason: 'bad_receipt', status: response.status };
      }
      return { kind: 'list', list: parsed.data };
    },
  );
}

/**
 * Whether the exchange answers right now: `GET /api/v1/health` gives JSON `{status: "ok"}`. A
 * captive portal's 200 HTML is not an answer (Enketo #1140: read the body, not the status).
 */
export async function probeExchange(opts: TransportOptions): Promise<boolean> {
  const outcome = await request(
    API_PATHS.health,
    { method: 'GET' },
    { ...opts, timeoutMs: Math.min(opts.timeoutMs ?? PROBE_TIMEOUT_MS, PROBE_TIMEOUT_MS) },
    async (response) => {
      const body = (await readJson(response)) as { status?: unknown } | undefined;
      return response.ok && body?.status === 'ok';
    },
  );
  return outcome === true;
}
