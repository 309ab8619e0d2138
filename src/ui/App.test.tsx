import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../test/fixtures/applications';
import { recoveryFetch, TEST_PIN, TEST_RECOVERY_KEY } from '../../test/fixtures/session';
import { ApplicationsRepo } from '../store/applications';
import { AssistDb } from '../store/db';
import { OutboxRepo } from '../store/outbox';
import { SessionRepo } from '../store/session';
import { Vault } from '../store/vault';
import type { PassResult } from '../sync/engine';
import { PinSetup } from '../sync/pin-setup';
import { OutboxSender } from '../sync/sender';
import type { SignInOutcome } from '../sync/session-client';
import { App } from './App';
import { CATALOGS } from './i18n/catalogs';
import { I18nProvider } from './i18n/context';
import { interceptLinks } from './router';
import { type Services, ServicesContext } from './services';

let services: Services;
let db: AssistDb;
let submits = 0;

const SESSION = {
  token: 'A'.repeat(43),
  tokenType: 'Bearer' as const,
  expiresAt: '2026-11-24T03:00:00.000Z',
  assister: {
    id: '0f8e4c1a-6b7d-4e2f-9a51-3c2d1e0f9a88',
    name: 'maria',
    role: 'assister' as const,
  },
  recoveryKey: 'B'.repeat(43),
};
/** What the fake sign-in answers next (the real client is tested in src/sync). */
let nextSignIn: SignInOutcome = { kind: 'ok', session: SESSION };
let signIns: { name: string; password: string }[] = [];

function makeServices(drainOnce: () => Promise<PassResult>): Services {
  const session = new SessionRepo(db);
  const sender = new OutboxSender({ drainOnce: async () => ({ result: await drainOnce() }) });
  const vault = new Vault(db, undefined, undefined, { iterations: 1_000 });
  const pinSetup = new PinSetup(vault, {
    baseUrl: '',
    fetch: recoveryFetch,
    deviceId: () => vault.profiles.deviceId(),
  });
  return {
    vault,
    pinSetup,
    applications: new ApplicationsRepo(db),
    outbox: new OutboxRepo(db),
    sender,
    afterSubmit: () => {
      submits += 1;
    },
    sendNow: () => {},
    exportWaiting: async () => {
      throw new Error('not in this test');
    },
    storageHealth: async () => ({ persisted: false, usageBytes: 1_000_000, quotaBytes: 2e9 }),
    reconciliation: async () => null,
    onUpgradedElsewhere: () => () => {},
    session,
    async signIn(name, password) {
      signIns.push({ name, password });
      if (nextSignIn.kind === 'ok') {
        await session.save(nextSignIn.session);
        await pinSetup.afterSignIn(nextSignIn.session);
        void sender.resume();
      }
      return nextSignIn;
    },
    signOut: () => session.clear(),
  };
}

beforeEach(async () => {
  history.replaceState(null, '', '/');
  db = new AssistDb(`ui-${crypto.randomUUID()}`);
  submits = 0;
  signIns = [];
  nextSignIn = { kind: 'ok', session: SESSION };
  services = makeServices(async () => ({ kind: 'empty', sent: 0, refused: 0 }));
  // The assist flow is for a signed-in assister who set a PIN; sign-in has its own tests below.
  await services.session.save(SESSION);
  await unlock(services);
});

/** As after setting a PIN: the assister's profile exists and the data key is unlocked. */
async function unlock(s: Services) {
  await s.vault.create({
    assisterId: SESSION.assister.id,
    name: SESSION.assister.name,
    deviceId: crypto.randomUUID(),
    secret: TEST_PIN,
    secretKind: 'pin',
    recoveryKey: TEST_RECOVERY_KEY,
  });
}

function renderApp(lang: 'en' | 'es' = 'en') {
  const detach = interceptLinks(document);
  const view = render(
    <I18nProvider catalogs={CATALOGS} initial={lang}>
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
    // The line is drawn before the store answers (App's early status), then by the store's screens.
    await waitFor(() =>
      expect(within(screen.getByTestId('status-line')).getByRole('status').textContent).toBe(
        'Online · All applications sent',
      ),
    );
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

describe('App (sign-in)', () => {
  it('asks a new device to sign in first, then for a PIN; setting it opens the list', async () => {
    db = new AssistDb(`ui-${crypto.randomUUID()}`);
    services = makeServices(async () => ({ kind: 'empty', sent: 0, refused: 0 }));
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    type('User name', 'maria');
    type('Password', 'tarragon meadow 7731');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Choose a PIN for this device' }),
    ).toBeTruthy();
    type('PIN (6 or more digits)', TEST_PIN);
    type('Type the PIN again', TEST_PIN);
    fireEvent.click(screen.getByRole('button', { name: 'Save the PIN' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Applications' })).toBeTruthy();
    expect(signIns).toEqual([{ name: 'maria', password: 'tarragon meadow 7731' }]);
    expect(await screen.findByRole('button', { name: 'Sign out (maria)' })).toBeTruthy();
  });

  it('says why a sign-in failed, in an alert, and keeps the name typed', async () => {
    db = new AssistDb(`ui-${crypto.randomUUID()}`);
    services = makeServices(async () => ({ kind: 'empty', sent: 0, refused: 0 }));
    nextSignIn = { kind: 'failed' };
    renderApp();
    await screen.findByLabelText('User name');
    type('User name', 'maria');
    type('Password', 'wrong');
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The user name or the password is not right. Check both and try again.',
    );
    expect((screen.getByLabelText('User name') as HTMLInputElement).value).toBe('maria');
    nextSignIn = { kind: 'offline' };
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Signing in needs a connection'),
    );
  });

  it('a 401 pauses the queue with a link to sign in; signing in resumes it, nothing dropped or re-keyed', async () => {
    let answer: PassResult = { kind: 'unauthorized', sent: 0, refused: 0 };
    const passes: string[] = [];
    services = makeServices(async () => {
      const next = await services.outbox.oldest();
      passes.push(next?.id ?? 'none');
      return answer;
    });
    await services.session.save(SESSION);
    await unlock(services);
    const draft = await services.applications.createDraft({ fields: makeDraftV2() });
    await services.applications.submit(draft.id);
    renderApp();
    await services.sender.request('start');
    const status = await screen.findByRole('status');
    await waitFor(() =>
      expect(status.textContent).toBe(
        'Online · 1 application waiting to be sent · Sending is paused until you sign in again.',
      ),
    );
    fireEvent.click(screen.getByRole('link', { name: 'Sign in to send' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    answer = { kind: 'empty', sent: 1, refused: 0 };
    type('User name', 'maria');
    type('Password', 'tarragon meadow 7731');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Applications' });
    // The resumed pass found the same application, under its original id, still queued.
    await waitFor(() => expect(passes).toEqual([draft.id, draft.id]));
    expect((await services.outbox.oldest())?.submission.id).toBe(draft.id);
  });
});
