/**
 * Stands in for `lodash/uniqueId` in the CMS design system (vite.config.ts aliases the module id
 * here): a page-wide counter for element ids (useId, DateInput), which is all it needs; the real
 * one pulls its toString machinery from lodash. Same results: prefix + 1, 2, 3…
 */
let counter = 0;

export default function uniqueId(prefix = ''): string {
  counter += 1;
  return `${prefix}${counter}`;
}
