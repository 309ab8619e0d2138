import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readPackFiles, runScreen } from '../scripts/screen';
import { loadPacks } from '../src/rule-packs/load-pack';
import { type Determination, determination } from '../src/schema/screening';
import type { Language } from '../src/ui/i18n/catalog';
import { CATALOGS } from '../src/ui/i18n/catalogs';
import { AssistPage } from './page-models/assist-page';
import { type CheckHousehold, CheckPage, cliInput } from './page-models/check-page';
import { ANA_AND_LEO, WizardPage } from './page-models/wizard-page';
import {
  axeViolations,
  launchBrowser,
  layoutProblems,
  type TestBrowser,
  waitForServiceWorkerControl,
} from './support/browser';
import { ServerProcess } from './support/server';
import { stylesheetCutChanges } from './support/stylesheet';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts', 'check');

let server: ServerProcess;
let browser: TestBrowser;

afterEach(async () => {
  await browser?.close();
  await server?.dispose();
});

/** A couple expecting a baby, with a child, in Massachusetts: Medicaid, CHIP and the credit in play. */
const FAMILY_2026: CheckHousehold = {
  planYear: 2026,
  state: 'MA',
  benchmark: '1,450',
  members: [
    { role: 'filer', age: 41, incomes: [{ type: 'wages', amount: '3,100', frequency: 'monthly' }] },
    {
      role: 'spouse',
      age: 37,
      expecting: 1,
      status: 'lpr',
      years: 2,
      incomes: [{ type: 'self_employment', amount: '450', frequency: 'every_two_weeks' }],
    },
    { role: 'dependent', age: 6, incomes: [] },
  ],
};

/** One adult in the open enrollment under way (2027): eligible, but the amount waits for the IRS. */
const ADULT_2027: CheckHousehold = {
  planYear: 2027,
  state: 'MA',
  benchmark: '700',
  members: [
    { role: 'filer', age: 36, incomes: [{ type: 'wages', amount: '45000', frequency: 'yearly' }] },
  ],
};

/** What `npm run screen` prints for the same household (its function, on the same packs). */
function cli(h: CheckHousehold, screeningDate: string): Determination {
  const result = runScreen(JSON.stringify(cliInput(h, screeningDate)), loadPacks(readPackFiles()));
  expect(result.stderr).toBe('');
  return determination.parse(JSON.parse(result.stdout));
}

/** The page shows what the CLI decided: each person's program and the household's figures. */
async function expectSameAs(page: Page, check: CheckPage, d: Determination, lang: Language) {
  const t = (k: Parameters<CheckPage['t']>[0], p: Record<string, string | number> = {}) =>
    check.t(k, p);
  const money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const results = check.results();
  expect(await results.getByTestId('member-program').allTextContents()).toEqual(
    d.members.map((m) => t(`program.${m.program}`)),
  );
  expect(await results.getByTestId('figure-fpl').textContent()).toBe(
    percent.format((d.fplPercent ?? Number.NaN) / 100),
  );
  const aptc = await results.getByTestId('figure-aptc').textContent();
  if (d.aptcMonthly === null) {
    expect(aptc).toBe(t('check.aptcMissingFigures', { year: d.planYear }));
  } else if (d.members.some((m) => m.program === 'marketplace_aptc')) {
    expect(aptc).toBe(t('check.perMonth', { amount: money.format(d.aptcMonthly) }));
  }
  if (d.expectedContributionMonthly !== null) {
    expect(await results.getByTestId('figure-contribution').textContent()).toBe(
      t('check.perMonth', { amount: money.format(d.expectedContributionMonthly) }),
    );
  }
  expect(await results.getByTestId('figure-csr').textContent()).toBe(t(`csr.${d.csrLevel}`));
  expect(await page.textContent('body')).toContain(d.packVersions.join(', '));
}

