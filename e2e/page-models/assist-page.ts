import type { Locator, Page } from 'playwright-core';
import { E2E_ASSISTER } from '../support/server';

export interface ApplicantFields {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  householdSize: string;
  annualIncome: string;
  state: string;
  zip: string;
}

export const ANA: ApplicantFields = {
  firstName: 'Ana',
  lastName: 'Diaz',
  dateOfBirth: '1990-04-12',
  householdSize: '3',
  annualIncome: '52,000',
  state: 'MA',
  zip: '02118',
};

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

  async startNew(): Promise<string> {
    await this.page.getByRole('button', { name: 'Start a new application' }).click();
    await this.page.getByLabel('First name').waitFor();
    const id = /\/applications\/([0-9a-f-]{36})/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no application id in ${this.page.url()}`);
    return id;
  }

  async fill(fields: ApplicantFields): Promise<void> {
    const p = this.page;
    await p.getByLabel('First name').fill(fields.firstName);
    await p.getByLabel('Last name').fill(fields.lastName);
    await p.getByLabel('Date of birth').fill(fields.dateOfBirth);
    await p.getByLabel('People in the household').fill(fields.householdSize);
    await p.getByLabel('Yearly household income (US dollars)').fill(fields.annualIncome);
    await p.getByLabel('State').selectOption(fields.state);
    await p.getByLabel('ZIP code').fill(fields.zip);
    await this.waitUntilSaved();
  }

  /** What a careful assister does before closing: waits for "saved on this device". */
  async waitUntilSaved(): Promise<void> {
    await this.page
      .getByTestId('save-state')
      .filter({ hasText: 'All changes saved on this device.' })
      .waitFor();
  }

  /** The values the form shows, read back from the inputs. */
  async values(): Promise<ApplicantFields> {
    const p = this.page;
    return {
      firstName: await p.getByLabel('First name').inputValue(),
      lastName: await p.getByLabel('Last name').inputValue(),
      dateOfBirth: await p.getByLabel('Date of birth').inputValue(),
      householdSize: await p.getByLabel('People in the household').inputValue(),
      annualIncome: await p.getByLabel('Yearly household income (US dollars)').inputValue(),
      state: await p.getByLabel('State').inputValue(),
      zip: await p.getByLabel('ZIP code').inputValue(),
    };
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Submit application' }).click();
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
}
