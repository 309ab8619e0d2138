import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { packsFromDisk } from '../../../../test/fixtures/packs';
import { emptyPass, syncServiceDefaults } from '../../../../test/fixtures/services';
import { signedIn, TEST_PIN, TEST_SESSION } from '../../../../test/fixtures/session';
import { selectPacks } from '../../../rule-packs/load-pack';
import type { DraftV2 } from '../../../schema/draft-v2';
import { screeningInput } from '../../../schema/screening';
import { screen as screenHousehold } from '../../../screener/determine';
import { ApplicationsRepo } from '../../../store/applications';
import { AssistDb } from '../../../store/db';
import { OutboxRepo } from '../../../store/outbox';
import { OutboxSender } from '../../../sync/sender';
import { CATALOGS, translatorFor } from '../../i18n/catalogs';
import { I18nProvider } from '../../i18n/context';
import { type Services, ServicesContext } from '../../services';
import { CheckScreen } from './CheckScreen';

const TODAY = '2026-11-23';
const PACKS = packsFromDisk();
const loadFromDisk = async () => PACKS;

function renderCheck(lang: 'en' | 'es' = 'en', services: Services | null = null) {
  return render(
    <I18nProvider catalogs={CATALOGS} initial={lang}>
      <ServicesContext.Provider value={services}>
        <CheckScreen loadPacks={loadFromDisk} today={() => TODAY} />
      </ServicesContext.Provider>
    </I18nProvider>,
  );
}

