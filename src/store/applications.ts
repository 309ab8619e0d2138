import Dexie from 'dexie';
import type { ApiProblem } from '../schema/api-error';
import { problemsFromIssues } from '../schema/api-error';
import { applicationFromDraftV1, type DraftV1 } from '../schema/draft-v1';
import {
  AUTHORIZATION_RECORD_FIELD,
  applicationFromDraftV2,
  type DraftV2,
  draftPathFor,
} from '../schema/draft-v2';
import type { StoredScreening } from '../schema/stored-screening';
import {
  CURRENT_SCHEMA_VERSION,
  type SchemaVersion,
  type Submission,
  submission,
} from '../schema/submission';
import { type AuditRecord, AuditRepo, logEvent } from './audit';
import { type Clock, newApplicationId, systemClock } from './clock';
import type { AssistDb } from './db';
import { commitAfterNextWrite } from './early-commit';
import {
  ApplicationNotFoundError,
  ApplicationReadOnlyError,
  DetailsRemovedError,
  NotCorrectableError,
} from './errors';
import { canCorrect, IllegalTransitionError, isEditableRecord } from './lifecycle';
import { type ApplicationRecord, STATUS } from './records';
import { withReopen } from './reopen';

/** The draft field holding when the consumer took the authorization back. */
export const AUTHORIZATION_REVOKED_AT = 'authorization.revokedAt';

export type SubmitResult =
  | { ok: true; submission: Submission }
  | { ok: false; problems: ApiProblem[] };

/** Which applications the list shows (ApplicationsRepo.listPage). */
export interface ListFilter {
  /**
   * Whose applications these are: that assister's, and any with no owner yet (drafts made before
   * PINs, adopted at the next unlock). Without it, every stored application.
   */
  owner?: string;
  /** Tested on the decrypted record: the search. */
  match?: (app: ApplicationRecord) => boolean;
}

/** One page of the list of applications (ApplicationsRepo.listPage). */
export interface ApplicationsPage {
  /** At most the page's size, newest first. */
  applications: ApplicationRecord[];
  /** How many the search accepts in all (every stored one without a search). */
  matching: number;
  /** How many the device holds (the owner's, when the list is one assister's). */
  stored: number;
}

/**
 * The assister's applications: create, edit field by field, list, and submit into the outbox.
 * Every write is its own IndexedDB transaction, durable when the promise resolves.
 */
export class ApplicationsRepo {
  constructor(
    private readonly db: AssistDb,
    private readonly clock: Clock = systemClock,
  ) {}

  async createDraft(
    init: {
      fields?: DraftV1 | DraftV2;
      supersedes?: string;
      schemaVersion?: SchemaVersion;
      /** The eligibility check the draft starts from: kept with it, shown on its receipt. */
      screening?: StoredScreening;
    } = {},
  ): Promise<ApplicationRecord> {
    const now = this.clock.now().toISOString();
    const record: ApplicationRecord = {
      id: newApplicationId(),
      status: STATUS.draft,
      schemaVersion: init.schemaVersion ?? CURRENT_SCHEMA_VERSION,
      createdAt: now,
      updatedAt: now,
      fields: { ...init.fields },
      attempts: 0,
    };
    if (init.supersedes) record.supersedes = init.supersedes;
    if (init.screening) record.screening = init.screening;
    const db = this.db;
    await withReopen(db, () =>
      db.transaction('rw', db.applications, db.audit, async () => {
        await db.applications.add(record);
        await logEvent(db, 'application_created', now, { app: record });
      }),
    );
    return record;
  }

  get(id: string): Promise<ApplicationRecord | undefined> {
    return withReopen(this.db, () => this.db.applications.get(id));
  }

  /** Newest first. */
  list(): Promise<ApplicationRecord[]> {
    return withReopen(
      this.db,
      async () =>
        (await this.db.applications
          .orderBy('updatedAt')
          .reverse()
          .toArray()) as ApplicationRecord[],
    );
  }

