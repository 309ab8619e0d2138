import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../../../test/fixtures/applications';
import { emptyPass, syncServiceDefaults } from '../../../../test/fixtures/services';
import { signedIn, TEST_PIN, TEST_SESSION } from '../../../../test/fixtures/session';
import { MAX_FAILED_UNLOCKS } from '../../../crypto';
import { ApplicationsRepo } from '../../../store/applications';
import { AssistDb } from '../../../store/db';
import { type LockScreenData, readLockScreen } from '../../../store/lock-screen-read';
import { OutboxRepo } from '../../../store/outbox';
import { OutboxSender } from '../../../sync/sender';
import { App } from '../../App';
import { useInactivityLock } from '../../hooks/use-inactivity-lock';
import { CATALOGS } from '../../i18n/catalogs';
import { I18nProvider } from '../../i18n/context';
import { interceptLinks } from '../../router';
import { type Services, ServicesContext, ServicesStartingContext } from '../../services';
import { StatusArea } from '../Assist/AssistArea';

let services: Services;
let db: AssistDb;

beforeEach(async () => {
  history.replaceState(null, '', '/');
  db = new AssistDb(`lock-${crypto.randomUUID()}`);
  const session = await signedIn(db);
  services = {
    applications: new ApplicationsRepo(db),
    outbox: new OutboxRepo(db),
    sender: new OutboxSender({ drainOnce: emptyPass }),
    afterSubmit: () => undefined,
    ...syncServiceDefaults(),
    ...session,
    // As main.tsx: an online sign-in goes through the PIN step.
    signIn: async (name, password) => {
      const outcome = await session.signIn(name, password);
      if (outcome.kind === 'ok') await session.pinSetup.afterSignIn(outcome.session);
      return outcome;
    },
  };
});

