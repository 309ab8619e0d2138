import type { Submission } from '../schema/submission';
import type { AssistDb } from './db';
import { type ApplicationStatus, STATUS } from './records';
import { withReopen } from './reopen';

/** Draft fields as typed (any schema version's draft): what could not be saved. */
export type UnsavedFields = Partial<Record<string, string>>;

/** Names the file's format, so an import can tell it from any other JSON. */
export const EXPORT_FORMAT = 'enrollment-assist/waiting-applications';
export const EXPORT_VERSION = 1;

/**
 * The hand-off file (DESIGN.md §6, research §4.6) of the applications still waiting, for when the
 * device cannot send them in time or its storage is full. Each entry is the exact submission with
 * its id, so an import on the exchange's side dedupes like any replay. Plain JSON for now: the
 * security track seals it for the exchange.
 */
export interface WaitingExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  deviceId: string;
  applications: {
    id: string;
    status: ApplicationStatus;
    queuedAt: string;
    submission: Submission;
  }[];
  /** What was typed but could not be saved on the device (storage full), if anything. */
  unsaved?: { applicationId: string; fields: UnsavedFields };
}

/** Builds the export: every waiting application, oldest first. Reads only; never writes. */
export function exportWaiting(
  db: AssistDb,
  args: { deviceId: string; now: Date; unsaved?: { applicationId: string; fields: UnsavedFields } },
): Promise<WaitingExport> {
  return withReopen(db, () =>
    db.transaction('r', db.applications, db.outbox, async () => {
      const entries = await db.outbox.orderBy('queuedSeq').toArray();
      const applications = [];
      for (const entry of entries) {
        const app = await db.applications.get(entry.id);
        applications.push({
          id: entry.id,
          status: app?.status ?? STATUS.queued,
          queuedAt: entry.queuedAt,
          submission: entry.submission,
        });
      }
      const file: WaitingExport = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: args.now.toISOString(),
        deviceId: args.deviceId,
        applications,
      };
      if (args.unsaved && Object.keys(args.unsaved.fields).length > 0) file.unsaved = args.unsaved;
      return file;
    }),
  );
}

/** `enrollment-assist-waiting-2026-11-23T15-04.json`: sortable, no characters a filesystem refuses. */
export function exportFileName(now: Date): string {
  return `enrollment-assist-waiting-${now.toISOString().slice(0, 16).replace(':', '-')}.json`;
}
