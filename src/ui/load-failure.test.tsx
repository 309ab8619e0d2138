import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { useLazy } from './hooks/use-lazy';
import { CATALOGS } from './i18n/catalogs';
import { I18nProvider } from './i18n/context';
import {
  reportLoadFailure,
  resetLoadFailure,
  SELF_RELOAD_INTERVAL_MS,
  shouldReloadItself,
} from './load-failure';

describe('shouldReloadItself', () => {
  const now = 1_800_000_000_000;

  it('reloads at the first failure when a reload can fetch the app', () => {
    expect(shouldReloadItself({ now, lastSelfReloadAt: null, reloadCanWork: true })).toBe(true);
  });

  it('does not reload offline with no service worker: the browser would show its own error page', () => {
    expect(shouldReloadItself({ now, lastSelfReloadAt: null, reloadCanWork: false })).toBe(false);
  });

  it('does not reload again within the interval, so a chunk that always fails cannot loop', () => {
    const recent = now - SELF_RELOAD_INTERVAL_MS + 1;
    expect(shouldReloadItself({ now, lastSelfReloadAt: recent, reloadCanWork: true })).toBe(false);
    const old = now - SELF_RELOAD_INTERVAL_MS;
    expect(shouldReloadItself({ now, lastSelfReloadAt: old, reloadCanWork: true })).toBe(true);
  });

  it('does not reload when the last reload is in the future (a clock set back)', () => {
    expect(shouldReloadItself({ now, lastSelfReloadAt: now + 5_000, reloadCanWork: true })).toBe(
      false,
    );
  });
});

/** A lazily loaded module whose first load fails (a dropped chunk), and a component showing it. */
function failsOnce() {
  let calls = 0;
  const loader = async () => {
    calls += 1;
    if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
    return { text: 'loaded' };
  };
  function Probe() {
    const module = useLazy(loader);
    return <p>{module ? module.text : 'waiting'}</p>;
  }
  return { Probe, calls: () => calls };
}

describe('a failed load on screen', () => {
  afterEach(() => {
    resetLoadFailure();
    sessionStorage.clear();
    vi.restoreAllMocks();
  });

  it('shows the problem and a reload button in place of a blank screen, in Spanish too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // A reload just happened: the page must not reload again, so it shows the problem.
    sessionStorage.setItem('ea.lastSelfReload', String(Date.now()));
    render(
      <I18nProvider catalogs={CATALOGS} initial="es" chosen>
        <App />
      </I18nProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    reportLoadFailure(new TypeError('Failed to fetch dynamically imported module'));
    expect((await screen.findByRole('alert')).textContent).toContain('no terminó de cargar');
    expect(screen.getAllByRole('button', { name: 'Volver a cargar' })).toHaveLength(1);
  });

  it('useLazy reports a loader that rejects, and a later mount loads it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    sessionStorage.setItem('ea.lastSelfReload', String(Date.now()));
    const { Probe, calls } = failsOnce();
    const first = render(
      <I18nProvider catalogs={CATALOGS} initial="en" chosen>
        <App />
        <Probe />
      </I18nProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('did not finish loading');
    first.unmount();
    render(<Probe />);
    expect((await screen.findByText('loaded')).tagName).toBe('P');
    expect(calls()).toBe(2);
  });

  it('useLazy does not load again while the page reloads itself after a failure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // No reload recorded and online: the first failure reloads the page (jsdom only logs it).
    const { Probe, calls } = failsOnce();
    const first = render(<Probe />);
    await vi.waitFor(() => expect(sessionStorage.getItem('ea.lastSelfReload')).not.toBeNull());
    first.unmount();
    render(<Probe />);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls()).toBe(1);
    expect(screen.getByText('waiting').tagName).toBe('P');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