  /**
   * One page of the list: the newest `limit` applications of `filter.owner` (every one without
   * it) that `filter.match` accepts, newest first, with how many it accepts and how many are the
   * owner's. Issue 8: the list of 5,000 on screen in ≤ 200 ms on a slow tablet, so the page and
   * the count are read through an index (`[owner+updatedAt]`, or `updatedAt` for all): the first
   * page of 5,000 costs what a page of 50 does, and only the page is decrypted. A search decrypts
   * the owner's records once each, never another assister's.
   */
  listPage(limit: number, filter: ListFilter = {}): Promise<ApplicationsPage> {
    const { owner, match } = filter;
    const apps = this.db.applications;
    return withReopen(this.db, () =>
      this.db.transaction('r', apps, async () => {
        // An index range, newest first, and how many are in it.
        let newest = apps.orderBy('updatedAt').reverse();
        let stored: number;
        if (owner === undefined) {
          stored = await apps.count();
        } else if ((await unownedCount(this.db)) > 0) {
          return listWithUnowned(this.db, owner, limit, match);
        } else {
          const range = apps
            .where('[owner+updatedAt]')
            .between([owner, Dexie.minKey], [owner, Dexie.maxKey]);
          stored = await range.count();
          newest = range.reverse();
        }
        if (!match) {
          const applications = (await newest.limit(limit).toArray()) as ApplicationRecord[];
          return { applications, matching: stored, stored };
        }
        const found = ((await newest.toArray()) as ApplicationRecord[]).filter(match);
        return { applications: found.slice(0, limit), matching: found.length, stored };
      }),
    );
  }

  /**
   * Starts the correction of a sent application (or of one the exchange holds another version of):
   * a new draft with a new key, the same fields, and `supersedes` pointing at the original, which
   * stays as it was (DESIGN.md §4). Asking twice gives the same correction, not a second one.
   * After the retention purge there are no fields to copy: DetailsRemovedError, never an empty
   * correction.
   */
  startCorrection(id: string): Promise<ApplicationRecord> {
    return withReopen(this.db, () =>
      this.db.transaction('rw', this.db.applications, this.db.audit, async () => {
        const original = await this.db.applications.get(id);
        if (!original) throw new ApplicationNotFoundError(id);
        if (original.supersededBy) {
          const existing = await this.db.applications.get(original.supersededBy);
          if (existing) return existing;
        }
        if (original.purged) throw new DetailsRemovedError(id);
        if (!canCorrect(original)) throw new NotCorrectableError(id, original.status);
        const now = this.clock.now().toISOString();
        const correction: ApplicationRecord = {
          id: newApplicationId(),
          status: STATUS.draft,
          // The fields are the original's, so is their version.
          schemaVersion: original.schemaVersion,
          createdAt: now,
          updatedAt: now,
          fields: { ...original.fields },
          supersedes: original.id,
          attempts: 0,
        };
        await this.db.applications.add(correction);
        await this.db.applications.put({ ...original, supersededBy: correction.id });
        await logEvent(this.db, 'correction_started', now, { app: original });
        await logEvent(this.db, 'application_created', now, {
          app: correction,
          ...(original.owner ? { who: original.owner } : {}),
        });
        return correction;
      }),
    );
  }

  /**
   * Saves one typed value. Editing an application the exchange refused returns it to draft, and
   * clears the exchange's complaint about that field (the others stay until resubmission).
   */
  updateField(id: string, field: string, value: string): Promise<ApplicationRecord> {
    return this.updateFields(id, { [field]: value });
  }

  /**
   * Saves several values in one transaction: adding or removing a household member changes its
   * list and its fields together. `null` deletes a field (an answer that no longer applies, such as
   * the SSN of a member who is not applying, is removed from the device, not merely hidden).
   */
  updateFields(id: string, changes: Record<string, string | null>): Promise<ApplicationRecord> {
    return withReopen(this.db, () => this.saveFields(id, changes));
  }

