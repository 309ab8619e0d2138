import type { ApiProblem } from '../schema/api-error';
import { problemsFromIssues } from '../schema/api-error';
import { applicationFromDraftV1, type DraftV1, type DraftV1Field } from '../schema/draft-v1';
import { CURRENT_SCHEMA_VERSION, type Submission, submission } from '../schema/submission';
import { type Clock, newApplicationId, systemClock } from './clock';
import type { AssistDb } from './db';
import { ApplicationNotFoundError, ApplicationReadOnlyError, NotCorrectableError } from './errors';
import { canCorrect, canMove, IllegalTransitionError, isEditableRecord } from './lifecycle';
import { type ApplicationRecord, STATUS } from './records';
import { withReopen } from './reopen';

export type SubmitResult =
  | { ok: true; submission: Submission }
  | { ok: false; problems: ApiProblem[] };

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
    init: { fields?: DraftV1; supersedes?: string } = {},
  ): Promise<ApplicationRecord> {
    const now = this.clock.now().toISOString();
    const record: ApplicationRecord = {
      id: newApplicationId(),
      status: STATUS.draft,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: now,
      updatedAt: now,
      fields: { ...init.fields },
      attempts: 0,
    };
    if (init.supersedes) record.supersedes = init.supersedes;
    await withReopen(this.db, () => this.db.applications.add(record));
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
   * Starts the correction of a sent application (or of one the exchange holds another version of):
   * a new draft with a new key, the same fields, and `supersedes` pointing at the original, which
   * stays as it was (DESIGN.md §4). Asking twice gives the same correction, not a second one.
   */
  startCorrection(id: string): Promise<ApplicationRecord> {
    return withReopen(this.db, () =>
      this.db.transaction('rw', this.db.applications, async () => {
        const original = await this.db.applications.get(id);
        if (!original) throw new ApplicationNotFoundError(id);
        if (original.supersededBy) {
          const existing = await this.db.applications.get(original.supersededBy);
          if (existing) return existing;
        }
        if (!canCorrect(original)) throw new NotCorrectableError(id, original.status);
        const now = this.clock.now().toISOString();
        const correction: ApplicationRecord = {
          id: newApplicationId(),
          status: STATUS.draft,
          schemaVersion: CURRENT_SCHEMA_VERSION,
          createdAt: now,
          updatedAt: now,
          fields: { ...original.fields },
          supersedes: original.id,
          attempts: 0,
        };
        await this.db.applications.add(correction);
        await this.db.applications.put({ ...original, supersededBy: correction.id });
        return correction;
      }),
    );
  }

  /**
   * Saves one typed value. Editing an application the exchange refused returns it to draft, and
   * clears the exchange's complaint about that field (the others stay until resubmission).
   */
  updateField(id: string, field: DraftV1Field, value: string): Promise<ApplicationRecord> {
    return withReopen(this.db, () => this.saveField(id, field, value));
  }

  private saveField(id: string, field: DraftV1Field, value: string): Promise<ApplicationRecord> {
    return this.db.transaction('rw', this.db.applications, async () => {
      const record = await this.db.applications.get(id);
      if (!record) throw new ApplicationNotFoundError(id);
      if (!isEditableRecord(record)) throw new ApplicationReadOnlyError(id, record.status);
      const next: ApplicationRecord = {
        ...record,
        status: STATUS.draft,
        fields: { ...record.fields, [field]: value },
        updatedAt: this.clock.now().toISOString(),
      };
      if (record.problems) {
        const rest = record.problems.filter((p) => p.path !== `application.${field}`);
        if (rest.length > 0) next.problems = rest;
        else delete next.problems;
      }
      await this.db.applications.put(next);
      return next;
    });
  }

  /**
   * Freezes a draft into a submission and queues it, in one transaction: either the application is
   * queued with its submission in the outbox, or nothing changed and the problems say why.
   */
  submit(id: string): Promise<SubmitResult> {
    return withReopen(this.db, () => this.freeze(id));
  }

  private freeze(id: string): Promise<SubmitResult> {
    return this.db.transaction('rw', this.db.applications, this.db.outbox, async () => {
      const record = await this.db.applications.get(id);
      if (!record) throw new ApplicationNotFoundError(id);
      if (!canMove(record.status, STATUS.queued)) {
        throw new IllegalTransitionError(id, record.status, STATUS.queued);
      }
      const converted = applicationFromDraftV1(record.fields);
      if (!converted.ok) {
        return { ok: false, problems: converted.problems.map(prefixPath) };
      }
      const candidate = {
        id: record.id,
        schemaVersion: CURRENT_SCHEMA_VERSION,
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
      return { ok: true, submission: checked.data };
    });
  }
}

function prefixPath(p: ApiProblem): ApiProblem {
  return p.path ? { ...p, path: `application.${p.path}` } : p;
}
