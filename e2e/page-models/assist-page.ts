import type { Locator, Page } from 'playwright-core';
import { ROUTE_CHANGED } from '../../src/ui/router';
import { fieldId } from '../../src/ui/screens/Assist/wizard/draft-context';
import { AppHooks } from '../support/app-hooks';
import { E2E_ASSISTER } from '../support/server';
import { ANA_AND_LEO, WizardPage } from './wizard-page';

/** The applicant the fault tests type (the first person of the shared sample draft). */
export const ANA = { firstName: 'Ana', lastName: 'Diaz', dateOfBirth: '1990-04-12' } as const;

/** The wizard's input for a draft path (`member.m1.firstName` → `#f-member-m1-firstName`). */
const inputFor = (page: Page, path: string) => page.locator(`#${fieldId(path)}`);

/** The PIN the test assister sets on each new browser profile (the PIN policy accepts it). */
export const E2E_PIN = '482915';

/** The assister's screens as a person uses them: by label, role and visible text. */
export class AssistPage {
  readonly status: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('status-line');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  /**
   * Opens the app. On a new device the first screen asks for the language: choose it (English
   * unless told), with the pointer or the keyboard; then, where no one is signed in yet, sign in
   * as the test assister and set the PIN (E2E_PIN); where the app is locked, unlock it; and land
   * on the list of applications.
   */
  async open(
    baseUrl: string,
    options: { lang?: 'en' | 'es'; keyboard?: boolean } = {},
  ): Promise<void> {
    await this.page.goto(baseUrl);
    await this.heading.waitFor();
    const name = options.lang === 'es' ? 'Español' : 'English';
    const choose = this.page.getByRole('button', { name, exact: true });
    if (await choose.isVisible()) {
      if (options.keyboard) {
        for (let i = 0; i < 50; i += 1) {
          if (await choose.evaluate((el) => el === document.activeElement)) break;
          await this.page.keyboard.press('Tab');
        }
        await this.page.keyboard.press('Enter');
      } else await choose.click();
    }
    await this.page.locator('#list-heading, #sign-in-heading, #unlock-heading').first().waitFor();
    if (await this.page.locator('#sign-in-heading').isVisible()) {
      await this.signIn(E2E_ASSISTER.name, E2E_ASSISTER.password);
    }
    await this.unlockIfLocked();
    await this.page.locator('#list-heading').waitFor();
  }

