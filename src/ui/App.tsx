import { LanguagePicker } from './components/LanguagePicker';
import { StatusLine } from './components/StatusLine';
import { useOnline } from './hooks/use-online';
import { useSenderStatus } from './hooks/use-sender-status';
import { useWatch } from './hooks/use-watch';
import { useI18n } from './i18n/context';
import { hrefFor, navigate, useRoute } from './router';
import { ApplicationForm } from './screens/Assist/ApplicationForm';
import { ApplicationList } from './screens/Assist/ApplicationList';
import { useServices } from './services';

export function App() {
  const { t } = useI18n();
  const services = useServices();
  const route = useRoute();
  const online = useOnline();
  const sender = useSenderStatus(services.sender);
  const waiting = useWatch(() => services.outbox.waitingCount(), [services.outbox]);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="app-header">
        <p class="app-title">{t('app.title')}</p>
        <LanguagePicker />
        <StatusLine
          online={online}
          waiting={waiting.state === 'ready' ? waiting.value : null}
          sender={sender}
        />
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === 'application' ? <ApplicationScreen id={route.id} /> : <ListScreen />}
      </main>
    </>
  );
}

function ListScreen() {
  const { applications } = useServices();
  const list = useWatch(() => applications.list(), [applications]);
  const startNew = async () => {
    const draft = await applications.createDraft({ schemaVersion: 1 });
    navigate(hrefFor({ name: 'application', id: draft.id }));
  };
  if (list.state !== 'ready') return null;
  return <ApplicationList applications={list.value} onNew={startNew} />;
}

function ApplicationScreen(props: { id: string }) {
  const { applications } = useServices();
  const app = useWatch(() => applications.get(props.id), [applications, props.id]);
  if (app.state !== 'ready') return null;
  if (!app.value) return <ListScreen />;
  return <ApplicationForm app={app.value} />;
}
