import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraft, makeDraftV2 } from '../../test/fixtures/applications';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { OutboxRepo } from './outbox';

let db: AssistDb;
let repo: ApplicationsRepo;
let outbox: OutboxRepo;

beforeEach(() => {
  db = new AssistDb(`test-${crypto.randomUUID()}`);
  repo = new ApplicationsRepo(db);
  outbox = new OutboxRepo(db);
});

describe('ApplicationsRepo with version-2 drafts', () => {
  it('starts new applications in schema version 2 and queues them as version 2', async () => {
    const draft = await repo.createDraft({ fields: makeDraftV2() });
    expect(draft.schemaVersion).toBe(2);
    const result = await repo.submit(draft.id);
    expect(result.ok).toBe(true);
    const entry = await outbox.oldest();
    expect(entry?.submission.schemaVersion).toBe(2);
    expect(entry?.submission.application).toHaveProperty('authorization.method', 'oral');
  });

  it('names the missing fields by the draft path the wizard shows them under', async () => {
    const draft = await repo.createDraft({
      fields: makeDraftV2({ 'member.m2.firstName': '' }),
    });
    const result = await repo.submit(draft.id);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['member.m2.firstName']);
    expect((await repo.get(draft.id))?.status).toBe('draft');
  });

  it('changes several fields in one step and deletes the ones set to null', async () => {
    const draft = await repo.createDraft({ fields: makeDraftV2() });
    await repo.updateFields(draft.id, {
      'member.m1.applying': 'no',
      'member.m1.ssn': null,
      'member.m1.usCitizen': null,
    });
    const fields = (await repo.get(draft.id))?.fields ?? {};
    expect(fields).toMatchObject({ 'member.m1.applying': 'no' });
    expect(fields).not.toHaveProperty('member.m1.ssn');
    expect(fields).not.toHaveProperty('member.m1.usCitizen');
  });

  it('remembers the step, so the application reopens where it was left', async () => {
    const draft = await repo.createDraft();
    await repo.setStep(draft.id, 'income');
    expect((await repo.get(draft.id))?.step).toBe('income');
  });

  it('editing the field the exchange refused clears that refusal only', async () => {
    const draft = await repo.createDraft({ fields: makeDraftV2() });
    await repo.submit(draft.id);
    await outbox.beginAttempt(draft.id);
    await outbox.recordRefusal(
      draft.id,
      [
        { path: 'application.members.1.citizenship.document.aNumber', code: 'x', message: 'x' },
        { path: 'application.address.zip', code: 'y', message: 'y' },
      ],
      422,
    );
    await repo.updateField(draft.id, 'member.m2.document.aNumber', 'A987654321');
    const after = await repo.get(draft.id);
    expect(after?.status).toBe('draft');
    expect(after?.problems?.map((p) => p.path)).toEqual(['application.address.zip']);
  });
});

describe('a device that kept version-1 data', () => {
  it('opens the skeleton database, and its version-1 draft still edits and submits as version 1', async () => {
    const name = `test-${crypto.randomUUID()}`;
    // The database exactly as the skeleton (schema ladder version 1) wrote it.
    const old = new Dexie(name);
    old.version(1).stores({ applications: 'id, status, updatedAt', outbox: 'id, queuedSeq' });
    const id = crypto.randomUUID();
    await old.table('applications').add({
      id,
      status: 'draft',
      schemaVersion: 1,
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      fields: makeDraft({ 'address.zip': '' }),
      attempts: 0,
    });
    old.close();

    const reopened = new AssistDb(name);
    const apps = new ApplicationsRepo(reopened);
    expect((await apps.list()).map((a) => a.id)).toEqual([id]);
    await apps.updateField(id, 'address.zip', '02118');
    const result = await apps.submit(id);
    expect(result.ok).toBe(true);
    const entry = await new OutboxRepo(reopened).oldest();
    expect(entry?.submission).toMatchObject({
      schemaVersion: 1,
      application: { address: { zip: '02118' } },
    });
  });
});
