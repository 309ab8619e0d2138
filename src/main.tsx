import { render } from 'preact';
import { ApplicationsRepo } from './store/applications';
import { AssistDb } from './store/db';
import { exportWaiting } from './store/export';
import { MetaRepo } from './store/meta';
import { OutboxRepo } from './store/outbox';
import { readStorageHealth, requestPersistenceOnFirstSave } from './store/storage-health';
import { createOutboxDrainer } from './sync/engine';
import { probeExchange } from './sync/exchange';
import { OutboxSender } from './sync/sender';
import type { TransportOptions } from './sync/transport';
import { attachPageTriggers, requestWorkerDrain } from './sync/triggers';
import { App } from './ui/App';
import { initialLanguage } from './ui/i18n/catalog';
import { I18nProvider, LANGUAGE_STORAGE_KEY } from './ui/i18n/context';
import { interceptLinks } from './ui/router';
import { type Services, ServicesContext } from './ui/services';
import { registerServiceWorker } from './ui/sw-bridge';
import './ui/styles.css';

// Composition root: the only place that wires store, sync and UI together (DESIGN.md §8).
const db = new AssistDb();
const outbox = new OutboxRepo(db);
const meta = new MetaRepo(db);
const applications = new ApplicationsRepo(db);
/** One object, read at every pass: the test hooks may shorten its timeout. */
const transport: TransportOptions = { baseUrl: '' };
const sender = new OutboxSender({ drainOnce: createOutboxDrainer(db, { transport }) });
requestPersistenceOnFirstSave(db);

const services: Services = {
  applications,
  outbox,
  sender,
  afterSubmit() {
    void sender.request('submitted');
    void requestWorkerDrain();
  },
  sendNow: () => void sender.request('manual'),
  exportWaiting: async (unsaved) =>
    exportWaiting(db, { deviceId: await meta.deviceId(), now: new Date(), ...unsaved }),
  storageHealth: () => readStorageHealth(),
  reconciliation: () => meta.reconciliation(),
  onUpgradedElsewhere: (listener) => db.onUpgradedElsewhere(listener),
};

attachPageTriggers(sender, window, {
  waiting: () => outbox.waitingCount(),
  probe: async () => probeExchange({ ...transport, deviceId: await meta.deviceId() }),
});
interceptLinks(document);
registerServiceWorker(() => void sender.request('message'));
if ((window as { __EA_TEST_HOOKS__?: boolean }).__EA_TEST_HOOKS__) {
  void import('./sync/test-hooks').then((m) =>
    m.installTestHooks({ db, applications, sender, transport }),
  );
}

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
