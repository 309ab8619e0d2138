import { render } from 'preact';
import { ApplicationsRepo } from './store/applications';
import { AssistDb } from './store/db';
import { OutboxRepo } from './store/outbox';
import { createOutboxDrainer } from './sync/engine';
import { OutboxSender } from './sync/sender';
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
const sender = new OutboxSender({ drainOnce: createOutboxDrainer(db, { baseUrl: '' }) });
const services = {
  applications: new ApplicationsRepo(db),
  outbox,
  sender,
  afterSubmit() {
    void sender.request('submitted');
    void requestWorkerDrain();
  },
};

attachPageTriggers(sender, window);
interceptLinks(document);
registerServiceWorker(() => void sender.request('message'));

const root = document.getElementById('app');
if (root) {
  const saved = readSavedLanguage();
  render(
    <I18nProvider initial={initialLanguage(saved, navigator.languages)} chosen={saved !== null}>
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