  private saveFields(
    id: string,
    changes: Record<string, string | null>,
  ): Promise<ApplicationRecord> {
    // NOTE: `.then`, not `async`/`await`: this runs at every keystroke, and each native `await`
    // inside a Dexie transaction costs Dexie's zone "echoes", microtasks that hold the main thread
    // before the transaction may commit (issue 8, the field change).
    const { applications } = this.db;
    // Sealed while the key's frame is drawn, so that the transaction writes as soon as it reads.
    this.db.sealAhead(id, (fields) => withAnswers(fields as Record<string, string>, changes));
    return this.db.transaction('rw', applications, this.db.audit, () =>
      applications.get(id).then((record) => {
        if (!record) throw new ApplicationNotFoundError(id);
        if (!isEditableRecord(record)) throw new ApplicationReadOnlyError(id, record.status);
        const next = withChanges(record, changes, this.clock.now().toISOString());
        // Every other keystroke: the put is the last request, committed as it is issued.
        if (!changesAuthorization(changes)) commitAfterNextWrite();
        return applications
          .put(next)
          .then(() => this.logAuthorization(record, changes, next.updatedAt))
          .then(() => next);
      }),
    );
  }

  /**
   * The wizard records the consumer's authorization as one frozen field (`AUTHORIZATION_RECORD_FIELD`:
   * its id, time and content, encrypted with the draft) and a revocation as its time: each is an
   * audit event, and a record the exchange must keep (sync/records.ts sends it under the event's id).
   */
  private logAuthorization(
    app: ApplicationRecord,
    changes: Record<string, string | null>,
    now: string,
  ): Promise<void> | undefined {
    if (!changesAuthorization(changes)) return undefined; // nothing to wait for
    const recorded = changes[AUTHORIZATION_RECORD_FIELD];
    const revoked = changes[AUTHORIZATION_REVOKED_AT];
    return (async () => {
      if (recorded) {
        const { id, recordedAt } = JSON.parse(recorded) as { id: string; recordedAt: string };
        await logEvent(this.db, 'authorization_granted', recordedAt, { app, id, auth: true });
      }
      if (revoked) await logEvent(this.db, 'authorization_revoked', now, { app, auth: true });
    })();
  }

  /** The application's audit events, oldest first: its timeline (no personal data). */
  history(id: string): Promise<AuditRecord[]> {
    return new AuditRepo(this.db).history(id);
  }

  /** Remembers the wizard step, so that the application reopens where the assister left it. */
  async setStep(id: string, step: string): Promise<void> {
    await withReopen(this.db, () =>
      this.db.transaction('rw', this.db.applications, async () => {
        const record = await this.db.applications.get(id);
        if (!record || record.step === step) return;
        await this.db.applications.put({ ...record, step });
      }),
    );
  }

  /**
   * Freezes a draft into a submission and queues it, in one transaction: either the application is
   * queued with its submission in the outbox, or nothing changed and the problems say why.
   */
  submit(id: string): Promise<SubmitResult> {
    return withReopen(this.db, () => this.freeze(id));
  }

  private freeze(id: string): Promise<SubmitResult> {
    const { db } = this;
    return db.transaction('rw', db.applications, db.outbox, db.audit, async () => {
      const record = await this.db.applications.get(id);
      if (!record) throw new ApplicationNotFoundError(id);
      // Only a draft is submitted. `canMove(…, queued)` is not the test: an attempt in flight
      // (`sending`) and a sent application may move to `queued` too, by the sender and by
      // reconciliation, and a second tab's Submit pressed then put the application back in the
      // queue under its first attempt: its key was posted twice (fault row 9).
      if (record.status !== STATUS.draft) {
        throw new IllegalTransitionError(id, record.status, STATUS.queued);
      }
      const converted =
        record.schemaVersion === 1
          ? applicationFromDraftV1(record.fields)
          : applicationFromDraftV2(record.fields);
      if (!converted.ok) {
        // Version 1 names fields by their application path; version 2 by their draft path.
        const problems = record.schemaVersion === 1 ? converted.problems.map(prefixPath) : null;
        return { ok: false, problems: problems ?? converted.problems };
      }
      const candidate = {
        id: record.id,
        schemaVersion: record.schemaVersion,
        createdAt: record.createdAt,
        application: converted.application,
        ...(record.supersedes ? { supersedes: record.supersedes } : {}),
      };
      const checked = submission.safeParse(candidate);
      if (!checked.success)
        return { ok: false, problems: problemsFromIssues(checked.error.issues) };
      const now = this.clock.now();
      await this.db.applications.put({
        ...record,
        status: STATUS.queued,
        updatedAt: now.toISOString(),
      });
      await this.db.outbox.put({
        id: record.id,
        submission: checked.data,
        queuedAt: now.toISOString(),
        queuedSeq: now.getTime(),
      });
      await logEvent(db, 'application_queued', now.toISOString(), { app: record });
      return { ok: true, submission: checked.data };
    });
  }
}

