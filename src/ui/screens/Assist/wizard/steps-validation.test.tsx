import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../../../../test/fixtures/applications';
import { emptyPass, syncServiceDefaults } from '../../../../../test/fixtures/services';
import { signedIn } from '../../../../../test/fixtures/session';
import type { DraftV2 } from '../../../../schema/draft-v2';
import { ApplicationsRepo } from '../../../../store/applications';
import { AssistDb } from '../../../../store/db';
import { OutboxRepo } from '../../../../store/outbox';
import { OutboxSender } from '../../../../sync/sender';
import { App } from '../../../App';
import { CATALOGS } from '../../../i18n/catalogs';
import { I18nProvider } from '../../../i18n/context';
import { interceptLinks } from '../../../router';
import { type Services, ServicesContext } from '../../../services';
import { STEP_IDS, type StepId } from './steps';

let services: Services;

beforeEach(async () => {
  const db = new AssistDb(`steps-${crypto.randomUUID()}`);
  services = {
    applications: new ApplicationsRepo(db),
    outbox: new OutboxRepo(db),
    sender: new OutboxSender({ drainOnce: emptyPass }),
    afterSubmit: () => undefined,
    ...syncServiceDefaults(),
    ...(await signedIn(db)),
  };
});

async function openAt(step: StepId, fields: DraftV2) {
  const draft = await services.applications.createDraft({ fields });
  history.replaceState(null, '', `/applications/${draft.id}/${step}`);
  interceptLinks(document);
  render(
    <I18nProvider catalogs={CATALOGS} initial="en">
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  // As a person would: the step is on screen and has moved focus to its heading.
  await waitFor(() => expect(document.activeElement?.id).toBe('step-heading'));
  return draft.id;
}

/** One answer each step cannot do without, emptied to see the step refuse to move on. */
const REQUIRED: Record<Exclude<StepId, 'review'>, string> = {
  authorization: 'authorization.assisterId',
  household: 'member.m2.lastName',
  identity: 'member.m2.ssnAbsentReason',
  citizenship: 'member.m2.document.cardNumber',
  contact: 'address.city',
  income: 'member.m1.income.i1.amount',
  coverage: 'member.m1.offer',
  tax: 'taxFiling.filingStatus',
  signature: 'signature.typedName',
};

describe.each(STEP_IDS.filter((s) => s !== 'review'))('the %s step', (step) => {
  it('moves on to the next step when its answers are complete', async () => {
    const id = await openAt(step, makeDraftV2());
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const next = STEP_IDS[STEP_IDS.indexOf(step) + 1];
    await waitFor(() => expect(location.pathname).toBe(`/applications/${id}/${next}`));
    expect((await services.applications.get(id))?.step).toBe(next);
  });

  it('stays, and names the missing answer next to its field, when one is missing', async () => {
    const field = REQUIRED[step];
    const id = await openAt(step, makeDraftV2({ [field]: '' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    const link = summary.querySelector('a');
    expect(link?.getAttribute('href')).toBe(`#f-${field.replaceAll('.', '-')}`);
    expect(location.pathname).toBe(`/applications/${id}/${step}`);
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });
});
