import { render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../../../test/fixtures/applications';
import { packsFromDisk } from '../../../../test/fixtures/packs';
import { freshDeviceServices } from '../../../../test/fixtures/services';
import { selectPacks } from '../../../rule-packs/load-pack';
import { screeningInput } from '../../../schema/screening';
import { screen as screenHousehold } from '../../../screener/determine';
import type { ApplicationRecord } from '../../../store/records';
import { App } from '../../App';
import { CATALOGS, translatorFor } from '../../i18n/catalogs';
import { I18nProvider } from '../../i18n/context';
import { ServicesContext } from '../../services';
import { Receipt } from '../Assist/Receipt';

const t = translatorFor('en');

beforeEach(() => {
  history.replaceState(null, '', '/');
});

describe('the way to "Check eligibility"', () => {
  it('is the first link of the navigation on the first screen of a new device', async () => {
    render(
      <I18nProvider catalogs={CATALOGS} initial="en" chosen={false}>
        <App />
      </I18nProvider>,
    );
    const nav = screen.getByRole('navigation', { name: t.t('nav.main') });
    const first = within(nav).getAllByRole('link')[0];
    expect(first?.textContent).toBe(t.t('nav.check'));
    expect(first?.getAttribute('href')).toBe('/check');
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
  });

  it('opens at /check with no store, no sign-in and no language chosen yet', async () => {
    history.replaceState(null, '', '/check');
    render(
      <I18nProvider catalogs={CATALOGS} initial="es" chosen={false}>
        <App />
      </I18nProvider>,
    );
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(translatorFor('es').t('check.heading'));
    expect(screen.queryByText(translatorFor('es').t('signIn.heading'))).toBeNull();
  });
});

describe('the sign-in screen', () => {
  it('offers the check to someone with no account', async () => {
    const services = freshDeviceServices();
    render(
      <I18nProvider catalogs={CATALOGS} initial="en">
        <ServicesContext.Provider value={services}>
          <App />
        </ServicesContext.Provider>
      </I18nProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: t.t('signIn.heading') });
    const main = screen.getByRole('main');
    expect(
      within(main)
        .getByRole('link', { name: t.t('nav.check') })
        .getAttribute('href'),
    ).toBe('/check');
  });
});

describe('the receipt of an application started from a check', () => {
  it('shows the estimate in dollars, the programs and the rule packs used', () => {
    const set = selectPacks(packsFromDisk(), 2026, 'MA');
    if (!set) throw new Error('no packs');
    const raw = {
      planYear: 2026,
      screeningDate: '2026-11-23',
      state: 'MA' as const,
      benchmarkSilverMonthlyPremium: 800,
      household: [
        {
          role: 'filer' as const,
          age: 50,
          immigrationStatus: 'citizen' as const,
          incomes: [{ type: 'wages' as const, annual: 60_000 }],
        },
      ],
    };
    const determination = screenHousehold(screeningInput.parse(raw), set);
    const app: ApplicationRecord = {
      id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
      status: 'draft',
      schemaVersion: 2,
      createdAt: '2026-11-23T15:00:00.000Z',
      updatedAt: '2026-11-23T15:00:00.000Z',
      fields: makeDraftV2(),
      attempts: 0,
      screening: {
        screenedAt: '2026-11-23T15:00:00.000Z',
        input: raw,
        determination,
        packVersions: determination.packVersions,
      },
    };
    render(
      <I18nProvider catalogs={CATALOGS} initial="en">
        <ServicesContext.Provider value={freshDeviceServices()}>
          <Receipt app={app} />
        </ServicesContext.Provider>
      </I18nProvider>,
    );
    const slot = screen.getByRole('region', { name: t.t('receipt.screeningHeading') });
    expect(within(slot).getByTestId('figure-aptc').textContent).toBe(
      t.t('check.perMonth', { amount: t.money(determination.aptcMonthly ?? Number.NaN) }),
    );
    expect(slot.textContent).toContain(determination.packVersions.join(', '));
    expect(slot.textContent).toContain(
      t.t(`program.${determination.members[0]?.program ?? 'medicaid'}`),
    );
  });

  it('says when no check was kept with the application', () => {
    const app: ApplicationRecord = {
      id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4c',
      status: 'draft',
      schemaVersion: 2,
      createdAt: '2026-11-23T15:00:00.000Z',
      updatedAt: '2026-11-23T15:00:00.000Z',
      fields: makeDraftV2(),
      attempts: 0,
    };
    render(
      <I18nProvider catalogs={CATALOGS} initial="en">
        <ServicesContext.Provider value={freshDeviceServices()}>
          <Receipt app={app} />
        </ServicesContext.Provider>
      </I18nProvider>,
    );
    expect(screen.getByText(t.t('receipt.screeningPending'))).toBeTruthy();
  });
});
