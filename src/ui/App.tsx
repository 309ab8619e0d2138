import { FirstRun } from './components/FirstRun';
import { LanguagePicker } from './components/LanguagePicker';
import { LoadProblem } from './components/LoadProblem';
import { UpdateBanner } from './components/UpdateBanner';
import { useLazy } from './hooks/use-lazy';
import { useSenderStatus } from './hooks/use-sender-status';
import { useI18n } from './i18n/context';
import { useLoadFailure } from './load-failure';
import { hrefFor, useRoute } from './router';
import { TaglinesPage } from './screens/Languages/Taglines';
import { useServicesIfReady } from './services';

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
export function App() {
  const { t, chosen } = useI18n();
  const route = useRoute();
  const services = useServicesIfReady();
  const assist = useLazy(loadAssist);
  const loadFailed = useLoadFailure();
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
      {ready && <assist.StatusArea />}
      <main id="main" class="app-main" tabIndex={-1}>
        {/* Anyone may check eligibility: no language choice, store or sign-in stands before it. */}
        {route.name === 'check' ? (
          <CheckRoute />
        ) : !chosen ? (
          <FirstRun />
        ) : route.name === 'languages' ? (
          <TaglinesPage />
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
