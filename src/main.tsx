import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { type LockScreenData, readLockScreen } from './store/lock-screen-read';
import { App, loadAssist } from './ui/App';
import { firstScreenPainted } from './ui/first-screen';
import { preloadLazy } from './ui/hooks/use-lazy';
import { initialLanguage, LANGUAGES } from './ui/i18n/catalog';
import { I18nProvider, LANGUAGE_STORAGE_KEY, type LoadedCatalogs } from './ui/i18n/context';
import { loadCatalog } from './ui/i18n/load';
import { reportLoadFailure } from './ui/load-failure';
import { interceptLinks, isLockScreenRoute, parseRoute } from './ui/router';
import { type Services, ServicesContext, ServicesStartingContext } from './ui/services';
import { registerServiceWorker } from './ui/sw-bridge';
import { linkWebManifest } from './ui/web-manifest';
import './ui/styles.css';

// Composition root: the only place that wires store, sync and UI together (DESIGN.md §8).
// NOTE: the store and the sender (Dexie, zod, the outbox) are imported dynamically so the first
// screen paints from a small bundle (budget: 50 KB gzip of JavaScript); they start right after.
/** A background tab paints no frame: start the services anyway, after this long. */
const HIDDEN_TAB_FALLBACK_MS = 1000;

/**
 * Opens the store and builds what the screens use. `awaited`: whether the first screen waits for
 * them (a returning device's sign-in, or a lock screen that could not be read without them; not a
 * new device's first screen, which asks for the language, nor a lock screen read without them).
 * The work no first screen needs (the sender's first pass, the exchange's configuration and its
 * key, the service worker's registration) waits for that screen to be painted: run while the
 * lock screen still read the store, on a 4× slower CPU, it delayed the warm start (issue 8).
 */
