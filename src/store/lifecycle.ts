import { type ApplicationStatus, STATUS } from './records';

/**
 * The legal moves of DESIGN.md §3. Anything else is a bug, refused by the store: a sent or sending
 * application is never edited, and nothing is "submitted" without passing through sending.
 */
const NEXT: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  [STATUS.draft]: [STATUS.queued],
  [STATUS.queued]: [STATUS.sending],
  // sending → queued: retryable failure, or a reload in the middle of an attempt.
  [STATUS.sending]: [STATUS.submitted, STATUS.queued, STATUS.needsAttention],
  [STATUS.submitted]: [],
  [STATUS.needsAttention]: [STATUS.draft],
};

export function canMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return NEXT[from].includes(to);
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
