import { useEffect, useState } from 'preact/hooks';
import { isEditableRecord } from '../../../store/lifecycle';
import { WATCHED_READS } from '../../../store/watched-reads';
import { DeviceHealth } from '../../components/DeviceHealth';
import { LoadProblem } from '../../components/LoadProblem';
import { ReloadNotice } from '../../components/ReloadNotice';
import { SignOutLine } from '../../components/SignOutLine';
import { StatusLine } from '../../components/StatusLine';
import { useFirstScreenPainted } from '../../first-screen';
import { useInactivityLock } from '../../hooks/use-inactivity-lock';
import { useOnline } from '../../hooks/use-online';
import { useSenderStatus } from '../../hooks/use-sender-status';
import { usePinStep, useVaultState } from '../../hooks/use-vault';
import { useWatched } from '../../hooks/use-watch';
import { useI18n } from '../../i18n/context';
import { hrefFor, navigate, type Route } from '../../router';
import { useServices } from '../../services';
import { SetPin } from '../Lock/SetPin';
import { Unlock } from '../Lock/Unlock';
import { SignIn } from '../SignIn/SignIn';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationList, nameMatches } from './ApplicationList';
import { Receipt } from './Receipt';
import { isStepId } from './wizard/steps';
import { Wizard } from './wizard/Wizard';

/**
 * How often, at most, the status line counts the queue again while the store keeps changing. A
 * count is one request on the outbox, unlike the list the store's default (a second) was set for:
 * at a second, "All applications sent" reached the line up to a second after the last receipt
 * (24 clean drains timed from the network's return all ended 0.00–0.28 s past a whole second),
 * and the count moved by the second.
 */
const QUEUE_COUNT_THROTTLE_MS = 200;

/**
 * The assister's screens and the status line: everything that reads the store, loaded after the
 * first screen (App.tsx) so that Dexie and zod are not on its critical path.
 */
export function StatusArea(props: { signedInAs?: string | null }) {
  const services = useServices();
  const online = useOnline();
  const sender = useSenderStatus(services.sender);
  const waiting = useWatched(WATCHED_READS.waitingCount, [services.outbox], {
    throttleMs: QUEUE_COUNT_THROTTLE_MS,
  });
  return (
    <>
      <StatusLine
        online={online}
        waiting={waiting.state === 'ready' ? waiting.value : null}
        sender={sender}
      />
      <ReloadNotice />
      <LockButton />
      <SignOut whileReading={props.signedInAs ?? null} />
    </>
  );
}

/** Lock on demand (P9: lock the tablet when stepping away), and after inactivity (AC-11). */
function LockButton() {
  const { t } = useI18n();
  const { vault } = useServices();
  const state = useVaultState();
  useInactivityLock();
  if (state.kind !== 'unlocked') return null;
  return (
    <p class="sign-out">
      <button type="button" class="button-link" onClick={() => vault.lock('on-demand')}>
        {t('lock.button')}
      </button>
    </p>
  );
}

/** Sign out of the exchange on this device (the token is forgotten; nothing queued is touched). */
function SignOut(props: { whileReading: string | null }) {
  const services = useServices();
  const session = useWatched(WATCHED_READS.session, [services.session]);
  // Until the store answers, the name a reload's lock screen read at start (App.tsx): the line
  // stays where it was drawn instead of vanishing for a moment.
  const name =
    session.state === 'ready' ? session.value?.assister.name : (props.whileReading ?? undefined);
  if (!name) return null;
  return <SignOutLine name={name} onSignOut={() => void services.signOut()} />;
}

export function AssistScreen(props: { route: Exclude<Route, { name: 'languages' }> }) {
  const { route } = props;
  const { t } = useI18n();
  const { session, vault } = useServices();
  const current = useWatched(WATCHED_READS.session, [session]);
  const profiles = useWatched(WATCHED_READS.profiles, [vault.profiles]);
  const vaultState = useVaultState();
  const pinStep = usePinStep();
  const [autoLocked, setAutoLocked] = useState(false);
  useEffect(() => vault.holder.onLock((reason) => setAutoLocked(reason === 'inactivity')), [vault]);
  // From here on every branch draws a screen (on a reload, the lock screen): main.tsx then starts
  // the work that waited for it.
  useFirstScreenPainted(current.state !== 'loading' && profiles.state !== 'loading');
  if (current.state === 'error' || profiles.state === 'error') {
    return <LoadProblem cause="storage" />;
  }
  if (current.state !== 'ready' || profiles.state !== 'ready') return null;
  const goHome = () => navigate(hrefFor({ name: 'list' }));
  // Sign-in comes first on a device where no one is signed in, and whenever asked for (a paused
  // outbox, a forgotten PIN, another assister). Applications stay on the device either way.
  if (route.name === 'signIn') return <SignIn onSignedIn={goHome} />;
  if (pinStep.kind === 'set_pin') return <SetPin key={pinStep.assisterId} mode={pinStep.mode} />;
  if (pinStep.kind === 'recovery_failed') {
    return <SignIn onSignedIn={goHome} notice={t(`recovery.${pinStep.reason}`)} />;
  }
  // Locked: nothing personal is rendered; the screens below unmount with their state.
  if (vaultState.kind === 'locked') {
    if (profiles.value.length === 0) return <SignIn onSignedIn={goHome} />;
    return (
      <Unlock
        profiles={profiles.value}
        preferred={current.value?.assister.id ?? null}
        autoLocked={autoLocked}
      />
    );
  }
  const me = vaultState.assisterId;
  if (route.name === 'application' || route.name === 'receipt') {
    return <ApplicationScreen route={route} assisterId={me} />;
  }
  return <ListScreen assisterId={me} />;
}

/** Rows the list draws at first and adds with each "Show more": a tablet screen holds about ten. */
const LIST_PAGE_SIZE = 50;

/** Several assisters share a tablet: each sees only their own applications (and unowned ones). */
function isMine(record: { owner?: string }, assisterId: string): boolean {
  return record.owner === undefined || record.owner === assisterId;
}

function ListScreen(props: { assisterId: string }) {
  const { applications } = useServices();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);
  const search = query.trim();
  const { assisterId } = props;
  // One page, read through the owner's index; another assister's applications are not counted.
  const list = useWatched(
    WATCHED_READS.listPage,
    [applications, limit, { owner: assisterId, ...(search ? { match: nameMatches(search) } : {}) }],
    { deps: [applications, limit, search, assisterId] },
  );
  const startNew = async () => {
    const draft = await applications.createDraft();
    navigate(hrefFor({ name: 'application', id: draft.id }));
  };
  if (list.state === 'error') return <LoadProblem cause="storage" />;
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

function ApplicationScreen(props: { route: Extract<Route, { id: string }>; assisterId: string }) {
  const { route } = props;
  const { applications } = useServices();
  const app = useWatched(WATCHED_READS.application, [applications, route.id]);
  // Kept here, not in the wizard: the screen turns into the receipt as the other tab's submit lands.
  const [submittedElsewhere, setSubmittedElsewhere] = useState<string | null>(null);
  if (app.state === 'error') return <LoadProblem cause="storage" />;
  if (app.state !== 'ready') return null;
  const record = app.value;
  if (!record || !isMine(record, props.assisterId))
    return <ListScreen assisterId={props.assisterId} />;
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
