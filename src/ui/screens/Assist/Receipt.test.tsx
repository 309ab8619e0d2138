import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ApplicationRecord } from '../../../store/records';
import { CATALOGS } from '../../i18n/catalogs';
import { I18nProvider } from '../../i18n/context';
import { type Services, ServicesContext } from '../../services';
import { ApplicationList } from './ApplicationList';
import { Receipt } from './Receipt';

const ID = '00000000-0000-4000-8000-000000000001';
const RECEIPT = {
  id: ID,
  confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
  receivedAt: '2026-11-01T09:00:00.000Z',
  payloadHash: 'a'.repeat(64),
};
/** A sent application after the retention purge (store/retention.ts): a receipt, no answers. */
const PURGED: ApplicationRecord = {
  id: ID,
  status: 'submitted',
  schemaVersion: 2,
  createdAt: '2026-10-31T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  fields: {},
  receipt: RECEIPT,
  attempts: 1,
  purged: { at: '2026-11-08T09:00:00.000Z', afterDays: 7 },
};

/** Its timeline is empty here: the "details removed" note is what these tests are about. */
const SERVICES = { applications: { history: async () => [] } } as unknown as Services;

function inApp(children: preact.ComponentChildren, lang: 'en' | 'es' = 'en') {
  return render(
    <I18nProvider catalogs={CATALOGS} initial={lang}>
      {/* The receipt reads only its timeline (History.tsx); a correction would use more. */}
      <ServicesContext.Provider value={SERVICES}>{children}</ServicesContext.Provider>
    </I18nProvider>,
  );
}

describe('a sent application whose details were removed', () => {
  it('the receipt keeps the number and date, says the details left after N days, and offers no correction', () => {
    inApp(<Receipt app={PURGED} />);
    expect(screen.getByTestId('confirmation-number').textContent).toBe('EA-7K3F-9Q2D-M4XP');
    const note = screen.getByTestId('details-removed').textContent ?? '';
    expect(note).toContain('Details removed after 7 days');
    expect(note).toContain('A correction cannot be started here');
    expect(screen.queryByRole('button', { name: 'Correct this application' })).toBeNull();
    // No answers: no documents list or estimate pretending there is nothing to bring.
    expect(screen.queryByText('No documents are expected from the answers given.')).toBeNull();
    expect(screen.queryByText('Documents to keep ready')).toBeNull();
  });

  it('says it in Spanish too', () => {
    inApp(<Receipt app={PURGED} />, 'es');
    expect(screen.getByTestId('details-removed').textContent).toContain(
      'Datos borrados después de 7 días',
    );
  });

  it('the list shows it as "Details removed", with its confirmation number', () => {
    inApp(
      <ApplicationList
        applications={[PURGED]}
        matching={1}
        stored={1}
        query=""
        onQuery={() => {}}
        onMore={() => {}}
        onNew={() => {}}
      />,
    );
    const row = document.querySelector(`li[data-application-id="${ID}"]`);
    expect(row?.querySelector('a')?.textContent).toBe('Details removed');
    expect(row?.textContent).toContain('EA-7K3F-9Q2D-M4XP');
  });
});
