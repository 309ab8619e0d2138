import type { Locator, Page } from 'playwright-core';
import { type Frequency, PAYMENTS_PER_YEAR } from '../../src/schema/application-v2';
import type {
  ImmigrationStatus,
  IncomeType,
  Role,
  ScreeningInputRaw,
} from '../../src/schema/screening';
import type { UsState } from '../../src/schema/us-states';
import type { Language } from '../../src/ui/i18n/catalog';
import { CATALOGS } from '../../src/ui/i18n/catalogs';
import type { MessageKey } from '../../src/ui/i18n/en';

export interface CheckIncome {
  type: IncomeType;
  /** As typed, e.g. "3,000". */
  amount: string;
  frequency: Frequency;
}

export interface CheckMember {
  role: Role;
  age: number;
  /** Expected children of a pregnant member. */
  expecting?: number;
  status?: ImmigrationStatus;
  /** Years in that status (asked for a green card holder). */
  years?: number;
  incomes: CheckIncome[];
}

export interface CheckHousehold {
  planYear: number;
  state: UsState;
  benchmark?: string;
  members: CheckMember[];
}

const MAX_TABS = 400;
const amountOf = (text: string) => Number(text.replace(/[$,\s]/g, ''));

/** The same household as the screener's input, as `npm run screen` reads it. */
export function cliInput(h: CheckHousehold, screeningDate: string): ScreeningInputRaw {
  return {
    planYear: h.planYear,
    screeningDate,
    state: h.state,
    ...(h.benchmark ? { benchmarkSilverMonthlyPremium: amountOf(h.benchmark) } : {}),
    household: h.members.map((m) => ({
      role: m.role,
      age: m.age,
      pregnant: m.expecting !== undefined,
      expectedChildren: m.expecting ?? 0,
      immigrationStatus: m.status ?? 'citizen',
      yearsInStatus: m.years ?? null,
      incomes: m.incomes.map((i) => ({
        type: i.type,
        annual: Math.round(amountOf(i.amount) * PAYMENTS_PER_YEAR[i.frequency] * 100) / 100,
      })),
    })),
  };
}

/**
 * "Check eligibility" as a person uses it: by keyboard only (Tab, typing, arrows, Space, Enter)
 * or with the pointer, finding fields by their labels in the page's language.
 */
export class CheckPage {
  constructor(
    readonly page: Page,
    public lang: Language = 'en',
  ) {}

  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    return CATALOGS[this.lang][key].replace(/\{(\w+)\}/g, (_, n: string) =>
      String(params[n] ?? ''),
    );
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('check.heading') });
  }

  results(): Locator {
    return this.page.getByRole('region', { name: this.t('check.resultsHeading') });
  }

  /** The screening date the page uses: the browser's local date. */
  today(): Promise<string> {
    return this.page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
  }

  async fill(h: CheckHousehold, keyboard: boolean): Promise<void> {
    const { page } = this;
    await this.select(page.getByLabel(this.t('check.planYear')), String(h.planYear), keyboard);
    await this.select(page.getByLabel(this.t('address.state'), { exact: true }), h.state, keyboard);
    for (const [i, m] of h.members.entries()) {
      if (i > 0)
        await this.press(page.getByRole('button', { name: this.t('household.add') }), keyboard);
      const person = page.locator('fieldset.check-member').nth(i);
      await person.waitFor();
      await this.select(person.getByLabel(this.t('check.role')), m.role, keyboard);
      await this.text(
        person.getByLabel(this.t('check.age'), { exact: true }),
        String(m.age),
        keyboard,
      );
      await this.select(person.getByLabel(this.t('check.status')), m.status ?? 'citizen', keyboard);
      if (m.years !== undefined) {
        const years = person.getByLabel(this.t('check.yearsInStatus'));
        await this.text(years, String(m.years), keyboard);
      }
      if (m.expecting !== undefined) {
        await this.check(person.getByLabel(this.t('check.pregnant')), keyboard);
        await this.text(
          person.getByLabel(this.t('member.expectedChildren')),
          String(m.expecting),
          keyboard,
        );
      }
      const name = this.t('household.person', { n: i + 1 });
      for (const [j, income] of m.incomes.entries()) {
        await this.press(
          person.getByRole('button', { name: this.t('income.add', { name }) }),
          keyboard,
        );
        const item = person.locator('fieldset.check-income').nth(j);
        await item.waitFor();
        await this.select(item.getByLabel(this.t('income.kind')), income.type, keyboard);
        await this.text(item.getByLabel(this.t('income.amount')), income.amount, keyboard);
        await this.select(item.getByLabel(this.t('income.frequency')), income.frequency, keyboard);
      }
    }
    if (h.benchmark) {
      await this.text(page.getByLabel(this.t('check.benchmark')), h.benchmark, keyboard);
    }
  }

  async submit(keyboard: boolean): Promise<void> {
    await this.press(
      this.page.getByRole('button', { name: this.t('check.submit'), exact: true }),
      keyboard,
    );
    await this.results().waitFor();
  }

  /** Opens every "why" and the chart's table (keyboard: Tab to each summary, then Enter). */
  async openDetails(keyboard: boolean): Promise<void> {
    const summaries = this.page.locator('details:not([open]) > summary');
    for (let i = await summaries.count(); i > 0; i -= 1) {
      await this.press(summaries.first(), keyboard);
    }
  }

  async tabTo(target: Locator): Promise<void> {
    for (let i = 0; i < MAX_TABS; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`not reachable with Tab: ${target}`);
  }

  private async press(target: Locator, keyboard: boolean): Promise<void> {
    if (!keyboard) return target.click();
    await this.tabTo(target);
    await this.page.keyboard.press('Enter');
  }

  private async text(target: Locator, value: string, keyboard: boolean): Promise<void> {
    if (!keyboard) return target.fill(value);
    await this.tabTo(target);
    await this.page.keyboard.type(value);
  }

  private async check(target: Locator, keyboard: boolean): Promise<void> {
    if (!keyboard) return target.check();
    await this.tabTo(target);
    if (!(await target.isChecked())) await this.page.keyboard.press('Space');
  }

  private async select(target: Locator, value: string, keyboard: boolean): Promise<void> {
    if (!keyboard) {
      await target.selectOption(value);
      return;
    }
    await this.tabTo(target);
    const options = await target
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const steps = options.indexOf(value) - options.indexOf(await target.inputValue());
    for (let i = 0; i < Math.abs(steps); i += 1) {
      await this.page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    }
  }
}
