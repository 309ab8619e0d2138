import type { Locator, Page } from 'playwright-core';
import type { Language } from '../../src/ui/i18n/catalog';
import { CATALOGS } from '../../src/ui/i18n/catalogs';
import type { MessageKey } from '../../src/ui/i18n/en';
import { fieldId } from '../../src/ui/screens/Assist/wizard/draft-context';

/** One answer, addressed by the draft path the app uses for the field's id and name. */
export type Answer =
  | { kind: 'text'; path: string; value: string }
  | { kind: 'date'; path: string; value: string }
  | { kind: 'radio'; path: string; value: string }
  | { kind: 'check'; path: string; value: string }
  | { kind: 'select'; path: string; value: string }
  | { kind: 'button'; key: MessageKey; params?: Record<string, string> };

export interface StepScript {
  step: string;
  answers: Answer[];
}

const text = (path: string, value: string): Answer => ({ kind: 'text', path, value });
const date = (path: string, value: string): Answer => ({ kind: 'date', path, value });
const radio = (path: string, value: string): Answer => ({ kind: 'radio', path, value });
const select = (path: string, value: string): Answer => ({ kind: 'select', path, value });

/** Ana (applying, citizen, SSN, a job) and her son Leo (applying, green card, SSN on its way). */
export const ANA_AND_LEO: StepScript[] = [
  {
    step: 'authorization',
    answers: [
      radio('authorization.method', 'oral'),
      text('authorization.givenBy', 'Ana Diaz'),
      radio('authorization.representative', 'no'),
      date('authorization.date', '2026-11-23'),
      text('authorization.assisterName', 'Sam Lee'),
      text('authorization.assisterId', 'NAV-0042'),
    ],
  },
  {
    step: 'household',
    answers: [
      text('member.m1.firstName', 'Ana'),
      text('member.m1.lastName', 'Diaz'),
      date('member.m1.dateOfBirth', '1990-04-12'),
      radio('member.m1.sex', 'female'),
      radio('member.m1.applying', 'yes'),
      { kind: 'button', key: 'household.add' },
      text('member.m2.firstName', 'Leo'),
      text('member.m2.lastName', 'Diaz'),
      date('member.m2.dateOfBirth', '2015-06-01'),
      radio('member.m2.sex', 'male'),
      select('member.m2.relationship', 'child'),
      radio('member.m2.applying', 'yes'),
      radio('member.m2.taxDependent', 'yes'),
    ],
  },
  {
    step: 'identity',
    answers: [
      text('member.m1.ssn', '234-56-7890'),
      radio('member.m2.ssnAbsentReason', 'applied_waiting'),
    ],
  },
  {
    step: 'citizenship',
    answers: [
      radio('member.m1.usCitizen', 'yes'),
      radio('member.m2.usCitizen', 'no'),
      radio('member.m2.eligibleImmigrationStatus', 'yes'),
      select('member.m2.document.type', 'permanent_resident_card'),
      text('member.m2.document.aNumber', 'A123456789'),
      text('member.m2.document.cardNumber', 'EAC1234567890'),
    ],
  },
  {
    step: 'contact',
    answers: [
      text('address.street', '12 Tremont St'),
      text('address.city', 'Boston'),
      select('address.state', 'MA'),
      text('address.zip', '02118'),
      text('contact.phone', '617-555-0142'),
      select('contact.preferredLanguage', 'es'),
    ],
  },
  {
    step: 'income',
    answers: [
      { kind: 'button', key: 'income.add', params: { name: 'Ana Diaz' } },
      select('member.m1.income.i1.kind', 'job'),
      text('member.m1.income.i1.amount', '1,500'),
      select('member.m1.income.i1.frequency', 'every_two_weeks'),
    ],
  },
  {
    step: 'coverage',
    answers: [
      radio('member.m1.offer', 'no'),
      radio('member.m1.pregnant', 'no'),
      radio('member.m2.offer', 'no'),
    ],
  },
  {
    step: 'tax',
    answers: [
      radio('taxFiling.plansToFile', 'yes'),
      radio('taxFiling.filingStatus', 'head_of_household'),
    ],
  },
  {
    step: 'signature',
    answers: [
      { kind: 'check', path: 'signature.attestsTrue', value: 'yes' },
      text('signature.typedName', 'Ana Diaz'),
      // The date and the assister ID are filled in for the assister (today, their own ID).
    ],
  },
  { step: 'review', answers: [] },
];

/** Most Tab presses to reach a control: more means it is not reachable by keyboard at all. */
const MAX_TABS = 400;

/**
 * The wizard as a person drives it: by keyboard only (Tab, typing, arrows, Space, Enter), or with
 * the pointer for the tests that are about something else. Words come from the app's catalogs.
 */
export class WizardPage {
  constructor(
    readonly page: Page,
    readonly lang: Language = 'en',
  ) {}

