import { describe, expect, it } from 'vitest';
import { makeDraft } from '../../test/fixtures/applications';
import { exportBundle } from '../schema/sealed';
import type { Submission } from '../schema/submission';
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
      deviceId: '6f1c2a9e-4b7d-4e2a-9c1f-2d3b4a5c6d7e',
      now: new Date('2026-11-23T15:04:05Z'),
      unsaved: { applicationId: ids[0] as string, fields: { 'address.zip': '02118' } },
    });
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.items.map((s) => s.id)).toEqual(ids);
    expect(file.items).toEqual(
      (await db.outbox.orderBy('queuedSeq').toArray()).map((e) => e.submission),
    );
    expect((file.items[1] as Submission).application).toMatchObject({
      applicant: { firstName: 'Luis' },
    });
    // The exchange's import takes the file as it is.
    expect(exportBundle.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
    expect(file.unsaved).toEqual({ applicationId: ids[0], fields: { 'address.zip': '02118' } });
    expect(await db.applications.toArray()).toEqual(before);
  });

  it('names the file by date, with no colon, and by how many applications it holds', () => {
    const at = new Date('2026-11-23T15:04:05Z');
    expect(exportFileName(at, 3)).toBe(
      'enrollment-assist-waiting-2026-11-23T15-04-3-applications.json',
    );
    expect(exportFileName(at, 1)).toBe(
      'enrollment-assist-waiting-2026-11-23T15-04-1-application.json',
    );
  });
});
