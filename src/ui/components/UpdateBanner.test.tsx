import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SKIP_WAITING_MESSAGE } from '../../sw/messages';
import { CATALOGS } from '../i18n/catalogs';
import { I18nProvider } from '../i18n/context';
import { applyUpdate, SLOW_UPDATE_MS, setWaitingWorker } from '../update-state';
import { UpdateBanner } from './UpdateBanner';

function fakeWorker() {
  const posted: unknown[] = [];
  const worker = { postMessage: (m: unknown) => posted.push(m) } as unknown as ServiceWorker;
  return { posted, worker };
}

function renderBanner(safe: boolean, reload: () => void = () => {}) {
  const ui = (safeNow: boolean) => (
    <I18nProvider catalogs={CATALOGS} initial="en">
      <UpdateBanner safe={safeNow} reload={reload} />
    </I18nProvider>
  );
  const result = render(ui(safe));
  return { ...result, setSafe: (next: boolean) => result.rerender(ui(next)) };
}

/** A service worker container whose `controllerchange` the test fires. */
function fakeContainer() {
  const listeners: (() => void)[] = [];
  return {
    container: {
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    } as unknown as ServiceWorkerContainer,
    takeOver: () =>
      act(() => {
        for (const listener of listeners) listener();
      }),
  };
}

afterEach(() => {
  setWaitingWorker(null);
  vi.useRealTimers();
});

describe('UpdateBanner', () => {
  it('says nothing while no new version waits', () => {
    renderBanner(true);
    expect(screen.queryByTestId('update-banner')).toBeNull();
  });

  it('offers "reload to update" when a new version waits and nothing is open', () => {
    const { worker, posted } = fakeWorker();
    setWaitingWorker(worker);
    renderBanner(true);
    fireEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(posted).toEqual([{ type: SKIP_WAITING_MESSAGE }]);
  });

  it('keeps quiet while an application is open or a send is in flight', () => {
    setWaitingWorker(fakeWorker().worker);
    renderBanner(false);
    expect(screen.queryByRole('button', { name: 'Reload to update' })).toBeNull();
  });

  it('reloads once the new version has taken over', () => {
    const reload = vi.fn();
    const { container, takeOver } = fakeContainer();
    setWaitingWorker(fakeWorker().worker);
    renderBanner(true, reload);
    act(() => applyUpdate(container));
    expect(screen.getByTestId('update-banner').textContent).toBe('Updating…');
    expect(reload).not.toHaveBeenCalled();
    takeOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says so when the takeover is slow, and reloads only once no application is open', () => {
    vi.useFakeTimers();
    const reload = vi.fn();
    const { container, takeOver } = fakeContainer();
    setWaitingWorker(fakeWorker().worker);
    const { setSafe } = renderBanner(true, reload);
    act(() => applyUpdate(container));
    act(() => {
      vi.advanceTimersByTime(SLOW_UPDATE_MS);
    });
    expect(screen.getByTestId('update-banner').textContent).toMatch(/taking longer than usual/);
    // The assister opens an application meanwhile; the new version takes over then.
    setSafe(false);
    takeOver();
    expect(reload).not.toHaveBeenCalled();
    // Back on the list: now the page reloads onto the new version.
    setSafe(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