  t(key: MessageKey, params: Record<string, string> = {}): string {
    return CATALOGS[this.lang][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async waitForStep(step: string): Promise<void> {
    await this.page.waitForURL(new RegExp(`/${step}(#.*)?$`));
    await this.heading()
      .filter({ hasText: this.t(`step.${step}` as MessageKey) })
      .waitFor();
  }

  async waitUntilSaved(): Promise<void> {
    await this.page
      .getByTestId('save-state')
      .filter({ hasText: this.t('form.saved') })
      .waitFor();
  }

  /** Presses Tab until `target` has focus. */
  async tabTo(target: Locator): Promise<void> {
    for (let i = 0; i < MAX_TABS; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`not reachable with Tab: ${target}`);
  }

  async answerByKeyboard(answer: Answer): Promise<void> {
    const { page } = this;
    switch (answer.kind) {
      case 'text':
        await this.tabTo(page.locator(`#${fieldId(answer.path)}`));
        await page.keyboard.type(answer.value);
        return;
      case 'date': {
        // Chromium's date field in the en-US browser locale: month, day, year.
        const [y, m, d] = answer.value.split('-');
        await this.tabTo(page.locator(`#${fieldId(answer.path)}`));
        await page.keyboard.type(`${m}${d}${y}`);
        return;
      }
      case 'radio': {
        const group = page.locator(`input[type=radio][name="${answer.path}"]`);
        const target = group.and(page.locator(`[value="${answer.value}"]`));
        // Tab enters a group of radio buttons once; the arrow keys move and choose within it.
        for (let i = 0; i < MAX_TABS; i += 1) {
          const inGroup = await page.evaluate(
            (name) => (document.activeElement as HTMLInputElement | null)?.name === name,
            answer.path,
          );
          if (inGroup) break;
          await page.keyboard.press('Tab');
        }
        for (let i = 0; i < 12 && !(await target.isChecked()); i += 1) {
          if (await target.evaluate((el) => el === document.activeElement)) {
            await page.keyboard.press('Space');
          } else await page.keyboard.press('ArrowDown');
        }
        return;
      }
      case 'check': {
        const box = page.locator(`input[name="${answer.path}"][value="${answer.value}"]`);
        await this.tabTo(box);
        if (!(await box.isChecked())) await page.keyboard.press('Space');
        return;
      }
      case 'select': {
        const field = page.locator(`#${fieldId(answer.path)}`);
        await this.tabTo(field);
        const options = await field
          .locator('option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        const steps = options.indexOf(answer.value) - options.indexOf(await field.inputValue());
        for (let i = 0; i < Math.abs(steps); i += 1) {
          await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
        }
        return;
      }
      case 'button':
        await this.tabTo(page.getByRole('button', { name: this.t(answer.key, answer.params) }));
        await page.keyboard.press('Enter');
        return;
    }
  }

  async answerWithPointer(answer: Answer): Promise<void> {
    const { page } = this;
    switch (answer.kind) {
      case 'text':
      case 'date':
        await page.locator(`#${fieldId(answer.path)}`).fill(answer.value);
        return;
      case 'radio':
      case 'check':
        await page.locator(`input[name="${answer.path}"][value="${answer.value}"]`).check();
        return;
      case 'select':
        await page.locator(`#${fieldId(answer.path)}`).selectOption(answer.value);
        return;
      case 'button':
        await page.getByRole('button', { name: this.t(answer.key, answer.params) }).click();
        return;
    }
  }

  /** "Save and continue" (or Submit on the review page), by keyboard or pointer. */
  async next(step: string, keyboard: boolean): Promise<void> {
    const name = this.t(step === 'review' ? 'form.submit' : 'wizard.continue');
    const button = this.page.getByRole('button', { name });
    if (keyboard) {
      await this.tabTo(button);
      await this.page.keyboard.press('Enter');
    } else await button.click();
  }

  /** Starts a new application from the list; returns its id. */
  async startNew(keyboard = false): Promise<string> {
    const button = this.page.getByRole('button', { name: this.t('list.new') });
    if (keyboard) {
      await this.tabTo(button);
      await this.page.keyboard.press('Enter');
    } else await button.click();
    await this.waitForStep('authorization');
    const id = /\/applications\/([0-9a-f-]{36})/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`no application id in ${this.page.url()}`);
    return id;
  }

  /**
   * Completes every step of `script`, calling `atStep` once each step is on screen (axe,
   * screenshots). A script that ends with the review submits and ends on the receipt page.
   */
  async complete(
    script: StepScript[],
    options: { keyboard: boolean; atStep?: (step: string) => Promise<void> },
  ): Promise<void> {
    for (const { step, answers } of script) {
      await this.waitForStep(step);
      for (const answer of answers) {
        if (options.keyboard) await this.answerByKeyboard(answer);
        else await this.answerWithPointer(answer);
      }
      await this.waitUntilSaved();
      await options.atStep?.(step);
      await this.next(step, options.keyboard);
    }
    if (script.at(-1)?.step === 'review') await this.page.waitForURL(/\/receipt$/);
  }

  confirmationNumber(): Locator {
    return this.page.getByTestId('confirmation-number');
  }
}
