import { API_ERROR } from '../schema/api-error';
import { type ApplicationRecord, type ApplicationStatus, STATUS } from './records';

/**
 * Every legal move of DESIGN.md §3, each with the one event that makes it. Anything else is a bug,
 * refused by the store. What is not here matters as much: nothing reaches `submitted` without a
 * receipt, a sent or sending application is never edited (a correction is a new application that
 * `supersedes` it), and a refused one is never sent again without a person editing it.
 */
export const TRANSITIONS = {
  [STATUS.draft]: {
    [STATUS.queued]: 'submit: frozen, validated and put in the outbox',
  },
  [STATUS.queued]: {
    [STATUS.sending]: 'an attempt begins',
    [STATUS.submitted]: "reconciliation found the exchange's receipt of an earlier attempt",
  },
  [STATUS.sending]: {
    [STATUS.submitted]: 'the receipt arrived',
    [STATUS.queued]: 'a retryable failure, or the attempt was cut short by a reload',
    [STATUS.needsAttention]: 'the exchange refused the content (422 and other 4xx)',
  },
  [STATUS.submitted]: {
    [STATUS.queued]: 'reconciliation: the exchange has no record of it; sent again, same key',
  },
  [STATUS.needsAttention]: {
    [STATUS.draft]: 'the assister edits it (the exchange stored nothing under its key)',
  },
} as const satisfies Record<ApplicationStatus, Partial<Record<ApplicationStatus, string>>>;

export function canMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return to in TRANSITIONS[from];
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly id: string,
    readonly from: ApplicationStatus,
    readonly to: ApplicationStatus,
  ) {
    super(`Application ${id} cannot move from ${from} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

/** Statuses whose fields may still change. */
export function isEditable(status: ApplicationStatus): boolean {
  return status === STATUS.draft || status === STATUS.needsAttention;
}

/**
 * Whether this application's fields may change. A refusal because the exchange already holds a
 * different application under this key cannot be fixed by editing (the key would be refused
 * again): it needs a correction, a new application that supersedes it.
 */
export function isEditableRecord(app: ApplicationRecord): boolean {
  return isEditable(app.status) && !holdsAnotherVersion(app);
}

/** The exchange refused this key because it already has another body under it. */
export function holdsAnotherVersion(app: ApplicationRecord): boolean {
  return (app.problems ?? []).some((p) => p.code === API_ERROR.idempotencyKeyReused);
}

/**
 * A correction (a new application superseding this one) can be started from here: not once the
 * retention purge removed the fields it would copy.
 */
export function canCorrect(app: ApplicationRecord): boolean {
  if (app.purged) return false;
  return (
    app.status === STATUS.submitted ||
    (app.status === STATUS.needsAttention && holdsAnotherVersion(app))
  );
}

/** The record after a legal move (or a change that keeps the status); throws on an illegal one. */
export function moved(
  app: ApplicationRecord,
  to: ApplicationStatus,
  changes: Partial<ApplicationRecord>,
  nowIso: string,
): ApplicationRecord {
  if (app.status !== to && !canMove(app.status, to)) {
    throw new IllegalTransitionError(app.id, app.status, to);
  }
  return { ...app, ...changes, status: to, updatedAt: nowIso };
}