/**
 * The draft field a problem is about: the exchange names application paths
 * (`application.members.1.ssn`), local checks of a version-2 draft name draft paths.
 */
export function fieldOfProblem(record: ApplicationRecord, p: ApiProblem): string {
  if (!p.path) return '';
  if (!p.path.startsWith('application.')) return p.path;
  const path = p.path.slice('application.'.length);
  return record.schemaVersion === 1 ? path : draftPathFor(record.fields, path);
}

function prefixPath(p: ApiProblem): ApiProblem {
  return p.path ? { ...p, path: `application.${p.path}` } : p;
}

/** Applications with no owner: not in the `[owner+updatedAt]` index, so its count misses them. */
export async function unownedCount(db: AssistDb): Promise<number> {
  const [all, owned] = await Promise.all([
    db.applications.count(),
    db.applications.orderBy('[owner+updatedAt]').count(),
  ]);
  return all - owned;
}

/**
 * The list while drafts with no owner remain (the moments between an unlock and their adoption):
 * a cursor over every record, which sees each as stored, so only the page is decrypted.
 */
async function listWithUnowned(
  db: AssistDb,
  owner: string,
  limit: number,
  match: ListFilter['match'],
): Promise<ApplicationsPage> {
  const ids: string[] = [];
  await db.applications
    .orderBy('updatedAt')
    .reverse()
    .each((app) => {
      if (app.owner === undefined || app.owner === owner) ids.push(app.id);
    });
  const stored = ids.length;
  const read = async (some: string[]) =>
    ((await db.applications.bulkGet(some)) as (ApplicationRecord | undefined)[]).filter(
      (app): app is ApplicationRecord => app !== undefined,
    );
  if (!match) return { applications: await read(ids.slice(0, limit)), matching: stored, stored };
  const found = (await read(ids)).filter(match);
  return { applications: found.slice(0, limit), matching: found.length, stored };
}

/**
 * Whether a save grants or takes back the consumer's authorization: an audit event to log, and a
 * record the exchange keeps (the wizard asks the sender to send it).
 */
export function changesAuthorization(changes: Record<string, string | null>): boolean {
  return Boolean(changes[AUTHORIZATION_RECORD_FIELD] || changes[AUTHORIZATION_REVOKED_AT]);
}

/** The record with `changes` applied: a draft again, its problems about changed fields dropped. */
function withChanges(
  record: ApplicationRecord,
  changes: Record<string, string | null>,
  updatedAt: string,
): ApplicationRecord {
  const fields = withAnswers(record.fields, changes);
  const next: ApplicationRecord = { ...record, status: STATUS.draft, fields, updatedAt };
  if (record.problems) {
    const changed = new Set(Object.keys(changes));
    const rest = record.problems.filter((p) => !changed.has(fieldOfProblem(record, p)));
    if (rest.length > 0) next.problems = rest;
    else delete next.problems;
  }
  return next;
}

/** Answers with `changes` applied: a value sets its path, `null` deletes it. */
export function withAnswers<F extends Record<string, string | undefined>>(
  fields: F,
  changes: Record<string, string | null>,
): F {
  const next: Record<string, string | undefined> = { ...fields };
  for (const [path, value] of Object.entries(changes)) {
    if (value === null) delete next[path];
    else next[path] = value;
  }
  return next as F;
}
