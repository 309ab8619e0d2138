import { type ExchangeConfig, exchangeConfig } from '../schema/config';

export const CONFIG_PATH = '/api/v1/config';

/** `GET /api/v1/config` (public). Null when offline or when the answer is not a configuration. */
export async function fetchExchangeConfig(opts: {
  baseUrl: string;
  fetch?: typeof fetch;
}): Promise<ExchangeConfig | null> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await doFetch(`${opts.baseUrl}${CONFIG_PATH}`, { cache: 'no-store' });
    if (!response.ok) return null;
    const parsed = exchangeConfig.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
