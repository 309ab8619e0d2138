import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeSubmission } from '../../../../test/fixtures/applications';
import { freshDeviceServices } from '../../../../test/fixtures/services';
import { AssistDb } from '../../../store/db';
import { WATCH_THROTTLE_MS } from '../../../store/live';
import { CATALOGS } from '../../i18n/catalogs';
import { I18nProvider } from '../../i18n/context';
import { type Services, ServicesContext } from '../../services';
import { StatusArea } from './AssistArea';

let db: AssistDb;
let services: Services;

const IDS = ['a', 'b', 'c'].map((c) => `00000000-0000-4000-8000-00000000000${c}`);

beforeEach(async () => {
  db = new AssistDb(`status-${crypto.randomUUID()}`);
  services = freshDeviceServices(db);
  await db.outbox.bulkAdd(
    IDS.map((id, i) => ({
      id,
      submission: makeSubmission({ id }),
      queuedAt: '2026-11-23T15:00:00.000Z',
      queuedSeq: i,
    })),
  );
});

const line = () => screen.getByRole('status').textContent;

describe('the status line while the queue empties', () => {
  it('says "All applications sent" soon after the last receipt, not at the store\'s next throttled read a second later', async () => {
    render(
      <I18nProvider catalogs={CATALOGS} initial="en">
        <ServicesContext.Provider value={services}>
          <StatusArea />
        </ServicesContext.Provider>
      </I18nProvider>,
    );
    await waitFor(() => expect(line()).toContain('3 applications waiting to be sent'));
    // A drain's receipts, as the sender records them: the line has just read the first one...
    await db.outbox.delete(IDS[0] as string);
    await waitFor(() => expect(line()).toContain('2 applications waiting to be sent'), {
      timeout: 3000,
    });
    // ...when the last two come, while the pass itself goes on (it sends the audit log next).
    await db.outbox.bulkDelete(IDS.slice(1));
    // Read again 200 ms after the last read; the store's default throttle would wait out the
    // whole second from it (WATCH_THROTTLE_MS), past this wait. The rest is room for a slow CI.
    await waitFor(() => expect(line()).toBe('Online · All applications sent'), {
      timeout: WATCH_THROTTLE_MS * 0.65,
    });
  });
});
