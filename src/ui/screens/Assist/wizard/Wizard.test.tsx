import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDraftV2 } from '../../../../../test/fixtures/applications';
import { emptyPass, syncServiceDefaults } from '../../../../../test/fixtures/services';
import { signedIn } from '../../../../../test/fixtures/session';
import { AUTHORIZATION_RECORD_FIELD, type DraftV2 } from '../../../../schema/draft-v2';
import { ApplicationsRepo } from '../../../../store/applications';
import { AuditRepo } from '../../../../store/audit';
import { AssistDb } from '../../../../store/db';
import { OutboxRepo } from '../../../../store/outbox';
import { OutboxSender } from '../../../../sync/sender';
import { App } from '../../../App';
import { CATALOGS } from '../../../i18n/catalogs';
import { I18nProvider } from '../../../i18n/context';
import { interceptLinks } from '../../../router';
import { type Services, ServicesContext } from '../../../services';

/** Counts the authorization's checks (the wizard asks whether it is complete to open later steps). */
const checks = vi.hoisted(() => ({ authorization: 0 }));
vi.mock('../../../../schema/draft-v2', async (original) => {
  const actual = await original<typeof import('../../../../schema/draft-v2')>();
  return {
    ...actual,
    authorizationProblems: (...args: Parameters<typeof actual.authorizationProblems>) => {
      checks.authorization += 1;
      return actual.authorizationProblems(...args);
    },
  };
});

// The assister's screens are a lazy chunk: transform it once up front, so that the first test
// waits for the app, not for the test runner compiling it on a loaded machine.
beforeAll(async () => {
  await import('../AssistArea');
});

let services: Services;
let db: AssistDb;
let submits = 0;

beforeEach(async () => {
  history.replaceState(null, '', '/');
  db = new AssistDb(`wizard-${crypto.randomUUID()}`);
  submits = 0;
  services = {
    applications: new ApplicationsRepo(db),
    outbox: new OutboxRepo(db),
    sender: new OutboxSender({ drainOnce: emptyPass }),
    afterSubmit: () => {
      submits += 1;
    },
    ...syncServiceDefaults(),
    ...(await signedIn(db)),
  };
});

function renderAt(path: string, lang: 'en' | 'es' = 'en') {
  history.replaceState(null, '', path);
  interceptLinks(document);
  return render(
    <I18nProvider catalogs={CATALOGS} initial={lang}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nProvider>,
  );
}

