/**
 * Stands in for `lodash/get` in the CMS design system (vite.config.ts aliases the module id here):
 * it only reads dotted paths — its own message keys ('errorPrefix', 'choiceList.required') and
 * 'type.displayName' in Tabs — and the real one pulls in 50-odd lodash modules (5 KB gzip).
 * Brackets and array paths are not supported: nothing in the design system uses them.
 */
export default function get(object: unknown, path: string, fallback?: unknown): unknown {
  let value: unknown = object;
  for (const part of path.split('.')) {
    if (value === null || value === undefined) return fallback;
    value = (value as Record<string, unknown>)[part];
  }
  return value === undefined ? fallback : value;
}
