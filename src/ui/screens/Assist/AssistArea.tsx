import { StatusLine } from '../../components/StatusLine';
import { useOnline } from '../../hooks/use-online';
import { useSenderStatus } from '../../hooks/use-sender-status';
import { useWatch } from '../../hooks/use-watch';
import { hrefFor, navigate, type Route } from '../../router';
import { useServices } from '../../services';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationList } from './ApplicationList';
import { Receipt } from './Receipt';
import { isStepId } from './wizard/steps';
import { Wizard } from './wizard/Wizard';

/**
 * The assister's screens and the status line: everything that reads the store, loaded after the
 * first screen (App.tsx) so that Dexie and zod are not on its critical path.
 */
export function StatusArea() {
  const services = useServices();
  const online = useOnline();
  const sender = useSenderStatus(services.sender);
  const waiting = useWatch(() => services.outbox.waitingCount(), [services.outbox]);
  return (
    <StatusLine
      online={online}
      waiting={waiting.state === 'ready' ? waiting.value : null}
      sender={sender}
    />
  );
}

export function AssistScreen(props: { route: Exclude<Route, { name: 'languages' }> }) {
  const { route } = props;
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