const heading = () => screen.findByRole('heading', { level: 1 });
const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('the application wizard', () => {
  it('opens a new application at the authorization, with the privacy notice first', async () => {
    renderAt('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Start a new application' }));
    await waitFor(async () => expect((await heading()).textContent).toBe('Permission to help'));
    expect(screen.getByText(/Privacy notice/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('step-heading'));
    expect(location.pathname).toMatch(/\/authorization$/);
  });

  it('does not move on with missing answers: lists them, linked to their fields', async () => {
    const draft = await services.applications.createDraft();
    renderAt(`/applications/${draft.id}/authorization`);
    await heading();
    type('Name of the person giving permission', 'Ana Diaz');
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', {
      name: 'Your assister ID: This field is required.',
    });
    expect(link.getAttribute('href')).toBe('#f-authorization-assisterId');
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Your assister ID'));
    expect(location.pathname).toMatch(/\/authorization$/);
    await waitFor(async () =>
      expect((await services.applications.get(draft.id))?.fields).toMatchObject({
        'authorization.givenBy': 'Ana Diaz',
      }),
    );
  });

  it('refuses to open a later step before the applicant gave permission (P1)', async () => {
    const draft = await services.applications.createDraft();
    renderAt(`/applications/${draft.id}/identity`);
    await waitFor(() => expect(location.pathname).toMatch(/\/authorization$/));
  });

  it('checks the whole authorization to open a later step, not at each key typed in it', async () => {
    const draft = await services.applications.createDraft();
    renderAt(`/applications/${draft.id}/authorization`);
    await heading();
    checks.authorization = 0;
    for (const value of ['A', 'An', 'Ana', 'Ana D']) {
      type('Name of the person giving permission', value);
      await waitFor(() =>
        expect(
          (screen.getByLabelText('Name of the person giving permission') as HTMLInputElement).value,
        ).toBe(value),
      );
    }
    await waitFor(async () =>
      expect((await services.applications.get(draft.id))?.fields).toMatchObject({
        'authorization.givenBy': 'Ana D',
      }),
    );
    expect(checks.authorization).toBe(0);
    // A later step's address asks (and, the permission incomplete, goes back to it).
    history.pushState(null, '', `/applications/${draft.id}/identity`);
    dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(location.pathname).toMatch(/\/authorization$/));
    expect(checks.authorization).toBeGreaterThan(0);
  });

  it('reopens at the step where the assister left the application', async () => {
    const draft = await services.applications.createDraft({ fields: makeDraftV2() });
    await services.applications.setStep(draft.id, 'income');
    renderAt(`/applications/${draft.id}`);
    await waitFor(async () => expect((await heading()).textContent).toBe('Income and deductions'));
    expect(
      (screen.getByLabelText('Amount before taxes (US dollars)') as HTMLInputElement).value,
    ).toBe('1,500');
  });

  it('asks the SSN only of the people applying, and forgets it when someone stops applying (P5)', async () => {
    const draft = await services.applications.createDraft({ fields: makeDraftV2() });
    renderAt(`/applications/${draft.id}/identity`);
    await heading();
    // Ana's number was given: only its last four digits show, as on a card held face down.
    expect(screen.getByTestId('ssn-masked').textContent).toBe('Given: the number ending in 7890');
    expect(document.body.textContent).not.toContain('234-56-7890');
    expect(screen.queryByText(/Social Security number of Rosa Diaz/)).toBeNull();
    await waitFor(() => expect(document.activeElement?.id).toBe('step-heading'));
    fireEvent.click(screen.getByRole('button', { name: 'Change the number of Ana Diaz' }));
    const input = await screen.findByLabelText('Social Security number of Ana Diaz (optional)');
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('removes the SSN from the device when a person is changed to not applying', async () => {
    const draft = await services.applications.createDraft({ fields: makeDraftV2() });
    renderAt(`/applications/${draft.id}/household`);
    await heading();
    const question = screen.getByRole('radiogroup', {
      name: /Is Ana Diaz asking for health coverage/,
    });
    fireEvent.click(within(question).getByLabelText('No'));
    await waitFor(async () => {
      const fields = (await services.applications.get(draft.id))?.fields ?? {};
      expect(fields).toMatchObject({ 'member.m1.applying': 'no' });
      expect(fields).not.toHaveProperty('member.m1.ssn');
    });
  });

  it('submits from the review, then shows the receipt page with the checklist and no SSN', async () => {
    const draft = await services.applications.createDraft({ fields: makeDraftV2() });
    renderAt(`/applications/${draft.id}/review`);
    await heading();
    expect(screen.getAllByText('Given (not shown)').length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Submit application' }));
    await waitFor(() => expect(location.pathname).toMatch(/\/receipt$/));
    await screen.findByText(/Not received by the exchange yet/);
    expect(submits).toBe(1);
    expect(await services.outbox.waitingCount()).toBe(1);
    const checklist = screen.getByTestId('checklist');
    expect(checklist.textContent).toContain('Permanent resident card');
    expect(document.body.textContent).not.toContain('234-56-7890');
    expect(document.body.textContent).not.toContain('234567890');
  });

  it('opens an application the exchange refused at the refused field', async () => {
    const draft = await services.applications.createDraft({ fields: makeDraftV2() });
    await services.applications.submit(draft.id);
    await services.outbox.beginAttempt(draft.id);
    await services.outbox.recordRefusal(
      draft.id,
      [
        {
          path: 'application.members.1.citizenship.document.aNumber',
          code: 'invalid_format',
          message: 'x',
        },
      ],
      422,
    );
    renderAt(`/applications/${draft.id}`);
    await waitFor(async () =>
      expect((await heading()).textContent).toBe('Citizenship and immigration'),
    );
    await waitFor(() => expect(document.activeElement?.id).toBe('f-member-m2-document-aNumber'));
    expect(screen.getAllByText('An A-number has 7 to 9 digits.').length).toBeGreaterThan(0);
  });

  it('redraws when the watched record changes more than its answers: an edit ends "needs attention"', async () => {
    const draft = await services.applications.createDraft({ fields: makeDraftV2() });
    await services.applications.submit(draft.id);
    await services.outbox.beginAttempt(draft.id);
    await services.outbox.recordRefusal(
      draft.id,
      [{ path: 'application.contact.phone', code: 'invalid_format', message: 'x' }],
      422,
    );
    renderAt(`/applications/${draft.id}/contact`);
    const alert = () => screen.queryByRole('heading', { level: 2, name: 'Needs attention' });
    await waitFor(() => expect(alert()).not.toBeNull());
    // The edit makes it a draft again (the store); the screen learns it from the watched record.
    type('Phone number (optional)', '6175550199');
    await waitFor(() => expect(alert()).toBeNull());
    expect((await services.applications.get(draft.id))?.status).toBe('draft');
  });

  it('speaks Spanish throughout the steps', async () => {
    const draft = await services.applications.createDraft({ fields: makeDraftV2() });
    renderAt(`/applications/${draft.id}/citizenship`, 'es');
    await waitFor(async () =>
      expect((await heading()).textContent).toBe('Ciudadanía e inmigración'),
    );
    expect(screen.getByLabelText('Número de extranjero (número A)')).toBeTruthy();
  });
});

describe('assist home', () => {
  it('finds an application by name, without minding accents or case', async () => {
    await services.applications.createDraft({ fields: makeDraftV2() });
    await services.applications.createDraft({
      fields: makeDraftV2({ 'member.m1.firstName': 'José', 'member.m1.lastName': 'Ñúñez' }),
    });
    renderAt('/');
    await screen.findByRole('link', { name: 'Ana Diaz' });
    type('Search by name', 'jose nu');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Ana Diaz' })).toBeNull());
    expect(screen.getByRole('link', { name: 'José Ñúñez' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Today' })).toBeTruthy();
  });
});

describe('the authorization record (issue 7)', () => {
  it('leaving the authorization step records the permission once; a changed permission is a new record', async () => {
    db.actor = () => '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
    const draft = await services.applications.createDraft({ fields: makeDraftV2() });
    const log = new AuditRepo(db);
    const records = async () => (await log.unsentAuthorizations()).map((r) => r.id);
    const leave = async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
      await waitFor(async () => expect((await heading()).textContent).toBe('Household'));
      fireEvent.click(screen.getByRole('link', { name: 'Back' }));
      await waitFor(async () => expect((await heading()).textContent).toBe('Permission to help'));
    };
    renderAt(`/applications/${draft.id}/authorization`);
    await heading();
    await leave();
    await waitFor(async () => expect(await records()).toHaveLength(1));
    await leave(); // unchanged: no new record

    type('Name of the person giving permission', 'Rosa Diaz');
    await leave();
    // Saves are stored in order: once the changed one is stored, any earlier one is too.
    const frozen = async () => {
      const stored = (await services.applications.get(draft.id))?.fields as DraftV2;
      return JSON.parse(stored[AUTHORIZATION_RECORD_FIELD] ?? '{}');
    };
    await waitFor(async () => expect((await frozen()).authorization.givenBy).toBe('Rosa Diaz'));
    expect(await records()).toHaveLength(2);
    expect(await records()).toContain((await frozen()).id);
  });
});