describe('[E2E-check] Check eligibility', () => {
  it('works offline with no account, by keyboard, in English and Spanish, as `npm run screen` decides', async () => {
    server = await ServerProcess.start();
    browser = await launchBrowser({ viewport: { width: 1024, height: 768 } });
    const { page, context } = browser;
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = (name: string) =>
      page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

    // A new device, nobody signed in: the check is one link away from the first screen.
    await page.goto(server.url);
    await page.locator('#first-run-heading').waitFor();
    await waitForServiceWorkerControl(page);
    const check = new CheckPage(page, 'en');
    await check.tabTo(page.getByRole('link', { name: CATALOGS.en['nav.check'] }));
    await page.keyboard.press('Enter');
    await check.heading().waitFor();

    // No network: a reload comes from the service worker, rule packs included.
    await context.setOffline(true);
    await page.reload();
    await check.heading().waitFor();
    await page.getByRole('button', { name: check.t('check.submit'), exact: true }).waitFor();
    expect(
      await page.getByRole('button', { name: check.t('check.submit'), exact: true }).isEnabled(),
    ).toBe(true);

    // An answer left out is named in the summary and at the field.
    await check.tabTo(page.getByRole('button', { name: check.t('check.submit'), exact: true }));
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await stylesheetCutChanges(page)).toEqual([]);

    // English, keyboard only, the whole way.
    await page.reload();
    await check.heading().waitFor();
    await check.fill(FAMILY_2026, true);
    await check.submit(true);
    const today = await check.today();
    await expectSameAs(page, check, cli(FAMILY_2026, today), 'en');
    await page.getByRole('figure').waitFor();
    await check.openDetails(true);
    expect(await page.getByTestId('what-if-table').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await stylesheetCutChanges(page)).toEqual([]);
    await shot('en-results');
    await page.getByRole('figure').screenshot({ path: join(ARTIFACTS, 'en-chart.png') });

    // Spanish, from the language picker, in the year whose credit waits for the IRS.
    await page.getByLabel(CATALOGS.en['app.language']).selectOption('es');
    check.lang = 'es';
    await check.heading().waitFor();
    await page.reload();
    await check.heading().waitFor();
    await check.fill(ADULT_2027, false);
    await check.submit(false);
    const d2027 = cli(ADULT_2027, today);
    expect(d2027.aptcMonthly).toBeNull();
    await expectSameAs(page, check, d2027, 'es');
    expect(await axeViolations(page)).toEqual([]);
    await shot('es-results-2027');

    // At 360 px, Spanish, with the family: nothing scrolls sideways, targets stay finger-sized.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await check.heading().waitFor();
    await check.fill(FAMILY_2026, false);
    await check.submit(false);
    await expectSameAs(page, check, cli(FAMILY_2026, today), 'es');
    await page.getByRole('figure').waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await shot('es-phone-results');
    await check.results().screenshot({ path: join(ARTIFACTS, 'es-phone-results-region.png') });
  });

  it('lets an assister start an application from a screening, prefilled, with the estimate on its receipt', async () => {
    server = await ServerProcess.start();
    browser = await launchBrowser();
    const { page } = browser;
    const app = new AssistPage(page);
    await app.open(server.url);
    const check = new CheckPage(page, 'en');
    await page.getByRole('link', { name: check.t('nav.check') }).click();
    await check.heading().waitFor();
    await check.fill(FAMILY_2026, false);
    await check.submit(false);
    const d = cli(FAMILY_2026, await check.today());
    await page.getByRole('button', { name: check.t('check.start') }).click();

    // The wizard opens at the applicant's permission, as for any application (P1).
    const wizard = new WizardPage(page, 'en');
    await wizard.waitForStep('authorization');
    const id = /\/applications\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    await wizard.complete(ANA_AND_LEO.slice(0, 1), { keyboard: false });
    await wizard.waitForStep('household');
    expect(await page.locator('#f-member-m2-relationship').inputValue()).toBe('spouse');
    expect(await page.locator('#f-member-m3-relationship').inputValue()).toBe('');
    expect(await page.locator('#f-member-m1-firstName').inputValue()).toBe('');
    expect(
      await page.locator('input[name="member.m3.taxDependent"][value="yes"]').isChecked(),
    ).toBe(true);

    await app.goto(`${server.url}/applications/${id}/income`);
    await wizard.waitForStep('income');
    expect(await page.locator('#f-member-m1-income-i1-amount').inputValue()).toBe('3100');
    expect(await page.locator('#f-member-m1-income-i1-frequency').inputValue()).toBe('monthly');
    expect(await page.locator('#f-member-m2-income-i2-kind').inputValue()).toBe('self_employment');
    expect(await axeViolations(page)).toEqual([]);

    await app.goto(`${server.url}/applications/${id}/receipt`);
    const slot = page.getByRole('region', { name: check.t('receipt.screeningHeading') });
    await slot.waitFor();
    const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' });
    expect(await slot.getByTestId('figure-aptc').textContent()).toBe(
      check.t('check.perMonth', { amount: money.format(d.aptcMonthly ?? Number.NaN) }),
    );
    expect(await slot.textContent()).toContain(d.packVersions.join(', '));
    expect(await axeViolations(page)).toEqual([]);
  });
});