function renderApp(lang: 'en' | 'es' = 'en') {
  interceptLinks(document);
  return render(
    <I18nProvider catalogs={CATALOGS} initial={lang}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nProvider>,
  );
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

async function signInAgain() {
  await heading('Sign in');
  type('User name', 'maria');
  type('Password', 'tarragon meadow 7731');
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('lock and unlock', () => {
  it('the Lock button drops the key and shows nothing personal; the PIN brings it all back', async () => {
    await services.applications.createDraft({ fields: makeDraftV2() });
    renderApp();
    await heading('Applications');
    expect(document.body.textContent).toContain('Diaz');
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await heading('The app is locked');
    expect(services.vault.state()).toEqual({ kind: 'locked' });
    expect(document.body.textContent).not.toContain('Diaz');
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();

    type('PIN', '000111');
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `That PIN is not right. ${MAX_FAILED_UNLOCKS - 1} tries left before the PIN is disabled.`,
    );
    type('PIN', TEST_PIN);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await heading('Applications');
    expect(document.body.textContent).toContain('Diaz');
  });

  it('after the tenth wrong PIN the PIN is disabled; an online sign-in and a new PIN unlock, nothing lost', async () => {
    const draft = await services.applications.createDraft({ fields: makeDraftV2() });
    services.vault.lock('on-demand');
    for (let i = 0; i < MAX_FAILED_UNLOCKS; i += 1) {
      await db.profiles.update(TEST_SESSION.assister.id, {
        attempts: { format: 1, failures: i, lastFailureAt: null },
      });
      await services.vault.unlock(TEST_SESSION.assister.id, '000111');
    }
    renderApp();
    await heading('The app is locked');
    expect((await screen.findByRole('alert')).textContent).toContain('This PIN is disabled');
    expect(screen.queryByLabelText('PIN')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'I forgot my PIN' }));
    await signInAgain();
    await heading('Choose a new PIN');
    type('PIN (6 or more digits)', '739164');
    type('Type the PIN again', '739164');
    fireEvent.click(screen.getByRole('button', { name: 'Save the PIN' }));
    await heading('Applications');
    expect(await services.applications.get(draft.id)).toBeTruthy();
    services.vault.lock('on-demand');
    expect(await services.vault.unlock(TEST_SESSION.assister.id, '739164')).toEqual({
      kind: 'unlocked',
    });
  });

  it('forgot PIN: the sign-in asks for a new PIN and refuses a trivial one with the reason', async () => {
    services.vault.lock('on-demand');
    renderApp();
    await heading('The app is locked');
    fireEvent.click(screen.getByRole('button', { name: 'I forgot my PIN' }));
    await signInAgain();
    await heading('Choose a new PIN');
    type('PIN (6 or more digits)', '123456');
    type('Type the PIN again', '123456');
    fireEvent.click(screen.getByRole('button', { name: 'Save the PIN' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Do not use a sequence such as 123456.',
    );
    type('PIN (6 or more digits)', '739164');
    type('Type the PIN again', '739146');
    fireEvent.click(screen.getByRole('button', { name: 'Save the PIN' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The two PINs are not the same. Type them again.',
      ),
    );
    type('Type the PIN again', '739164');
    fireEvent.click(screen.getByRole('button', { name: 'Save the PIN' }));
    await heading('Applications');
  });

  it('an online sign-in of an assister with a PIN unlocks without asking for a new one', async () => {
    services.vault.lock('on-demand');
    history.replaceState(null, '', '/sign-in');
    renderApp();
    await signInAgain();
    await heading('Applications');
    expect(services.vault.state().kind).toBe('unlocked');
  });

  it('speaks Spanish on the lock screen, every control named', async () => {
    services.vault.lock('on-demand');
    renderApp('es');
    await heading('La aplicación está bloqueada');
    expect(screen.getByLabelText('PIN')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Desbloquear' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Olvidé mi PIN' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Iniciar sesión como otro asistente' })).toBeTruthy();
  });
});

describe('after a reload: the lock screen read before the store has loaded', () => {
  /** As main.tsx: the services arrive once started (here: when the test says so). */
  function Reloaded(props: { lockScreen: LockScreenData | null; starting: Promise<Services> }) {
    const [ready, setReady] = useState<Services | null>(null);
    useEffect(() => {
      void props.starting.then(setReady);
    }, [props.starting]);
    return (
      <I18nProvider catalogs={CATALOGS} initial="en">
        <ServicesStartingContext.Provider value={props.starting}>
          <ServicesContext.Provider value={ready}>
            <App lockScreen={props.lockScreen} />
          </ServicesContext.Provider>
        </ServicesStartingContext.Provider>
      </I18nProvider>
    );
  }

  async function reload() {
    services.vault.lock('on-demand');
    const lockScreen = await readLockScreen(indexedDB, db.name);
    let start: (s: Services) => void = () => {};
    const starting = new Promise<Services>((ok) => {
      start = ok;
    });
    interceptLinks(document);
    render(<Reloaded lockScreen={lockScreen} starting={starting} />);
    return { lockScreen, startServices: () => act(() => start(services)) };
  }

  it('is drawn with no store; a PIN entered meanwhile unlocks once the store is there', async () => {
    const { lockScreen, startServices } = await reload();
    expect(lockScreen?.profiles.map((p) => p.name)).toEqual(['maria']);
    await heading('The app is locked');
    // The status area's lines too, where the store's will be: online, and who may sign out.
    expect(screen.getByTestId('status-line').textContent).toBe('Online');
    expect(screen.getByRole('button', { name: 'Sign out (maria)' })).toBeTruthy();
    type('PIN', TEST_PIN);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByRole('button', { name: 'Checking…' })).toBeTruthy();
    expect(services.vault.state().kind).toBe('locked');
    await startServices();
    await heading('Applications');
    expect(services.vault.state().kind).toBe('unlocked');
  });

  it('stays in place when the store arrives: what was typed and the focus are kept', async () => {
    const { startServices } = await reload();
    await heading('The app is locked');
    const pin = screen.getByLabelText('PIN') as HTMLInputElement;
    pin.focus();
    type('PIN', '4829');
    await startServices();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByLabelText('PIN')).toBe(pin);
    expect(pin.value).toBe('4829');
    expect(document.activeElement).toBe(pin);
    // The store's status area has replaced the early one: the queue is counted now.
    expect(screen.getByTestId('status-line').textContent).toBe('Online · All applications sent');
    expect(screen.getAllByRole('button', { name: 'Sign out (maria)' })).toHaveLength(1);
    type('PIN', TEST_PIN);
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await heading('Applications');
    // Locked again later, the assister's screens draw the lock screen themselves.
    fireEvent.click(screen.getByRole('button', { name: 'Lock' }));
    await heading('The app is locked');
  });

  it('"I forgot my PIN" before the store arrives: the sign-in once it is there', async () => {
    const { startServices } = await reload();
    await heading('The app is locked');
    fireEvent.click(screen.getByRole('button', { name: 'I forgot my PIN' }));
    await startServices();
    await signInAgain();
    await heading('Choose a new PIN');
  });

  it('the store\'s status area keeps "Sign out" in place while it reads the session, and drops it once signed out', async () => {
    const session = services.session;
    let answer: (value: Awaited<ReturnType<typeof session.current>>) => void = () => {};
    const reading = { ...services, session: Object.create(session) as typeof session };
    reading.session.current = () =>
      new Promise((ok) => {
        answer = ok;
      });
    render(
      <I18nProvider catalogs={CATALOGS} initial="en">
        <ServicesContext.Provider value={reading}>
          <StatusArea signedInAs="maria" />
        </ServicesContext.Provider>
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Sign out (maria)' })).toBeTruthy();
    await act(async () => answer(undefined));
    expect(screen.queryByRole('button', { name: 'Sign out (maria)' })).toBeNull();
  });

  it('no profile on the device: no early lock screen (the sign-in needs the store)', async () => {
    const starting = new Promise<Services>(() => {});
    render(
      <Reloaded
        lockScreen={{ profiles: [], preferred: null, signedInAs: null }}
        starting={starting}
      />,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });
});

describe('the inactivity lock', () => {
  function Idle(props: { ms: number }) {
    useInactivityLock(props.ms);
    return <p>idle</p>;
  }
  const mount = (ms: number) =>
    render(
      <ServicesContext.Provider value={services}>
        <Idle ms={ms} />
      </ServicesContext.Provider>,
    );

  it('locks after the time without activity, and activity pushes it back', async () => {
    mount(300);
    await new Promise((r) => setTimeout(r, 200));
    act(() => {
      fireEvent.keyDown(window, { key: 'a' });
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(services.vault.state().kind).toBe('unlocked');
    await waitFor(() => expect(services.vault.state().kind).toBe('locked'), { timeout: 2000 });
  });
});
