import { FirstRun } from './components/FirstRun';
import { LanguagePicker } from './components/LanguagePicker';
import { StatusLine } from './components/StatusLine';
import { UpdateBanner } from './components/UpdateBanner';
import { useOnline } from './hooks/use-online';
import { useSenderStatus } from './hooks/use-sender-status';
import { useWatch } from './hooks/use-watch';
import { useI18n } from './i18n/context';
import { hrefFor, navigate, type Route, useRoute } from './router';
import { ApplicationForm } from './screens/Assist/ApplicationForm';
import { ApplicationList } from './screens/Assist/ApplicationList';
import { Receipt } from './screens/Assist/Receipt';
import { isStepId } from './screens/Assist/wizard/steps';
import { Wizard } from './screens/Assist/wizard/Wizard';
import { TaglinesPage } from './screens/Languages/Taglines';
import { useServices } from './services';

export function App() {
  const { t, chosen } = useI18n();
  const services = useServices();
  const route = useRoute();
  const online = useOnline();
  const sender = useSenderStatus(services.sender);
  const waiting = useWatch(() => services.outbox.waitingCount(), [services.outbox]);
  // An update reloads the page: never over an open application or a send in flight.
  const updateSafe = route.name !== 'application' && sender.state !== 'sending';

  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <UpdateBanner safe={updateSafe} />
      <header class="app-bar">
        <div class="app-bar__inner">
          <p class="app-title">
            <a href={hrefFor({ name: 'list' })}>{t('app.title')}</a>
          </p>
          {/* NOTE: the "Check eligibility" link (screener track) goes first in this list. */}
          <nav class="app-nav" aria-label={t('nav.main')}>
            <a href={hrefFor({ name: 'list' })}>{t('nav.home')}</a>
            <a href={hrefFor({ name: 'languages' })}>{t('nav.languages')}</a>
          </nav>
          <LanguagePicker />
        </div>
      </header>
      <StatusLine
        online={online}
        waiting={waiting.state === 'ready' ? waiting.value : null}
        sender={sender}
      />
      <main id="main" class="app-main" tabIndex={-1}>
        {chosen ? <Screen route={route} /> : <FirstRun />}
      </main>
      <footer class="app-footer">
        <div class="app-footer__inner">
          <a href={hrefFor({ name: 'languages' })} lang="es">
            Ayuda en su idioma · Help in your language
          </a>
        </div>
      </footer>
    </>
  );
}

function Screen(props: { route: Route }) {
  const { route } = props;
  if (route.name === 'languages') return <TaglinesPage />;
  if (route.name === 'application' || route.name === 'receipt') {
    return <ApplicationScreen route={route} />;
  }
  return <ListScreen />;
}

function ListScreen() {
  const { applications } = useServices();
  const list = useWatch(() => applications.list(), [applications]);
  const startNew = async () => {
    const draft = await applications.createDraft();
    navigate(hrefFor({ name: 'application', id: draft.id }));
  };
  if (list.state !== 'ready') return null;
  return <ApplicationList applications={list.value} onNew={startNew} />;
}

function ApplicationScreen(props: { route: Extract<Route, { id: string }> }) {
  const { route } = props;
  const { applications } = useServices();
  const app = useWatch(() => applications.get(route.id), [applications, route.id]);
  if (app.state !== 'ready') return null;
  const record = app.value;
  if (!record) return <ListScreen />;
  // Version-1 drafts from before the wizard keep their one-page form to the end.
  if (record.schemaVersion === 1) return <ApplicationForm app={record} />;
  const editable = record.status === 'draft' || record.status === 'needs_attention';
  if (route.name === 'receipt' || !editable) return <Receipt app={record} />;
  const step = route.name === 'application' && isStepId(route.step) ? route.step : undefined;
  return <Wizard key={record.id} app={record} step={step} />;
}