async function startServices(awaited: boolean): Promise<Services> {
  const firstScreen = awaited ? firstScreenPainted() : Promise.resolve();
  const {
    AssistDb,
    ApplicationsRepo,
    AuditRepo,
    OutboxRepo,
    SessionRepo,
    Vault,
    installDraftEncryption,
    adoptUnownedDrafts,
    ExchangeKeyStore,
    installOutboxSealing,
    fetchExchangeConfig,
    PinSetup,
    MetaRepo,
    exportWaiting,
    readStorageHealth,
    requestPersistenceOnFirstSave,
    createOutboxDrainer,
    probeExchange,
    OutboxSender,
    attachPageTriggers,
    requestWorkerDrain,
    requestSession,
    revokeSession,
    retentionWindowMs,
  } = await import('./sync/runtime');
  // Where no first screen waits for them, the chunk's evaluation and the store's construction run
  // in tasks of their own: as one, they were the longest task after a new device's first paint
  // (issue 8, Lighthouse's blocking time: 234 -> 115 ms in 8 loads at 4x). Where a first screen
  // waits, its start read 25-29 ms slower with the extra tasks (compare-warm-start.ts, 16
  // reloads, three runs; a build unchanged there read 14 ms).
  if (!awaited) await nextTask();
  const db = new AssistDb();
  // Opened now, not at the first screen's first read: the open's round trip overlaps the shell's
  // render. A failure here is the first read's to report (the screens show the storage problem).
  db.open().catch(() => undefined);
  // Drafts are encrypted with the unlocked assister's data key (issue 7): before the first read.
  const vault = new Vault(db);
  installDraftEncryption(db, vault.holder);
  vault.subscribe((state) => {
    if (state.kind === 'unlocked') void adoptUnownedDrafts(db);
  });
  // The outbox holds only what is sealed for the exchange, with the key from /api/v1/config
  // (read from the store when first needed: the lock screen seals nothing).
  const exchangeKeys = new ExchangeKeyStore(db);
  installOutboxSealing(db, exchangeKeys);
  const refreshExchangeKey = async () => {
    const config = await fetchExchangeConfig({ baseUrl: '' });
    if (config) await exchangeKeys.save(config.exchangeKey).catch(() => undefined);
  };
  const outbox = new OutboxRepo(db);
  const session = new SessionRepo(db);
  const meta = new MetaRepo(db);
  const applications = new ApplicationsRepo(db);
  const audit = new AuditRepo(db);
  /** One object, read at every pass: the test hooks may shorten its timeout. */
  const transport: import('./sync/transport').TransportOptions = { baseUrl: '' };
  // Recovery keys are held under the device's id (X-Device-Id), kept by the profile it wraps.
  const pinSetup = new PinSetup(vault, { baseUrl: '', deviceId: () => meta.deviceId() });
  const outboxSender = new OutboxSender({
    // The deployment's retention window (days, at build time): 30 by default, never more.
    drainOnce: createOutboxDrainer(db, {
      transport,
      retentionMs: retentionWindowMs(Number(import.meta.env.VITE_PURGE_AFTER_DAYS)),
    }),
  });
  requestPersistenceOnFirstSave(db);
  // Likewise after the construction, the sender's first pass and the triggers.
  void firstScreen.then(awaited ? undefined : nextTask).then(() => {
    void exchangeKeys.load().catch(() => null);
    void refreshExchangeKey();
    attachPageTriggers(outboxSender, window, {
      waiting: () => outbox.waitingCount(),
      probe: async () => probeExchange({ ...transport, deviceId: await meta.deviceId() }),
    });
    registerServiceWorker(() => void outboxSender.request('message'));
  });
  // Only in the browser tests' build (npm run build:test, .env.e2e): the production build has no
  // trace of the hooks, which no user should download or precache.
  if (
    import.meta.env.VITE_TEST_HOOKS === 'on' &&
    (window as { __EA_TEST_HOOKS__?: boolean }).__EA_TEST_HOOKS__
  ) {
    const hooks = await import('./sync/test-hooks');
    hooks.installTestHooks({ db, applications, sender: outboxSender, transport });
  }
  return {
    applications,
    outbox,
    sender: outboxSender,
    afterSubmit() {
      void outboxSender.request('submitted');
      void requestWorkerDrain();
    },
    sendNow: () => void outboxSender.request('manual'),
    async exportWaiting(unsaved) {
      const file = await exportWaiting(db, {
        deviceId: await meta.deviceId(),
        now: new Date(),
        ...unsaved,
      });
      // Each exported application's timeline says so (the audit log; no personal data). Not
      // awaited, and its failure ignored: the export is what a full disk needs, and on a full disk
      // this write is refused (fault row 12), so it must never stand between the user and the file.
      audit
        .logEach(
          'outbox_exported',
          file.items.map((item) => item.id),
        )
        .catch(() => undefined);
      return file;
    },
    storageHealth: () => readStorageHealth(),
    reconciliation: () => meta.reconciliation(),
    onUpgradedElsewhere: (listener) => db.onUpgradedElsewhere(listener),
    session,
    async signIn(name, password) {
      const outcome = await requestSession(name, password, { baseUrl: '' });
      if (outcome.kind === 'ok') {
        await session.save(outcome.session);
        // The PIN step: a first PIN, a forgotten one, or unlock with the server's recovery key.
        await pinSetup.afterSignIn(outcome.session);
        void refreshExchangeKey();
        // A queue paused by a 401 resumes now, with every application's original key.
        void outboxSender.resume();
        void requestWorkerDrain();
      }
      return outcome;
    },
    vault,
    pinSetup,
    async signOut() {
      vault.lock('sign-out');
      const token = await session.token();
      await session.clear();
      if (token) await revokeSession(token, { baseUrl: '' });
    },
  };
}

const savedLanguage = readSavedLanguage();
/**
 * A returning device's first screen is usually the lock screen (a reload drops the data key): its
 * two rows are read straight from IndexedDB (store/lock-screen-read.ts), so that it is drawn
 * before the store's code has even run. Null when that cannot be (no profile: the sign-in; a new
 * device; another first screen), and the store then draws it as before.
 */