  /** A reload drops the data key (it lives in memory only): reload, then unlock with the PIN. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.unlockIfLocked();
  }

  /** Loads `url` in this tab, as a bookmark would: a new page, so it unlocks with the PIN. */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.unlockIfLocked();
  }

  /** Waits for the page to settle; on the lock screen, types the PIN. */
  async unlockIfLocked(pin = E2E_PIN): Promise<void> {
    await this.page.locator('main h1').first().waitFor();
    if (await this.page.locator('#unlock-heading').isVisible()) await this.unlock(pin);
  }

  /** Types the PIN on the lock screen and presses Enter; waits for the screen to change. */
  async unlock(pin = E2E_PIN, expectError = false): Promise<void> {
    await this.page.locator('#unlock-pin').fill(pin);
    await this.page.locator('#unlock-pin').press('Enter');
    if (expectError) await this.page.locator('#unlock-error').waitFor();
    else await this.page.locator('#unlock-heading').waitFor({ state: 'detached' });
  }

  /** Locks on demand with the header's Lock button and waits for the lock screen. */
  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await this.page.locator('#unlock-heading').waitFor();
  }

  /** Sets a PIN on the "choose a PIN" screen (first or new), typing it twice. */
  async setPin(pin = E2E_PIN): Promise<void> {
    await this.page.locator('#pin-new').fill(pin);
    await this.page.locator('#pin-again').fill(pin);
    await this.page.locator('#pin-again').press('Enter');
  }

  /**
   * Fills the sign-in screen (in any language: by the fields' ids) and sends it with Enter; sets
   * `pin` when the app asks for one; waits for the screen after it, or for the alert when
   * `expectError`.
   */
  async signIn(name: string, password: string, expectError = false, pin = E2E_PIN): Promise<void> {
    await this.page.locator('#sign-in-name').fill(name);
    await this.page.locator('#sign-in-password').fill(password);
    await this.page.locator('#sign-in-password').press('Enter');
    if (expectError) {
      await this.page.getByRole('alert').waitFor();
      return;
    }
    // A device without this assister's PIN asks for one next (the first PIN, or a forgotten one).
    await this.page.locator('#list-heading, #pin-heading').first().waitFor();
    if (await this.page.locator('#pin-heading').isVisible()) {
      await this.setPin(pin);
      await this.page.locator('#pin-heading').waitFor({ state: 'detached' });
    }
  }

  /** Starts a new application from the list: the wizard opens on its first step. */
  async startNew(): Promise<string> {
    await this.page.getByRole('button', { name: 'Start a new application' }).click();
    await this.page.waitForURL(/\/authorization$/);
    return this.openApplicationId();
  }

  /**
   * Records the applicant's permission on the first step (as the assister types it) and goes on
   * to the household, where the applicant's name and date of birth are typed.
   */
  async authorize(): Promise<void> {
    const wizard = new WizardPage(this.page);
    const [authorization] = ANA_AND_LEO;
    for (const answer of authorization?.answers ?? []) await wizard.answerWithPointer(answer);
    await wizard.waitUntilSaved();
    await wizard.next('authorization', false);
    await wizard.waitForStep('household');
  }

  firstName(): Locator {
    return inputFor(this.page, 'member.m1.firstName');
  }

  lastName(): Locator {
    return inputFor(this.page, 'member.m1.lastName');
  }

  dateOfBirth(): Locator {
    return inputFor(this.page, 'member.m1.dateOfBirth');
  }

  /**
   * Answers every remaining question of the open application at once through the app's own store
   * (test hooks: what minutes of typing would do; the wizard's typing has its own tests), then
   * opens its review page, where the assister submits.
   */
  async fill(firstName = 'Ana'): Promise<void> {
    const id = this.openApplicationId();
    await new AppHooks(this.page).answerAll(id, firstName);
    // Through the list, so that the wizard opens afresh with what is stored.
    await this.page.getByRole('link', { name: 'Back to all applications' }).click();
    await this.page.locator('#list-heading').waitFor();
    await this.navigateInApp(`/applications/${id}/review`, 'Review and submit');
  }

  /** What a careful assister does before closing: waits for "saved on this device". */
  async waitUntilSaved(): Promise<void> {
    await this.page
      .getByTestId('save-state')
      .filter({ hasText: 'All changes saved on this device.' })
      .waitFor();
  }

  /** The applicant's name and date of birth as the household step shows them. */
  async values(): Promise<{ firstName: string; lastName: string; dateOfBirth: string }> {
    return {
      firstName: await this.firstName().inputValue(),
      lastName: await this.lastName().inputValue(),
      dateOfBirth: await this.dateOfBirth().inputValue(),
    };
  }

  /** Submits from the review page; the receipt page opens (its state, attempts, number). */
  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Submit application' }).click();
    await this.page.waitForURL(/\/receipt$/);
  }

  /** The state badge of the open application. */
  state(): Locator {
    return this.heading.locator('[data-state]');
  }

  confirmationNumber(): Locator {
    return this.page.getByTestId('confirmation-number');
  }

  lastAttempt(): Locator {
    return this.page.getByTestId('last-attempt');
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to all applications' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
  }

  /** The list row of an application, found by the applicant's name. */
  row(name: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('link', { name }) });
  }

  /** Opens one application by its id, as a bookmark or a reload would. */
  async openApplication(baseUrl: string, id: string): Promise<void> {
    await this.goto(`${baseUrl}/applications/${id}`);
    await this.heading.waitFor();
  }

  /** The notice sync left on the open application (a recovered receipt, a resend). */
  syncNotice(): Locator {
    return this.page.getByTestId('sync-notice');
  }

  /** The device-health panel's first line: what waits, or "All sent — safe to close." */
  healthQueue(): Locator {
    return this.page.getByTestId('health-queue');
  }

  /** Exports the waiting applications from the device-health panel; the browser's download. */
  async exportWaiting(): Promise<import('playwright-core').Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export waiting applications', exact: true }).click(),
    ]);
    return download;
  }

  async sendNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Send now' }).click();
  }

  /** The error message the wizard shows above a field (by its draft path, e.g. `address.zip`). */
  fieldError(path: string): Locator {
    return this.page.locator(`#${fieldId(path)}__error`);
  }

  /** The wizard's input for a draft path. */
  input(path: string): Locator {
    return inputFor(this.page, path);
  }

  /** Opens another step of the open application, as the review page's Change links do. */
  async goToStep(step: string, heading: string): Promise<void> {
    // An application opened without a step first moves to where it was left: let that happen.
    await this.page.waitForURL(/\/applications\/[0-9a-f-]{36}\/[a-z-]+/);
    await this.navigateInApp(`/applications/${this.openApplicationId()}/${step}`, heading);
  }

  /** The id of the application the page shows (from its URL). */
  private openApplicationId(): string {
    const id = /\/applications\/([0-9a-f-]{36})/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no application open at ${this.page.url()}`);
    return id;
  }

  /**
   * Moves to `path` as the app's own links do (the router's history change), not by loading the
   * page: a load makes Chromium preconnect idle sockets, and a POST on such a socket that resets is
   * silently resent by the browser (see the keep-alive test), hiding a scripted drop from the app.
   */
  private async navigateInApp(path: string, heading: string): Promise<void> {
    await this.page.evaluate(
      ([href, event]) => {
        history.pushState(null, '', href);
        window.dispatchEvent(new Event(event));
      },
      [path, ROUTE_CHANGED] as const,
    );
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
}
