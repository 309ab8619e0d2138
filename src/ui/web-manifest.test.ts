import { afterEach, describe, expect, it } from 'vitest';
import { linkWebManifest, WEB_MANIFEST_HREF } from './web-manifest';

afterEach(() => {
  for (const link of document.head.querySelectorAll('link[rel="manifest"]')) link.remove();
});

describe('linkWebManifest', () => {
  it('adds one manifest link to the head, pointing at the precached manifest', () => {
    const link = linkWebManifest(document);
    const links = document.head.querySelectorAll('link[rel="manifest"]');
    expect(links).toHaveLength(1);
    expect(links[0]).toBe(link);
    expect(new URL(link.href).pathname).toBe(WEB_MANIFEST_HREF);
  });

  it('leaves a link already in the page as it is, and adds no second one', () => {
    const first = linkWebManifest(document, '/elsewhere.webmanifest');
    const again = linkWebManifest(document);
    expect(again).toBe(first);
    expect(document.head.querySelectorAll('link[rel="manifest"]')).toHaveLength(1);
    expect(new URL(again.href).pathname).toBe('/elsewhere.webmanifest');
  });
});
