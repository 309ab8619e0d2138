import { loadPacks } from '../../../rule-packs/load-pack';
import type { RulePack } from '../../../rule-packs/pack-schema';

/**
 * The rule packs, as files: each JSON pack is emitted as its own asset (never inlined into the
 * JavaScript, `no-inline`), so it is not part of the app's JavaScript budget, and the service
 * worker precaches it with the app shell (vite.config.ts: `json` is in its globPatterns): the
 * check works with no network. Each pack is validated by the pack schema when loaded, as the CLI
 * does, so a damaged file is refused, never half-used.
 */
const PACK_URLS = import.meta.glob<string>('../../../rule-packs/*/*.json', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

export type PackLoader = () => Promise<RulePack[]>;

let loaded: Promise<RulePack[]> | null = null;

/** Fetches and validates every pack once per page; a failure is retried on the next call. */
export const fetchPacks: PackLoader = () => {
  loaded ??= Promise.all(
    Object.entries(PACK_URLS)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([path, url]) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return {
          name: path.replace(/^.*rule-packs\//, ''),
          json: (await response.json()) as unknown,
        };
      }),
  ).then(loadPacks);
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
};
