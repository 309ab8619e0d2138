import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, type TestBrowser } from './support/browser';

// Every screen's "axe reports no violations" is only worth something if the check can fail: the
// same helper, on a page with the mistakes it exists to catch.
let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the accessibility check the browser tests use', () => {
  it('reports a nameless button, an image without text and low contrast', async () => {
    await browser.page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head>
      <body><main><h1>Check</h1><button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
      <p style="color:#bbb;background:#fff">faint words</p></main></body></html>`);
    const found = (await axeViolations(browser.page)).map((v) => v.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['button-name', 'image-alt', 'color-contrast']));
  });

  it('reports nothing on a page without those mistakes', async () => {
    await browser.page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head>
      <body><main><h1>Check</h1><button>Send</button><p>plain words</p></main></body></html>`);
    expect(await axeViolations(browser.page)).toEqual([]);
  });
});
