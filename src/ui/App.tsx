import { useEffect, useState } from 'preact/hooks';
import type { LockScreenData } from '../store/lock-screen-read';
import { FirstRun } from './components/FirstRun';
import { LanguagePicker } from './components/LanguagePicker';
import { LoadProblem } from './components/LoadProblem';
import { SignOutLine } from './components/SignOutLine';
import { StatusLine } from './components/StatusLine';
import { UpdateBanner } from './components/UpdateBanner';
import { useFirstScreenPainted } from './first-screen';
import { useLazy } from './hooks/use-lazy';
import { useOnline } from './hooks/use-online';
import { IDLE_SENDER, useSenderStatus } from './hooks/use-sender-status';
import { useI18n } from './i18n/context';
import { useLoadFailure } from './load-failure';
import { hrefFor, isLockScreenRoute, type Route, useRoute } from './router';
import { TaglinesPage } from './screens/Languages/Taglines';
import { Unlock } from './screens/Lock/Unlock';
import { type Services, useServicesIfReady, useServicesLater } from './services';

export const loadAssist = () => import('./screens/Assist/AssistArea');
// "Check eligibility" (issue 3) loads only when opened: the screener is not first-screen code.
const loadCheck = () => import('./screens/Check/CheckScreen');

function CheckRoute() {
  const check = useLazy(loadCheck);
  const loadFailed = useLoadFailure();
  return check ? <check.CheckScreen /> : loadFailed ? <LoadProblem /> : null;
}

/**
 * The shell every screen shares: skip link, update banner, the bar with the title, navigation and
 * language, the status line, the screen, and the language-help link. The assister's screens load
 * after it (hooks/use-lazy.ts) and only once the store is open (main.tsx).
 */
export function App(props: { lockScreen?: LockScreenData | null }) {
  const { t, chosen } = useI18n();
  const route = useRoute();
  const services = useServicesIfReady();
  // Not before a language is chosen: a new device's first screen asks for it, and the assister's
  // screens (20 KB gzip, evaluated, and their status line's reads of the store) ran in the tasks
  // after its first paint (issue 8, Lighthouse's blocking time). The worker precaches them meanwhile.
  const assist = useLazy(loadAssist, chosen);
  const loadFailed = useLoadFailure();
  const lockFirst = useLockScreenFirst(props.lockScreen ?? null, route, services);
  useFirstScreenPainted(lockFirst !== null);
  const sender = useSenderStatus(services?.sender ?? null);
  const ready = assist && services;
  // An update reloads the page: never over an open application or a send in flight.
  // The same over a half-filled eligibility check, which is kept nowhere.
  const updateSafe =
    route.name !== 'application' && route.name !== 'check' && sender.state !== 'sending';

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
          <nav class="app-nav" aria-label={t('nav.main')}>
            <a
              href={hrefFor({ name: 'check' })}
              aria-current={route.name === 'check' ? 'page' : undefined}
            >
              {t('nav.check')}
            </a>
            <a href={hrefFor({ name: 'list' })}>{t('nav.home')}</a>
            <a href={hrefFor({ name: 'languages' })}>{t('nav.languages')}</a>
          </nav>
          <LanguagePicker />
        </div>
      </header>
      {ready ? (
        <assist.StatusArea signedInAs={lockFirst?.signedInAs ?? null} />
      ) : (
        <EarlyStatus signedInAs={lockFirst?.signedInAs ?? null} />
      )}
      <main id="main" class="app-main" tabIndex={-1}>
        {/* Anyone may check eligibility: no language choice, store or sign-in stands before it. */}
        {route.name === 'check' ? (
          <CheckRoute />
        ) : !chosen ? (
          <FirstRun />
        ) : route.name === 'languages' ? (
          <TaglinesPage />
        ) : lockFirst && !loadFailed ? (
          <Unlock
            profiles={lockFirst.profiles}
            preferred={lockFirst.preferred}
            autoLocked={false}
          />
        ) : ready ? (
          <assist.AssistScreen route={route} />
        ) : loadFailed ? (
          <LoadProblem />
        ) : null}
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

/**
 * The status area until the store and the assister's screens have loaded (which then draw their
 * own): over a reload's lock screen, and a new device's first screen. The same lines in the same
 * place, so that nothing moves when they arrive. How many applications wait comes with the store.
 */
function EarlyStatus(props: { signedInAs: string | null }) {
  const online = useOnline();
  const services = useServicesLater();
  return (
    <>
      <StatusLine online={online} waiting={null} sender={IDLE_SENDER} />
      {props.signedInAs && (
        <SignOutLine
          name={props.signedInAs}
          onSignOut={() => void services().then((s) => s.signOut())}
        />
      )}
    </>
  );
}

/**
 * A reload's lock screen, read before the store has loaded (main.tsx): shown until the vault is
 * unlocked or the route leaves it (a forgotten PIN, another assister), then never again in this
 * page. The same component the assister's screens show once loaded; drawn here instead, it stays
 * in place when they arrive, with what was typed and where the focus was.
 */
function useLockScreenFirst(
  data: LockScreenData | null,
  route: Route,
  services: Services | null,
): LockScreenData | null {
  const [over, setOver] = useState(false);
  const onLockRoute = isLockScreenRoute(route);
  useEffect(() => {
    if (!onLockRoute) setOver(true);
  }, [onLockRoute]);
  useEffect(
    () =>
      services?.vault.subscribe((state) => {
        if (state.kind === 'unlocked') setOver(true);
      }),
    [services],
  );
  // With no profile on the device the first screen is the sign-in, which needs the store.
  return !over && onLockRoute && data && data.profiles.length > 0 ? data : null;
}
