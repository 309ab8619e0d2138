import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SKIP_WAITING_MESSAGE } from '../../sw/messages';
import { CATALOGS } from '../i18n/catalogs';
import { I18nProvider } from '../i18n/context';
import { setWaitingWorker } from '../update-state';
import { UpdateBanner } from './UpdateBanner';

function fakeWorker() {
  const posted: unknown[] = [];
  const worker = { postMessage: (m: unknown) => posted.push(m) } as unknown as ServiceWorker;
  return { posted, worker };
}

function renderBanner(safe: boolean) {
  return render(
    <I18nProvider catalogs={CATALOGS} initial="en">
      <UpdateBanner safe={safe} />
    </I18nProvider>,
  );
}

afterEach(() => setWaitingWorker(null));

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
});