const lockScreen: Promise<LockScreenData | null> =
  savedLanguage !== null && isLockScreenRoute(parseRoute(location.pathname))
    ? readLockScreen().then((data) => (data && data.profiles.length > 0 ? data : null))
    : Promise.resolve(null);
// The store and the sender (Dexie, zod, the outbox: 60 KB) start at once where the first screen
// shows what they read. A new device's first screen asks for the language, and a lock screen read
// without them needs them only once a PIN is typed: there they start once it is painted (fetched
// and compiled before it, they delayed it: by 0.8 s in Lighthouse's mobile run on a new device;
// the lock screen waited behind their evaluation and the store's construction, issue 8).
const servicesReady = (
  savedLanguage === null
    ? afterFirstPaint().then(() => false)
    : lockScreen.then((early) => (early ? firstScreenPainted().then(() => false) : true))
).then(startServices);
servicesReady.catch(reportLoadFailure);
/** The services once started: a render after that has them at once (no second render for them). */
let startedServices: Services | null = null;
servicesReady.then(
  (services) => {
    startedServices = services;
  },
  () => {},
);
// The assister's screens come with the services: fetched now instead of after the first render
// where they draw it (App.tsx loads them through the same loader, which reports a failure of it).
if (savedLanguage !== null) {
  void lockScreen
    .then((early) => (early ? firstScreenPainted() : undefined))
    .then(() => preloadLazy(loadAssist))
    .catch(() => {});
}
interceptLinks(document);
// The browser's installability check (the manifest, its icon fetched and decoded) waits for the
// first screen rather than competing with it (ui/web-manifest.ts).
void firstScreenPainted().then(() => linkWebManifest(document));

function Root(props: { lockScreen: LockScreenData | null }) {
  const [services, setServices] = useState<Services | null>(() => startedServices);
  // A layout effect: listening from the first render, not from after its frame is painted.
  useLayoutEffect(() => {
    servicesReady.then(setServices, () => {});
  }, []);
  return (
    <ServicesStartingContext.Provider value={servicesReady}>
      <ServicesContext.Provider value={services}>
        <App lockScreen={props.lockScreen} />
      </ServicesContext.Provider>
    </ServicesStartingContext.Provider>
  );
}

const language = initialLanguage(savedLanguage, navigator.languages);
// The first render waits for its words (no flash of untranslated keys): the chosen language's
// catalog, or on a new device every catalog, as its first screen greets in each language. And for
// the lock screen's read, which is done first (a frame of the bare shell would only cost time).
const firstCatalogs = savedLanguage === null ? LANGUAGES : [language];
const root = document.getElementById('app');
if (root) {
  void Promise.all([
    Promise.all(firstCatalogs.map(async (l) => [l, await loadCatalog(l)] as const)),
    lockScreen,
  ]).then(
    ([loaded, early]) => {
      const catalogs: LoadedCatalogs = Object.fromEntries(loaded);
      render(
        <I18nProvider
          initial={language}
          catalogs={catalogs}
          load={loadCatalog}
          chosen={savedLanguage !== null}
        >
          <Root lockScreen={early} />
        </I18nProvider>,
        root,
      );
    },
    (error: unknown) => {
      // Only when the catalog is neither precached nor reachable: a reload may fetch it (the page
      // reloads itself once where that can work); otherwise say so in both languages.
      reportLoadFailure(error);
      root.textContent =
        'The app could not load. Check the connection and reload. / La aplicación no pudo cargar. Revise la conexión y vuelva a cargar.';
    },
  );
}

/** Resolves in a later task, so that input and rendering can run in between. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((ok) => setTimeout(ok, 0));
}

/** Resolves after the next frame is painted, or after a second where none is (a hidden tab). */
function afterFirstPaint(): Promise<void> {
  return new Promise((ok) => {
    requestAnimationFrame(() => setTimeout(ok, 0));
    setTimeout(ok, HIDDEN_TAB_FALLBACK_MS);
  });
}

function readSavedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}
