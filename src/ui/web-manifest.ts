/**
 * The web app manifest's link, added by the app once its first screen is painted (issue 8).
 *
 * NOTE: not in index.html. With the link in the page, Chromium checks the app's installability as
 * soon as the document is parsed: it fetches the manifest and its 192 px icon (through the service
 * worker) and decodes the icon on the page's main thread, all while the first screen is still
 * reading the store and rendering. Offline warm start at 4× CPU, 20 reloads of each build in
 * turn (bench/browser/compare-warm-start.ts): linked from here, first screen painted 263 → 233 ms
 * median, first contentful paint 284 → 268; with no link at all (an earlier run) 276 → 246 and
 * 296 → 264, about the same. Chromium wants the manifest only to offer an install, which can wait:
 * the link comes after the first screen's paint. The file is public/manifest.webmanifest,
 * precached with the rest of the build; e2e/install.e2e.ts shows Chromium still finds the app
 * installable.
 */
export const WEB_MANIFEST_HREF = '/manifest.webmanifest';

/** Adds `<link rel="manifest">` to the document's head, once; returns the link in the page. */
export function linkWebManifest(doc: Document, href: string = WEB_MANIFEST_HREF): HTMLLinkElement {
  const present = doc.head.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (present) return present;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = href;
  doc.head.append(link);
  return link;
}
