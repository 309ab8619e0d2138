import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import { ApplicationsRepo } from './applications';
import { AssistDb } from './db';
import { EXPORT_FORMAT, exportFileName, exportWaiting } from './export';
import { OutboxRepo } from './outbox';

describe('exportWaiting', () => {
  it('holds every waiting application, oldest first, exactly as it will be sent, and nothing else', async () => {
    const db = new AssistDb(`test-${crypto.randomUUID()}`);
    const repo = new ApplicationsRepo(db);
    const outbox = new OutboxRepo(db);
    const ids: string[] = [];
    for (const name of ['Ana', 'Luis', 'Mei']) {
      const d = await repo.createDraft({
        fields: makeDraft({ 'applicant.firstName': name }),
        schemaVersion: 1,
      });
      await repo.submit(d.id);
      ids.push(d.id);
      await new Promise((r) => setTimeout(r, 3));
    }
    await repo.createDraft({ fields: makeDraft(), schemaVersion: 1 }); // a draft: not waiting, not exported
    await outbox.beginAttempt(ids[0] as string);
    const before = await db.applications.toArray();

    const file = await exportWaiting(db, {
      deviceId: 'd',
      now: new Date('2026-11-23T15:04:05Z'),
      unsaved: { applicationId: 'x', fields: { 'address.zip': '02118' } },
    });
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.applications.map((a) => [a.id, a.status])).toEqual([
      [ids[0], 'sending'],
      [ids[1], 'queued'],
      [ids[2], 'queued'],
    ]);
    expect(file.applications[1]?.submission.application).toMatchObject({
      applicant: { firstName: 'Luis' },
    });
    expect(file.unsaved).toEqual({ applicationId: 'x', fields: { 'address.zip': '02118' } });
    expect(await db.applications.toArray()).toEqual(before);
  });

  it('names the file by date, with no colon', () => {
    expect(exportFileName(new Date('2026-11-23T15:04:05Z'))).toBe(
      'enrollment-assist-waiting-2026-11-23T15-04.json',
    );
  });
});
