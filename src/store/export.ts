import { EXPORT_FORMAT, type SealedSubmission } from '../schema/sealed';
import type { Submission } from '../schema/submission';
import type { AssistDb } from './db';
import { withReopen } from './reopen';

/** Draft fields as typed (any schema version's draft): what could not be saved. */
export type UnsavedFields = Partial<Record<string, string>>;

export { EXPORT_FORMAT };

/**
 * The hand-off file (DESIGN.md §6, issue 7, research §4.6) of the applications still waiting, for
 * when the device cannot send them in time or its storage is full: the exchange's import format
 * (src/schema/sealed.ts `exportBundle`, `POST /api/v1/imports`) as it is, so the file goes to the
 * exchange untouched. Each item is the body the device would post, sealed for the exchange at
 * queue time, with its id as the idempotency key: importing it twice, or importing what the device
 * also sends later, adds nothing.
 */
export interface WaitingExport {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  deviceId: string;
  /** Oldest first, exactly as they would be sent. */
  items: (Submission | SealedSubmission)[];
  /** What was typed but could not be saved on the device (storage full), if anything. */
  unsaved?: { applicationId: string; fields: UnsavedFields };
}

/** Builds the export: every waiting application, oldest first. Reads only; never writes. */
export function exportWaiting(
  db: AssistDb,
  args: { deviceId: string; now: Date; unsaved?: { applicationId: string; fields: UnsavedFields } },
): Promise<WaitingExport> {
  return withReopen(db, async () => {
    const entries = await db.outbox.orderBy('queuedSeq').toArray();
    const file: WaitingExport = {
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: args.now.toISOString(),
      deviceId: args.deviceId,
      items: entries.map((entry) => entry.submission),
    };
    if (args.unsaved && Object.keys(args.unsaved.fields).length > 0) file.unsaved = args.unsaved;
    return file;
  });
}

/**
 * `enrollment-assist-waiting-2026-11-23T15-04-3-applications.json`: the date (sortable, no
 * character a filesystem refuses) and how many applications it holds, readable at a glance.
 */
export function exportFileName(now: Date, count: number): string {
  const at = now.toISOString().slice(0, 16).replace(':', '-');
  return `enrollment-assist-waiting-${at}-${count}-application${count === 1 ? '' : 's'}.json`;
}
