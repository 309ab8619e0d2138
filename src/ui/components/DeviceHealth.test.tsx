import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraft } from '../../../test/fixtures/applications';
import { emptyPass } from '../../../test/fixtures/services';
import { signedIn } from '../../../test/fixtures/session';
import { ApplicationsRepo } from '../../store/applications';
import { AssistDb } from '../../store/db';
import type { ReconciliationState } from '../../store/meta';
import { OutboxRepo } from '../../store/outbox';
import type { StorageHealth } from '../../store/storage-health';
import { OutboxSender } from '../../sync/sender';
import { CATALOGS } from '../i18n/catalogs';
import { I18nProvider } from '../i18n/context';
import { type Services, ServicesContext } from '../services';
import { DeviceHealth } from './DeviceHealth';

let db: AssistDb;
let services: Services;
let manual = 0;
let health: StorageHealth;
let check: ReconciliationState | null;

beforeEach(async () => {
  db = new AssistDb(`ui-${crypto.randomUUID()}`);
  manual = 0;
  health = { persisted: false, usageBytes: 350_000_000, quotaBytes: 10_000_000_000 };
  check = null;
  services = {
    applications: new ApplicationsRepo(db),
    outbox: new OutboxRepo(db),
    sender: new OutboxSender({ drainOnce: emptyPass }),
    afterSubmit: () => {},
    sendNow: () => {
      manual += 1;
    },
    exportWaiting: async () => {
      throw new Error('disk gone');
    },
    storageHealth: async () => health,
    reconciliation: async () => check,
    onUpgradedElsewhere: () => () => {},
    ...(await signedIn(db)),
  };
});

function renderPanel(lang: 'en' | 'es' = 'en') {
  return render(
    <I18nProvider catalogs={CATALOGS} initial={lang}>
      <ServicesContext.Provider value={services}>
        <DeviceHealth />
      </ServicesContext.Provider>
    </I18nProvider>,
  );
}

async function queue(n: number) {
  for (let i = 0; i < n; i += 1) {
    const d = await services.applications.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    await services.applications.submit(d.id);
  }
}

describe('DeviceHealth', () => {
  it('says "All sent — safe to close" when nothing waits, and offers no send or export', async () => {
    renderPanel();
    expect((await screen.findByTestId('health-queue')).textContent).toBe(
      'All sent — safe to close.',
    );
    expect(screen.getByRole('button', { name: 'Send now' }).hasAttribute('disabled')).toBe(true);
    expect(
      screen.getByRole('button', { name: 'Export waiting applications' }).hasAttribute('disabled'),
    ).toBe(true);
  });

  it('counts what waits, says since when, and updates as the queue changes', async () => {
    renderPanel();
    await screen.findByTestId('health-queue');
    await queue(2);
    await waitFor(() =>
      expect(screen.getByTestId('health-queue').textContent).toBe(
        '2 applications waiting to be sent',
      ),
    );
    expect(screen.getByText(/^Oldest waiting since /)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send now' }));
    expect(manual).toBe(1);
  });

  it('tells whether storage is persistent and how full it is', async () => {
    renderPanel();
    await waitFor(() =>
      expect(screen.getAllByTestId('health-storage').map((e) => e.textContent)).toEqual([
        'Storage: the browser may clear it when space runs low. Send or export waiting applications before clearing browser data.',
        'Using 350 MB of 10 GB (3.5%).',
      ]),
    );
  });

  it('reports the last check with the exchange and what it changed', async () => {
    check = {
      through: '2026-11-23T15:00:00.000Z',
      lastFullCheckMs: 0,
      atMs: Date.parse('2026-11-23T15:00:00.000Z'),
      last: { recovered: ['a', 'b'], resent: ['c'], unknown: 0 },
    };
    renderPanel();
    expect((await screen.findByTestId('health-check')).textContent).toMatch(
      /^Last checked with the exchange: /,
    );
    expect(
      screen.getByText(
        '2 confirmation numbers fetched from the exchange (the applications had arrived; none was sent twice).',
      ),
    ).toBeTruthy();
    expect(screen.getByTestId('health-resent').textContent).toBe(
      '1 application sent again: the exchange had no record of it.',
    );
  });

  it('a failed export says so instead of pretending', async () => {
    await queue(1);
    renderPanel();
    const button = await screen.findByRole('button', { name: 'Export waiting applications' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    expect((await screen.findByTestId('export-message')).textContent).toBe(
      'The export failed: Error: disk gone',
    );
  });

  it('speaks Spanish', async () => {
    renderPanel('es');
    expect((await screen.findByTestId('health-queue')).textContent).toBe(
      'Todo enviado: puede cerrar la aplicación.',
    );
    expect(screen.getByRole('heading', { name: 'Este dispositivo' })).toBeTruthy();
  });
});
