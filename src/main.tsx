import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { App } from './ui/App';
import { initialLanguage } from './ui/i18n/catalog';
import { I18nProvider, LANGUAGE_STORAGE_KEY } from './ui/i18n/context';
import { interceptLinks } from './ui/router';
import { type Services, ServicesContext } from './ui/services';
import { registerServiceWorker } from './ui/sw-bridge';
import './ui/styles.css';

// Composition root: the only place that wires store, sync and UI together (DESIGN.md §8).
// NOTE: the store and the sender (Dexie, zod, the outbox) are imported dynamically so the first
// screen paints from a small bundle (budget: 50 KB gzip of JavaScript); they start right after.
async function startServices(): Promise<Services> {
  const [{ AssistDb }, { ApplicationsRepo }, { OutboxRepo }, engine, sender, triggers] =
    await Promise.all([
      import('./store/db'),
      import('./store/applications'),
      import('./store/outbox'),
      import('./sync/engine'),
      import('./sync/sender'),
      import('./sync/triggers'),
    ]);
  const db = new AssistDb();
  const outbox = new OutboxRepo(db);
  const outboxSender = new sender.OutboxSender({
    drainOnce: engine.createOutboxDrainer(db, { baseUrl: '' }),
  });
  triggers.attachPageTriggers(outboxSender, window);
  registerServiceWorker(() => void outboxSender.request('message'));
  return {
    applications: new ApplicationsRepo(db),
    outbox,
    sender: outboxSender,
    afterSubmit() {
      void outboxSender.request('submitted');
      void triggers.requestWorkerDrain();
    },
  };
}

const servicesReady = startServices();
interceptLinks(document);

function Root() {
  const [services, setServices] = useState<Services | null>(null);
  useEffect(() => {
    void servicesReady.then(setServices);
  }, []);
  return (
    <ServicesContext.Provider value={services}>
      <App />
    </ServicesContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) {
  const saved = readSavedLanguage();
  render(
    <I18nProvider initial={initialLanguage(saved, navigator.languages)} chosen={saved !== null}>
      <Root />
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
