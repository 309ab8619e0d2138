import CATALOG_URLS from 'virtual:i18n-catalog-urls';
import type { Catalog, Language } from './catalog';

/**
 * Fetches one language's catalog: a JSON asset emitted by the build from en.ts / es.ts
 * (vite.config.ts), precached by the service worker with the app shell (its globPatterns include
 * json), so it loads with no network too. Translations are data, like the rule packs: only the
 * language on screen is downloaded, and none of it is JavaScript.
 */
export async function loadCatalog(lang: Language): Promise<Catalog> {
  const url = CATALOG_URLS[lang];
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Catalog;
}
