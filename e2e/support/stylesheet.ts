import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { TEST_BUILD_DIR } from './server';

/** Every element's computed style and its ::before and ::after, as drawn now. */
interface Drawn {
  /** The element each row is, e.g. `label.ds-c-label::before`. */
  rows: string[];
  /** Per row, the value of each property of `properties` (a pseudo-element's: its content first). */
  values: string[][];
  properties: string[];
}

function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(async () => {
    // Text is measured in its own font: a sheet put in place brings its font faces anew, and the
    // text is laid out in a fallback until they have loaded (the layout asks for them first).
    void document.body.offsetHeight;
    await document.fonts.ready;
    // Custom properties are left out: one that no rule reads changes nothing drawn.
    const properties = [...getComputedStyle(document.documentElement)].filter(
      (p) => !p.startsWith('--'),
    );
    const rows: string[] = [];
    const values: string[][] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
      const style = getComputedStyle(el);
      rows.push(name);
      values.push(properties.map((p) => style.getPropertyValue(p)));
      for (const pseudo of ['::before', '::after']) {
        // A pseudo-element's row starts with its content; one whose content is none is not drawn,
        // and that is all its row says.
        const pseudoStyle = getComputedStyle(el, pseudo);
        const content = pseudoStyle.getPropertyValue('content');
        rows.push(name + pseudo);
        values.push(
          content === 'none'
            ? [content]
            : [content, ...properties.map((p) => pseudoStyle.getPropertyValue(p))],
        );
      }
    }
    return { rows, values, properties };
  });
}

/** One line per element and property drawn differently, at most `limit`. */
function differences(before: Drawn, after: Drawn, limit: number): string[] {
  const lines: string[] = [];
  before.values.forEach((row, i) => {
    const other = after.values[i] ?? [];
    const pseudo = before.rows[i]?.includes('::');
    // A pseudo-element drawn with one sheet and not the other differs in its content: that says it.
    for (let k = 0; k < (row.length === other.length ? row.length : 1); k++) {
      const property = pseudo ? (before.properties[k - 1] ?? 'content') : before.properties[k];
      if (row[k] !== other[k] && lines.length < limit)
        lines.push(`${before.rows[i]} ${property}: ${row[k]} → ${other[k]}`);
    }
  });
  return lines;
}

function sameElements(a: Drawn, b: Drawn): boolean {
  return a.rows.length === b.rows.length && a.rows.every((row, i) => row === b.rows[i]);
}

/**
 * One DevTools session per page, kept for the page's life. Detaching a session resets the page's
 * network emulation: a page the test has set offline then reads `navigator.onLine` true and gets an
 * `online` event, and the test's real return online later fires none (found when the English
 * wizard run's send, after the network came back, waited for its backoff instead of the `online`
 * trigger: `e2e/stylesheet-cut.e2e.ts` keeps it so).
 */
const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/**
 * What changes on the page as it is now when its stylesheet (the first whose URL `matches`) is
 * replaced by `text`: one line per element and property that differs (at most `limit`), none when
 * the two sheets draw the page alike. The replacement is DevTools' own (CSS.setStyleSheetText),
 * in place and at once, so nothing is drawn without a sheet in between; the page gets its own
 * sheet back before this returns, and stays online or offline as it was (see `sessionFor`).
 */
export async function styleChangesWith(
  page: Page,
  matches: (url: string) => boolean,
  text: string,
  limit = 12,
): Promise<string[]> {
  const cdp = await sessionFor(page);
  const sheets: { styleSheetId: string; sourceURL: string }[] = [];
  const added = (e: { header: { styleSheetId: string; sourceURL: string } }) =>
    sheets.push(e.header);
  cdp.on('CSS.styleSheetAdded', added);
  try {
    // Enabling the CSS domain reports every sheet the page has.
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const sheet = sheets.find((s) => matches(s.sourceURL));
    if (!sheet) throw new Error(`no stylesheet matches among ${sheets.map((s) => s.sourceURL)}`);
    const { styleSheetId } = sheet;
    const own = (await cdp.send('CSS.getStyleSheetText', { styleSheetId })).text;
    const drawnWith = async (other: string): Promise<Drawn> => {
      await cdp.send('CSS.setStyleSheetText', { styleSheetId, text: other });
      try {
        return await drawn(page);
      } finally {
        await cdp.send('CSS.setStyleSheetText', { styleSheetId, text: own });
      }
    };
    // A screen that redraws itself (a status line that counts, a list that fills) can change
    // while it is read: the reading counts only when the page, read again with its own sheet, is
    // as it was; otherwise it is taken again, and a page that never holds still is reported.
    for (let attempt = 0; attempt < 4; attempt++) {
      const before = await drawn(page);
      const after = await drawnWith(text);
      const again = await drawn(page);
      if (JSON.stringify(before) === JSON.stringify(again) && sameElements(before, after))
        return differences(before, after, limit);
    }
    return ['the page kept changing while it was compared'];
  } finally {
    cdp.off('CSS.styleSheetAdded', added);
    await cdp.send('CSS.disable');
    await cdp.send('DOM.disable');
  }
}

/** The app's stylesheet: `/assets/index-<hash>.css`. */
const APP_SHEET = /\/assets\/index-[\w-]{8}\.css$/;

/** The whole sheets read so far, by file: a wizard run compares a dozen screens against one. */
const wholeSheets = new Map<string, string>();

function wholeSheet(file: string): string {
  let text = wholeSheets.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    wholeSheets.set(file, text);
  }
  return text;
}

/**
 * What the build's cut of the stylesheet (vite.config.ts, src/ui/ds/unused-css.ts) changes on the
 * page as it is now: drawn with the whole sheet the test build keeps beside it. None, when the cut
 * took out only rules that match nothing here.
 */
export async function stylesheetCutChanges(
  page: Page,
  buildDir = TEST_BUILD_DIR,
): Promise<string[]> {
  const href = await page.evaluate(
    () => document.querySelector<HTMLLinkElement>('link[rel=stylesheet]')?.href ?? '',
  );
  const path = new URL(href).pathname;
  if (!APP_SHEET.test(path)) throw new Error(`not the app's stylesheet: ${href}`);
  const whole = wholeSheet(join(buildDir, `${path}.whole`));
  return styleChangesWith(page, (url) => APP_SHEET.test(url), whole);
}
