import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApplicationsRepo } from '../store/applications';
import { AssistDb } from '../store/db';
import { OutboxRepo } from '../store/outbox';
import { OutboxSender } from '../sync/sender';
import { App } from './App';
import { I18nProvider } from './i18n/context';
import { interceptLinks } from './router';
import { type Services, ServicesContext } from './services';

let services: Services;
let db: AssistDb;
let submits = 0;

beforeEach(() => {
  history.replaceState(null, '', '/');
  db = new AssistDb(`ui-${crypto.randomUUID()}`);
  submits = 0;
  const sender = new OutboxSender({
    drainOnce: async () => ({ kind: 'empty', sent: 0, refused: 0 }),
  });
  services = {
    applications: new ApplicationsRepo(db),
    outbox: new OutboxRepo(db),
    sender,
    afterSubmit: () => {
      submits += 1;
    },
  };
});

function renderApp(lang: 'en' | 'es' = 'en') {
  const detach = interceptLinks(document);
  const view = render(
    <I18nProvider initial={lang}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nProvider>,
  );
  return { ...view, detach };
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function fillValidApplication() {
  type('First name', 'Ana');
  type('Last name', 'Diaz');
  type('Date of birth', '1990-04-12');
  type('People in the household', '3');
  type('Yearly household income (US dollars)', '52000');
  fireEvent.input(screen.getByLabelText('State'), { target: { value: 'MA' } });
  type('ZIP code', '02118');
}

/** A version-1 draft, as the skeleton made them, opened: its one-page form keeps working. */
async function openV1Draft() {
  const draft = await services.applications.createDraft({ schemaVersion: 1 });
  history.replaceState(null, '', `/applications/${draft.id}`);
}

describe('App (the version-1 form, kept for drafts made before the wizard)', () => {
  it('says online and that nothing waits, in a live region', async () => {
    renderApp();
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Online · All applications sent'));
  });

  it('saves each typed value on the device as it is typed', async () => {
    await openV1Draft();
    renderApp();
    await screen.findByLabelText('First name');
    type('First name', 'Ana');
    type('ZIP code', '02118');
    await waitFor(async () => {
      const [app] = await services.applications.list();
      expect(app?.fields).toEqual({ 'applicant.firstName': 'Ana', 'address.zip': '02118' });
    });
  });

  it('shows what was typed after the screen is rebuilt (a reload)', async () => {
    const draft = await services.applications.createDraft({
      schemaVersion: 1,
      fields: { 'applicant.firstName': 'Ana', 'household.annualIncome': '52,000' },
    });
    history.replaceState(null, '', `/applications/${draft.id}`);
    renderApp();
    expect(await screen.findByDisplayValue('Ana')).toBeTruthy();
    expect(
      (screen.getByLabelText('Yearly household income (US dollars)') as HTMLInputElement).value,
    ).toBe('52,000');
  });

  it('an incomplete submit lists each problem, linked to its field, and queues nothing', async () => {
    await openV1Draft();
    renderApp();
    await screen.findByLabelText('First name');
    type('First name', 'Ana');
    fireEvent.click(screen.getByRole('button', { name: 'Submit application' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('Please correct these fields');
    const link = within(summary).getByRole('link', { name: 'Last name: This field is required.' });
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Last name'));
    expect(screen.getByLabelText('Last name').getAttribute('aria-invalid')).toBe('true');
    expect(await services.outbox.waitingCount()).toBe(0);
    expect(submits).toBe(0);
  });

  it('a complete submit shows it waiting to be sent, read-only, and wakes the sender', async () => {
    await openV1Draft();
    renderApp();
    await screen.findByLabelText('First name');
    await fillValidApplication();
    fireEvent.click(screen.getByRole('button', { name: 'Submit application' }));
    await screen.findByText(/This application is waiting to be sent/);
    expect(screen.queryByLabelText('First name')).toBeNull();
    expect(screen.getByText('Ana')).toBeTruthy();
    expect(submits).toBe(1);
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toContain('1 application waiting to be sent'));
  });

  it('a sent application shows the confirmation number in the list', async () => {
    const draft = await services.applications.createDraft({ schemaVersion: 1 });
    await db.applications.update(draft.id, {
      status: 'submitted',
      fields: { 'applicant.firstName': 'Ana', 'applicant.lastName': 'Diaz' },
      receipt: {
        id: draft.id,
        confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
        receivedAt: '2026-11-23T15:05:00.000Z',
        payloadHash: 'a'.repeat(64),
      },
    });
    renderApp();
    const row = (await screen.findByRole('link', { name: 'Ana Diaz' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(row).getByText('Sent')).toBeTruthy();
    expect(within(row).getByText('EA-7K3F-9Q2D-M4XP')).toBeTruthy();
  });

  it('speaks Spanish when chosen, and every control has a name', async () => {
    renderApp('es');
    fireEvent.click(await screen.findByRole('button', { name: 'Comenzar una solicitud nueva' }));
    expect(await screen.findByLabelText('Nombre de la persona que da permiso')).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    for (const control of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      'input, select',
    )) {
      expect(control.labels?.[0]?.textContent?.trim(), control.outerHTML).toBeTruthy();
    }
    for (const button of document.querySelectorAll('button')) {
      expect(button.textContent?.trim(), button.outerHTML).toBeTruthy();
    }
  });
});

describe('App (saved values come back)', () => {
  it('shows the saved state choice after a reload', async () => {
    const draft = await services.applications.createDraft({
      fields: { 'address.state': 'TX' },
      schemaVersion: 1,
    });
    history.replaceState(null, '', `/applications/${draft.id}`);
    renderApp();
    const select = (await screen.findByLabelText('State')) as HTMLSelectElement;
    expect(select.value).toBe('TX');
  });
});
