import { render } from 'preact';
import { ApplicationsRepo } from './store/applications';
import { AssistDb } from './store/db';
import { OutboxRepo } from './store/outbox';
import { SessionRepo } from './store/session';
import { createOutboxDrainer } from './sync/engine';
import { OutboxSender } from './sync/sender';
import { requestSession, revokeSession } from './sync/session-client';
import { attachPageTriggers, requestWorkerDrain } from './sync/triggers';
import { App } from './ui/App';
import { initialLanguage } from './ui/i18n/catalog';
import { I18nProvider, LANGUAGE_STORAGE_KEY } from './ui/i18n/context';
import { interceptLinks } from './ui/router';
import { ServicesContext } from './ui/services';
import { registerServiceWorker } from './ui/sw-bridge';
import './ui/styles.css';

// Composition root: the only place that wires store, sync and UI together (DESIGN.md §8).
const db = new AssistDb();
const outbox = new OutboxRepo(db);
const session = new SessionRepo(db);
const sender = new OutboxSender({ drainOnce: createOutboxDrainer(db, { baseUrl: '' }) });
const services = {
  applications: new ApplicationsRepo(db),
  outbox,
  sender,
  afterSubmit() {
    void sender.request('submitted');
    void requestWorkerDrain();
  },
  session,
  async signIn(name: string, password: string) {
    const outcome = await requestSession(name, password, { baseUrl: '' });
    if (outcome.kind === 'ok') {
      await session.save(outcome.session);
      // A queue paused by a 401 resumes now, with every application's original key.
      void sender.request('manual');
      void requestWorkerDrain();
    }
    return outcome;
  },
  async signOut() {
    const token = await session.token();
    await session.clear();
    if (token) await revokeSession(token, { baseUrl: '' });
  },
};

attachPageTriggers(sender, window);
interceptLinks(document);
registerServiceWorker(() => void sender.request('message'));

const root = document.getElementById('app');
if (root) {
  render(
    <I18nProvider initial={initialLanguage(readSavedLanguage(), navigator.languages)}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nProvider>,
    root,
  );
}

function readSavedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}
