import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/ui/i18n/catalog';
import { AssistPage } from '../page-models/assist-page';
import { ANA_AND_LEO, WizardPage } from '../page-models/wizard-page';
import {
  axeViolations,
  launchBrowser,
  layoutProblems,
  type TestBrowser,
  waitForServiceWorkerControl,
} from './browser';
import { ServerProcess } from './server';
import { stylesheetCutChanges } from './stylesheet';

/** Screenshots of every step, per language and size (git-ignored; the README shows a few). */
const ARTIFACTS = resolve(import.meta.dirname, '..', 'artifacts');
const SENT_WITHIN_MS = 15_000;

/** The sizes every language runs at: a small phone (also 200% zoom of 720 px) and a tablet. */
const SIZES = [
  { width: 360, height: 740 },
  { width: 1024, height: 768 },
] as const;

/**
 * Whether each screen drawn with the build's cut stylesheet is drawn as with the whole one: once
 * per size, in English (the words do not change which rules match).
 */
async function expectCutSheetDrawsAlike(page: Page, lang: Language, where: string): Promise<void> {
  if (lang === 'en') expect(await stylesheetCutChanges(page), where).toEqual([]);
}

/**
 * [E2E-5] in one language at each size: registered by wizard-en.e2e.ts and wizard-es.e2e.ts, two
 * files so that the browser suite's two workers share the longest tests.
 */
export function wholeApplicationByKeyboard(lang: Language): void {
  let server: ServerProcess;
  let browser: TestBrowser;

  afterEach(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const RUNS = SIZES.map((size) => ({ lang, ...size }));
  describe.each(RUNS)(
    '[E2E-5] the whole application by keyboard only, offline, in $lang at $width×$height',
    ({ width, height }) => {
      beforeEach(async () => {
        server = await ServerProcess.start();
        browser = await launchBrowser({ viewport: { width, height } });
      });

      it('passes axe on every step, submits offline, and shows the confirmation once online', async () => {
        const { page, context } = browser;
        const dir = join(ARTIFACTS, `${lang}-${width}x${height}`);
        mkdirSync(dir, { recursive: true });
        const shot = (name: string) =>
          page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
        const wizard = new WizardPage(page, lang);

        // A new device first asks for the language.
        await page.goto(server.url);
        await page.locator('#first-run-heading').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(await layoutProblems(page)).toEqual([]);
        await expectCutSheetDrawsAlike(page, lang, 'first run');
        await shot('00-first-run');
        await new AssistPage(page).open(server.url, { lang, keyboard: true });
        await waitForServiceWorkerControl(page);
        await context.setOffline(true);

        const id = await wizard.startNew(true);
        let n = 1;
        await wizard.complete(ANA_AND_LEO, {
          keyboard: true,
          atStep: async (step) => {
            expect(await axeViolations(page), step).toEqual([]);
            expect(await layoutProblems(page), step).toEqual([]);
            await expectCutSheetDrawsAlike(page, lang, step);
            await shot(`${String(n++).padStart(2, '0')}-${step}`);
          },
        });

        // Offline: the receipt page says it is not received yet, and the queue holds it.
        await page.getByText(wizard.t('receipt.notSent')).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.textContent('body')).not.toMatch(/234-?56-?7890/);
        await shot('11-receipt-waiting');

        await context.setOffline(false);
        await wizard.confirmationNumber().waitFor({ timeout: SENT_WITHIN_MS });
        expect(await wizard.confirmationNumber().textContent()).toMatch(/^EA-/);
        expect(await page.getByTestId('checklist').textContent()).toContain('I-551');
        await expectCutSheetDrawsAlike(page, lang, 'receipt');
        await shot('12-receipt-sent');

        // The printed page is the receipt alone: no bar, no buttons, no SSN.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.app-bar').isVisible()).toBe(false);
        expect(await wizard.confirmationNumber().isVisible()).toBe(true);
        await expectCutSheetDrawsAlike(page, lang, 'receipt, printed');
        await page.pdf({ path: join(dir, '12-receipt-print.pdf') });
        await page.emulateMedia({ media: 'screen' });

        // Assist home: the application is listed as sent, with its confirmation number.
        await page.getByRole('link', { name: wizard.t('receipt.backToList') }).click();
        await page.locator('#list-heading').waitFor();
        expect(await page.locator('.application-list').textContent()).toContain('EA-');
        expect(await axeViolations(page)).toEqual([]);
        expect(await layoutProblems(page)).toEqual([]);
        await expectCutSheetDrawsAlike(page, lang, 'home');
        await shot('13-home');

        await page.goto(`${server.url}/languages`);
        await page
          .getByRole('heading', { level: 1, name: wizard.t('languages.heading') })
          .waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await shot('14-languages');

        await server.stop();
        expect(await server.countRows(id)).toBe(1);
      });
    },
  );
}