const t = translatorFor('en');
const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
/** Picks an option as a person does: the value changes, then a `change` event. */
const choose = (label: string | RegExp, value: string) =>
  act(() => {
    const select = screen.getByLabelText(label) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

async function fillSingleAdult(opts: { year: string; benchmark?: string }) {
  await screen.findByRole('button', { name: t.t('check.submit') });
  choose(t.t('check.planYear'), opts.year);
  choose(t.t('address.state'), 'MA');
  type(t.t('check.age'), '36');
  fireEvent.click(screen.getByRole('button', { name: 'Add income for Person 1' }));
  choose(t.t('income.kind'), 'wages');
  type(t.t('income.amount'), '3,750');
  choose(t.t('income.frequency'), 'monthly');
  if (opts.benchmark) type(/second-lowest-cost silver/, opts.benchmark);
  fireEvent.click(screen.getByRole('button', { name: t.t('check.submit') }));
}

/** What the engine says for the same household: the figures are never written into the test. */
function expected(year: number, benchmark?: number) {
  const input = screeningInput.parse({
    planYear: year,
    screeningDate: TODAY,
    state: 'MA',
    ...(benchmark === undefined ? {} : { benchmarkSilverMonthlyPremium: benchmark }),
    household: [
      {
        role: 'filer',
        age: 36,
        immigrationStatus: 'citizen',
        incomes: [{ type: 'wages', annual: 45_000 }],
      },
    ],
  });
  const set = selectPacks(PACKS, year, 'MA');
  if (!set) throw new Error(`no packs for ${year}`);
  return screenHousehold(input, set);
}

describe('Check eligibility', () => {
  it('lists missing answers in a summary, each linked to its field, and marks the fields', async () => {
    renderCheck();
    fireEvent.click(await screen.findByRole('button', { name: t.t('check.submit') }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['State: This field is required.', '#check-state'],
      ['Person 1, Age: This field is required.', '#check-k1-age'],
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const age = screen.getByLabelText(t.t('check.age'));
    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(age.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      t.t('error.required'),
    );
  });

  it('shows each person’s program, the household figures and the why, as the screener decides', async () => {
    renderCheck();
    await fillSingleAdult({ year: '2026', benchmark: '700' });
    const d = expected(2026, 700);
    const results = await screen.findByRole('region', { name: t.t('check.resultsHeading') });
    const member = d.members[0];
    expect(within(results).getByTestId('member-program').textContent).toBe(
      t.t(`program.${member?.program ?? 'medicaid'}`),
    );
    expect(within(results).getByTestId('figure-aptc').textContent).toBe(
      t.t('check.perMonth', { amount: t.money(d.aptcMonthly ?? Number.NaN) }),
    );
    expect(within(results).getByTestId('figure-contribution').textContent).toBe(
      t.t('check.perMonth', { amount: t.money(d.expectedContributionMonthly ?? Number.NaN) }),
    );
    expect(within(results).getByTestId('figure-fpl').textContent).toBe(
      new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(
        (d.fplPercent ?? 0) / 100,
      ),
    );
    // The why: every step of the trace with its source, inside a <details> the person opens.
    const why = within(results).getByText('Why, for Person 1').closest('details');
    expect(why?.open).toBe(false);
    for (const reason of member?.reasons ?? []) {
      expect(why?.textContent).toContain(reason.text);
      expect(why?.textContent).toContain(reason.source);
    }
    await waitFor(() => expect(document.activeElement?.id).toBe('check-results-heading'));
    // The what-if chart follows the results, with its table of the engine's curve.
    expect(await screen.findByRole('figure')).toBeTruthy();
    expect(screen.getByTestId('what-if-table')).toBeTruthy();
  });

  it('says plainly that the 2027 credit waits for the IRS figures, and still says who qualifies', async () => {
    renderCheck();
    await fillSingleAdult({ year: '2027', benchmark: '700' });
    const d = expected(2027, 700);
    expect(d.aptcMonthly).toBeNull();
    const aptc = await screen.findByTestId('figure-aptc');
    expect(aptc.textContent).toBe(t.t('check.aptcMissingFigures', { year: 2027 }));
    expect(screen.getByTestId('member-program').textContent).toBe(
      t.t(`program.${d.members[0]?.program ?? 'medicaid'}`),
    );
    // No amounts anywhere on the curve: the chart says what it needs instead of drawing zeros.
    expect(await screen.findByText(t.t('chart.noCurve'))).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('speaks Spanish, with money and percentages written the Spanish way', async () => {
    const es = translatorFor('es');
    renderCheck('es');
    await screen.findByRole('button', { name: es.t('check.submit') });
    choose(es.t('check.planYear'), '2026');
    choose(es.t('address.state'), 'MA');
    type(es.t('check.age'), '36');
    fireEvent.click(screen.getByRole('button', { name: 'Agregar ingresos de Persona 1' }));
    choose(es.t('income.kind'), 'wages');
    type(es.t('income.amount'), '45000');
    choose(es.t('income.frequency'), 'yearly');
    type(/segundo plan plata/, '700');
    fireEvent.click(screen.getByRole('button', { name: es.t('check.submit') }));
    const d = expected(2026, 700);
    expect((await screen.findByTestId('figure-aptc')).textContent).toBe(
      es.t('check.perMonth', { amount: es.money(d.aptcMonthly ?? Number.NaN) }),
    );
    expect(screen.getAllByText(es.t('check.reasonsInEnglish')).length).toBeGreaterThan(0);
    expect(screen.getByTestId('member-program').textContent).toBe(
      es.t(`program.${d.members[0]?.program ?? 'medicaid'}`),
    );
  });

  it('lets a signed-in assister start an application that keeps the screening', async () => {
    const db = new AssistDb(`check-${crypto.randomUUID()}`);
    const services: Services = {
      applications: new ApplicationsRepo(db),
      outbox: new OutboxRepo(db),
      sender: new OutboxSender({
        drainOnce: async () => ({ result: { kind: 'empty', sent: 0, refused: 0 } }),
      }),
      afterSubmit: () => undefined,
      sendNow: () => {},
      exportWaiting: async () => {
        throw new Error('not in this test');
      },
      storageHealth: async () => ({ persisted: false, usageBytes: 0, quotaBytes: 1e9 }),
      reconciliation: async () => null,
      onUpgradedElsewhere: () => () => {},
      ...(await signedIn(db)),
    };
    history.replaceState(null, '', '/check');
    renderCheck('en', services);
    await fillSingleAdult({ year: '2026', benchmark: '700' });
    fireEvent.click(await screen.findByRole('button', { name: t.t('check.start') }));
    await waitFor(() => expect(location.pathname).toMatch(/^\/applications\/[0-9a-f-]{36}$/));
    const id = location.pathname.split('/')[2] ?? '';
    const record = await services.applications.get(id);
    const fields = (record?.fields ?? {}) as DraftV2;
    expect(fields['member.m1.income.i1.amount']).toBe('3750');
    expect(fields['member.m1.income.i1.frequency']).toBe('monthly');
    expect(fields['address.state']).toBe('MA');
    const d = expected(2026, 700);
    expect(record?.screening?.determination.aptcMonthly).toBe(d.aptcMonthly);
    expect(record?.screening?.packVersions).toEqual(d.packVersions);
    expect(record?.screening?.input).toMatchObject({ planYear: 2026, state: 'MA' });
  });

  it('offers to start an application only while the app is unlocked (it is sealed with the key)', async () => {
    const db = new AssistDb(`check-${crypto.randomUUID()}`);
    const services: Services = {
      applications: new ApplicationsRepo(db),
      outbox: new OutboxRepo(db),
      sender: new OutboxSender({ drainOnce: emptyPass }),
      afterSubmit: () => undefined,
      ...syncServiceDefaults(),
      ...(await signedIn(db)),
    };
    services.vault.lock('on-demand');
    renderCheck('en', services);
    await fillSingleAdult({ year: '2026', benchmark: '700' });
    await screen.findByTestId('figure-aptc');
    expect(screen.queryByRole('button', { name: t.t('check.start') })).toBeNull();
    await act(async () => {
      await services.vault.unlock(TEST_SESSION.assister.id, TEST_PIN);
    });
    expect(await screen.findByRole('button', { name: t.t('check.start') })).toBeTruthy();
  });

  it('offers nothing to store to someone who is not signed in', async () => {
    renderCheck();
    await fillSingleAdult({ year: '2026', benchmark: '700' });
    await screen.findByTestId('figure-aptc');
    expect(screen.queryByRole('button', { name: t.t('check.start') })).toBeNull();
  });
});

beforeEach(() => {
  history.replaceState(null, '', '/check');
});
