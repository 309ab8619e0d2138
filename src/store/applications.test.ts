import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { ApplicationReadOnlyError, NotCorrectableError } from './errors';
import { IllegalTransitionError } from './lifecycle';
import { OutboxRepo } from './outbox';

let db: AssistDb;
let repo: ApplicationsRepo;
let outbox: OutboxRepo;
/** These tests exercise the version-1 form's drafts, which keep working beside version 2. */
const V1 = { schemaVersion: 1 } as const;

beforeEach(() => {
  db = new AssistDb(`test-${crypto.randomUUID()}`);
  repo = new ApplicationsRepo(db);
  outbox = new OutboxRepo(db);
});

async function typeDraft(id: string, fields = makeDraft()) {
  for (const [field, value] of Object.entries(fields)) {
    await repo.updateField(id, field as keyof typeof fields, value);
  }
}

describe('ApplicationsRepo', () => {
  it('creates a draft with a UUID that will be its idempotency key', async () => {
    const draft = await repo.createDraft(V1);
    expect(draft.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(draft.status).toBe('draft');
    expect(await repo.get(draft.id)).toEqual(draft);
  });

  it('keeps every typed value exactly as typed, one field at a time', async () => {
    const draft = await repo.createDraft(V1);
    await typeDraft(draft.id);
    await repo.updateField(draft.id, 'household.annualIncome', '52,000 ');
    const stored = await repo.get(draft.id);
    expect(stored?.fields).toEqual({ ...makeDraft(), 'household.annualIncome': '52,000 ' });
  });

  it('keeps every value when two fields are saved at the same moment', async () => {
    const draft = await repo.createDraft(V1);
    await Promise.all(
      Object.entries(makeDraft()).map(([f, v]) =>
        repo.updateField(draft.id, f as keyof ReturnType<typeof makeDraft>, v),
      ),
    );
    expect((await repo.get(draft.id))?.fields).toEqual(makeDraft());
  });

  it('lists one page through the updatedAt index, newest first, and counts what is stored', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await repo.createDraft(V1)).id);
      await new Promise((r) => setTimeout(r, 2));
    }
    const page = await repo.listPage(2);
    expect(page.applications.map((a) => a.id)).toEqual([ids[4], ids[3]]);
    expect(page).toMatchObject({ matching: 5, stored: 5 });
  });

  it('searches every stored application, keeps the newest matches and counts them all', async () => {
    const named: string[] = [];
    for (let i = 0; i < 6; i++) {
      const draft = await repo.createDraft(V1);
      await repo.updateField(draft.id, 'applicant.firstName', i % 2 ? 'Ana' : 'Leo');
      if (i % 2) named.push(draft.id);
      await new Promise((r) => setTimeout(r, 2));
    }
    const page = await repo.listPage(2, {
      match: (a) => a.fields['applicant.firstName'] === 'Ana',
    });
    expect(page.applications.map((a) => a.id)).toEqual([named[2], named[1]]);
    expect(page).toMatchObject({ matching: 3, stored: 6 });
  });

  it("lists and counts only the owner's applications, through the owner index, with or without a search", async () => {
    const mine: string[] = [];
    for (let i = 0; i < 5; i++) {
      const draft = await repo.createDraft(V1);
      await repo.updateField(draft.id, 'applicant.firstName', i < 2 ? 'Leo' : 'Ana');
      const owner = i % 2 === 0 ? 'me' : 'someone-else';
      await db.applications.update(draft.id, { owner });
      if (owner === 'me') mine.push(draft.id);
      await new Promise((r) => setTimeout(r, 2));
    }
    const page = await repo.listPage(2, { owner: 'me' });
    expect(page.applications.map((a) => a.id)).toEqual([mine[2], mine[1]]);
    expect(page).toMatchObject({ matching: 3, stored: 3 });
    const found = await repo.listPage(5, {
      owner: 'me',
      match: (a) => a.fields['applicant.firstName'] === 'Ana',
    });
    expect(found.applications.map((a) => a.id)).toEqual([mine[2], mine[1]]);
    expect(found).toMatchObject({ matching: 2, stored: 3 });
    // Without an owner: everyone's.
    expect(await repo.listPage(2)).toMatchObject({ matching: 5, stored: 5 });
  });

  it("an owner's list also holds drafts with no owner yet (made before PINs, not yet adopted)", async () => {
    const ids: string[] = [];
    for (const owner of ['me', undefined, 'someone-else', undefined]) {
      const draft = await repo.createDraft(V1);
      await repo.updateField(draft.id, 'applicant.firstName', 'Ana');
      if (owner) await db.applications.update(draft.id, { owner });
      if (owner !== 'someone-else') ids.push(draft.id);
      await new Promise((r) => setTimeout(r, 2));
    }
    const page = await repo.listPage(2, { owner: 'me' });
    expect(page.applications.map((a) => a.id)).toEqual([ids[2], ids[1]]);
    expect(page).toMatchObject({ matching: 3, stored: 3 });
    const found = await repo.listPage(5, { owner: 'me', match: () => true });
    expect(found.applications.map((a) => a.id)).toEqual([ids[2], ids[1], ids[0]]);
  });

  it('lists the newest first', async () => {
    const first = await repo.createDraft(V1);
    await new Promise((r) => setTimeout(r, 5));
    const second = await repo.createDraft(V1);
    expect((await repo.list()).map((a) => a.id)).toEqual([second.id, first.id]);
  });

  it('submit queues the frozen submission in the outbox, in one step', async () => {
    const draft = await repo.createDraft(V1);
    await typeDraft(draft.id);
    const result = await repo.submit(draft.id);
    expect(result.ok).toBe(true);
    expect((await repo.get(draft.id))?.status).toBe('queued');
    const entry = await outbox.oldest();
    expect(entry?.submission).toMatchObject({
      id: draft.id,
      schemaVersion: 1,
      application: { household: { size: 3, annualIncome: 52000 } },
    });
    expect(await outbox.waitingCount()).toBe(1);
  });

  it('submit of an incomplete draft changes nothing and says which fields', async () => {
    const draft = await repo.createDraft(V1);
    await repo.updateField(draft.id, 'applicant.firstName', 'Ana');
    const result = await repo.submit(draft.id);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain(
      'application.applicant.lastName',
    );
    expect((await repo.get(draft.id))?.status).toBe('draft');
    expect(await outbox.waitingCount()).toBe(0);
  });

  it('refuses to edit an application once queued: sent or waiting records are frozen', async () => {
    const draft = await repo.createDraft(V1);
    await typeDraft(draft.id);
    await repo.submit(draft.id);
    await expect(repo.updateField(draft.id, 'applicant.firstName', 'Eve')).rejects.toBeInstanceOf(
      ApplicationReadOnlyError,
    );
    expect((await outbox.oldest())?.submission.application).toMatchObject({
      applicant: { firstName: 'Ana' },
    });
  });

  it('refuses to submit the same application twice', async () => {
    const draft = await repo.createDraft(V1);
    await typeDraft(draft.id);
    await repo.submit(draft.id);
    await expect(repo.submit(draft.id)).rejects.toBeInstanceOf(IllegalTransitionError);
    expect(await outbox.waitingCount()).toBe(1);
  });

  const receiptFor = (id: string) => ({
    id,
    confirmationNumber: 'EA-7K3F-9Q2D-M4XP',
    receivedAt: '2026-11-23T15:05:00.000Z',
    payloadHash: 'a'.repeat(64),
  });

  // Fault row 9: a second tab's Submit, pressed while the first tab's attempt was in flight, put
  // the application back in the queue (sending → queued is a legal move, for a retry); the first
  // attempt's receipt then found it queued, and the key was posted again.
  it('refuses to submit an application whose attempt is in flight, or that was sent', async () => {
    const draft = await repo.createDraft(V1);
    await typeDraft(draft.id);
    await repo.submit(draft.id);
    await outbox.beginAttempt(draft.id);
    const queued = await outbox.oldest();
    await expect(repo.submit(draft.id)).rejects.toBeInstanceOf(IllegalTransitionError);
    expect((await repo.get(draft.id))?.status).toBe('sending');
    expect(await outbox.oldest()).toEqual(queued);

    await outbox.recordReceipt(draft.id, receiptFor(draft.id), 201);
    await expect(repo.submit(draft.id)).rejects.toBeInstanceOf(IllegalTransitionError);
    expect((await repo.get(draft.id))?.status).toBe('submitted');
    expect(await outbox.waitingCount()).toBe(0);
  });

  it('a correction of a sent application is a new application that supersedes it', async () => {
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    await repo.submit(draft.id);
    await outbox.beginAttempt(draft.id);
    await outbox.recordReceipt(draft.id, receiptFor(draft.id), 201);
    const correction = await repo.startCorrection(draft.id);
    expect(correction).toMatchObject({
      status: 'draft',
      supersedes: draft.id,
      fields: makeDraft(),
    });
    expect(correction.id).not.toBe(draft.id);
    expect(await repo.get(draft.id)).toMatchObject({
      status: 'submitted',
      supersededBy: correction.id,
    });
    // Asking again (a double click) opens the same correction, not a second one.
    expect((await repo.startCorrection(draft.id)).id).toBe(correction.id);
    await repo.updateField(correction.id, 'household.annualIncome', '61000');
    const result = await repo.submit(correction.id);
    expect(result.ok && result.submission.supersedes).toBe(draft.id);
  });

  it('a draft or a waiting application is not corrected: it is edited, or it waits', async () => {
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    await expect(repo.startCorrection(draft.id)).rejects.toBeInstanceOf(NotCorrectableError);
    await repo.submit(draft.id);
    await expect(repo.startCorrection(draft.id)).rejects.toBeInstanceOf(NotCorrectableError);
  });

  it('an application the exchange holds another version of is corrected, not edited', async () => {
    const draft = await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 });
    await repo.submit(draft.id);
    await outbox.beginAttempt(draft.id);
    await outbox.recordRefusal(draft.id, [{ code: 'idempotency_key_reused', message: 'x' }], 422);
    await expect(repo.updateField(draft.id, 'address.zip', '02119')).rejects.toBeInstanceOf(
      ApplicationReadOnlyError,
    );
    expect((await repo.startCorrection(draft.id)).supersedes).toBe(draft.id);
  });
});
