import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraft } from '../../../../test/fixtures/applications';
import { emptyPass } from '../../../../test/fixtures/services';
import { signedIn } from '../../../../test/fixtures/session';
import { ApplicationsRepo } from '../../../store/applications';
import { AssistDb } from '../../../store/db';
import { OutboxRepo } from '../../../store/outbox';
import { OutboxSender } from '../../../sync/sender';
import { App } from '../../App';
import { CATALOGS } from '../../i18n/catalogs';
import { I18nProvider } from '../../i18n/context';
import { type Services, ServicesContext } from '../../services';

// What issue 4 adds to the application screen: storage full, a submit from two tabs, the
// reconciliation notices and corrections.

let db: AssistDb;
let services: Services;
let exported: unknown[];

beforeEach(async () => {
  db = new AssistDb(`ui-${crypto.randomUUID()}`);
  exported = [];
  const outbox = new OutboxRepo(db);
  services = {
    applications: new ApplicationsRepo(db),
    outbox,
    sender: new OutboxSender({ drainOnce: emptyPass }),
    afterSubmit: () => {},
    sendNow: () => {},
    exportWaiting: async (unsaved) => {
      exported.push(unsaved);
      return {
        format: 'enrollment-assist/outbox-export',
        version: 1,
        exportedAt: '',
        deviceId: 'd',
        items: [],
      };
    },
    storageHealth: async () => ({ persisted: null, usageBytes: null, quotaBytes: null }),
    reconciliation: async () => null,
    onUpgradedElsewhere: () => () => {},
    ...(await signedIn(db)),
  };
  // jsdom has no object URLs; the download itself is the browser's business.
  URL.createObjectURL = () => 'blob:test';
  URL.revokeObjectURL = () => {};
});

function open(id: string) {
  history.replaceState(null, '', `/applications/${id}`);
  return render(
    <I18nProvider catalogs={CATALOGS} initial="en">
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nProvider>,
  );
}

const receipt = (id: string, confirmationNumber = 'EA-7K3F-9Q2D-M4XP') => ({
  id,
  confirmationNumber,
  receivedAt: '2026-11-23T15:05:00.000Z',
  payloadHash: 'a'.repeat(64),
});

describe('storage full (fault matrix row 12, unit level)', () => {
  it('says so, keeps what was typed on screen and in the export, and saves it once there is room', async () => {
    const draft = await services.applications.createDraft({
      fields: { 'applicant.firstName': 'Ana' },
      schemaVersion: 1,
    });
    open(draft.id);
    await screen.findByLabelText('Last name');
    let full = true;
    db.applications.hook('updating', () => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    fireEvent.input(screen.getByLabelText('Last name'), { target: { value: 'Diaz' } });
    const alert = await screen.findByTestId('storage-full');
    expect(alert.textContent).toContain("This device's storage is full");
    expect((screen.getByLabelText('Last name') as HTMLInputElement).value).toBe('Diaz');
    expect((await db.applications.get(draft.id))?.fields).toEqual({
      'applicant.firstName': 'Ana',
    });

    fireEvent.click(
      screen.getByRole('button', { name: 'Export waiting applications and this form' }),
    );
    await waitFor(() =>
      expect(exported).toEqual([
        { unsaved: { applicationId: draft.id, fields: { 'applicant.lastName': 'Diaz' } } },
      ]),
    );

    full = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try saving again' }));
    await waitFor(() => expect(screen.queryByTestId('storage-full')).toBeNull());
    expect((await db.applications.get(draft.id))?.fields).toEqual({
      'applicant.firstName': 'Ana',
      'applicant.lastName': 'Diaz',
    });
  });
});

describe('the same application submitted from two tabs (fault matrix row 9, unit level)', () => {
  it('the second submit says it was already submitted, and nothing is queued twice', async () => {
    const draft = await services.applications.createDraft({
      fields: makeDraft(),
      schemaVersion: 1,
    });
    // Both tabs press Submit at the same moment; the other tab's transaction commits first.
    const otherTab = new ApplicationsRepo(new AssistDb(db.name));
    const thisTab = services.applications.submit.bind(services.applications);
    services.applications.submit = async (id) => {
      await otherTab.submit(id);
      return thisTab(id);
    };
    open(draft.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Submit application' }));
    expect((await screen.findByText(/already submitted from another tab/)).textContent).toBe(
      'This application was already submitted from another tab or window. It was not submitted twice.',
    );
    expect(await services.outbox.waitingCount()).toBe(1);
  });
});

describe('reconciliation notices and corrections', () => {
  it('tells the assister when the exchange had lost an application and it was sent again', async () => {
    const draft = await services.applications.createDraft({
      fields: makeDraft(),
      schemaVersion: 1,
    });
    await db.applications.update(draft.id, {
      status: 'queued',
      notice: 'resent_missing_on_server',
      previousReceipt: receipt(draft.id, 'EA-2222-3333-4444'),
    });
    open(draft.id);
    expect((await screen.findByTestId('sync-notice')).textContent).toBe(
      'The exchange had no record of this application (earlier confirmation number EA-2222-3333-4444), so it was sent again with the same identifier.',
    );
  });

  it('a sent application is corrected by a new one that supersedes it; the original stays as sent', async () => {
    const draft = await services.applications.createDraft({
      fields: makeDraft(),
      schemaVersion: 1,
    });
    await db.applications.update(draft.id, { status: 'submitted', receipt: receipt(draft.id) });
    open(draft.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Correct this application' }));
    await screen.findByRole('link', { name: 'View the earlier application' });
    const [original, correction] = [
      await db.applications.get(draft.id),
      (await db.applications.toArray()).find((a) => a.supersedes === draft.id),
    ];
    expect(original).toMatchObject({ status: 'submitted', supersededBy: correction?.id });
    expect(location.pathname).toBe(`/applications/${correction?.id}`);
    expect((screen.getByLabelText('First name') as HTMLInputElement).value).toBe('Ana');
  });

  it('an application the exchange holds another version of is read-only and offers a correction', async () => {
    const draft = await services.applications.createDraft({
      fields: makeDraft(),
      schemaVersion: 1,
    });
    await db.applications.update(draft.id, {
      status: 'needs_attention',
      problems: [{ code: 'idempotency_key_reused', message: 'x' }],
    });
    open(draft.id);
    await screen.findByRole('button', { name: 'Correct this application' });
    expect(screen.queryByLabelText('First name')).toBeNull();
  });
});
