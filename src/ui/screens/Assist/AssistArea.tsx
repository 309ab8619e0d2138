import { useState } from 'preact/hooks';
import { isEditableRecord } from '../../../store/lifecycle';
import { DeviceHealth } from '../../components/DeviceHealth';
import { ReloadNotice } from '../../components/ReloadNotice';
import { StatusLine } from '../../components/StatusLine';
import { useOnline } from '../../hooks/use-online';
import { useSenderStatus } from '../../hooks/use-sender-status';
import { useWatch } from '../../hooks/use-watch';
import { useI18n } from '../../i18n/context';
import { hrefFor, navigate, type Route } from '../../router';
import { useServices } from '../../services';
import { SignIn } from '../SignIn/SignIn';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationList, nameMatches } from './ApplicationList';
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
    <>
      <StatusLine
        online={online}
        waiting={waiting.state === 'ready' ? waiting.value : null}
        sender={sender}
      />
      <ReloadNotice />
      <SignOut />
    </>
  );
}

/** Sign out of the exchange on this device (the token is forgotten; nothing queued is touched). */
function SignOut() {
  const { t } = useI18n();
  const services = useServices();
  const session = useWatch(() => services.session.current(), [services.session]);
  const signedIn = session.state === 'ready' ? session.value : undefined;
  if (!signedIn) return null;
  return (
    <p class="sign-out">
      <button type="button" class="button-link" onClick={() => void services.signOut()}>
        {t('signOut.button', { name: signedIn.assister.name })}
      </button>
    </p>
  );
}

export function AssistScreen(props: { route: Exclude<Route, { name: 'languages' }> }) {
  const { route } = props;
  const { session } = useServices();
  const current = useWatch(() => session.current(), [session]);
  if (current.state !== 'ready') return null;
  // Sign-in comes first on a device where no one is signed in, and whenever asked for (a paused
  // outbox links here). Applications stay on the device either way.
  if (route.name === 'signIn' || !current.value) {
    return <SignIn onSignedIn={() => navigate(hrefFor({ name: 'list' }))} />;
  }
  if (route.name === 'application' || route.name === 'receipt') {
    return <ApplicationScreen route={route} />;
  }
  return <ListScreen />;
}

/** Rows the list draws at first and adds with each "Show more": a tablet screen holds about ten. */
const LIST_PAGE_SIZE = 50;

function ListScreen() {
  const { applications } = useServices();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const search = query.trim();
  // One page, read through the updatedAt index: 5,000 stored applications cost what 50 do.
  const list = useWatch(
    () => applications.listPage(limit, search ? nameMatches(search) : undefined),
    [applications, limit, search],
  );
  const startNew = async () => {
    const draft = await applications.createDraft();
    navigate(hrefFor({ name: 'application', id: draft.id }));
  };
  if (list.state !== 'ready') return null;
  return (
    <>
      <ApplicationList
        {...list.value}
        query={query}
        onQuery={(next) => {
          setQuery(next);
          setLimit(LIST_PAGE_SIZE);
        }}
        onMore={() => setLimit((n) => n + LIST_PAGE_SIZE)}
        onNew={startNew}
      />
      <DeviceHealth />
    </>
  );
}

function ApplicationScreen(props: { route: Extract<Route, { id: string }> }) {
  const { route } = props;
  const { applications } = useServices();
  const app = useWatch(() => applications.get(route.id), [applications, route.id]);
  // Kept here, not in the wizard: the screen turns into the receipt as the other tab's submit lands.
  const [submittedElsewhere, setSubmittedElsewhere] = useState<string | null>(null);
  if (app.state !== 'ready') return null;
  const record = app.value;
  if (!record) return <ListScreen />;
  // Version-1 drafts from before the wizard keep their one-page form to the end.
  if (record.schemaVersion === 1) return <ApplicationForm app={record} />;
  // A refusal because the exchange holds another version is corrected, not edited (Receipt).
  const editable = isEditableRecord(record);
  if (route.name === 'receipt' || !editable) {
    return <Receipt app={record} submittedElsewhere={submittedElsewhere === record.id} />;
  }
  const step = route.name === 'application' && isStepId(route.step) ? route.step : undefined;
  return (
    <Wizard
      key={record.id}
      app={record}
      step={step}
      onAlreadySubmitted={() => setSubmittedElsewhere(record.id)}
    />
  );
}
