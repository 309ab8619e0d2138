/** The application does not exist on this device. */
export class ApplicationNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No application ${id} on this device`);
    this.name = 'ApplicationNotFoundError';
  }
}

/** A sent, sending or queued application was asked to change: it is frozen (DESIGN.md §3). */
export class ApplicationReadOnlyError extends Error {
  constructor(
    readonly id: string,
    readonly status: string,
  ) {
    super(`Application ${id} is ${status} and can no longer be edited`);
    this.name = 'ApplicationReadOnlyError';
  }
}

/** A newer version of the app upgraded the database: this page must reload before writing. */
export class DatabaseUpgradedElsewhereError extends Error {
  constructor() {
    super('A newer version of the app updated the storage on this device; reload to continue');
    this.name = 'DatabaseUpgradedElsewhereError';
  }
}

/** The names an error, its `inner` (Dexie) and its `cause` carry, outermost first. */
function errorChain(error: unknown): { name: string; message: string }[] {
  const chain: { name: string; message: string }[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const e = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    chain.push({ name: String(e.name ?? ''), message: String(e.message ?? '') });
    current = e.inner ?? e.cause;
  }
  return chain;
}

/**
 * The device's storage is full (`QuotaExceededError`, possibly wrapped by Dexie in an abort). The
 * write did not happen; nothing stored before it was touched.
 */
export function isStorageFull(error: unknown): boolean {
  return errorChain(error).some((e) => e.name === 'QuotaExceededError' || /quota/i.test(e.message));
}

/**
 * The browser closed the database connection behind the app's back (iOS does this in the
 * background; research/offline-sync.md #23): reopening and retrying once is safe.
 */
export function isConnectionLost(error: unknown): boolean {
  return errorChain(error).some(
    (e) =>
      e.name === 'DatabaseClosedError' ||
      e.name === 'InvalidStateError' ||
      ((e.name === 'UnknownError' || e.name === 'AbortError') &&
        /connection|closing|closed|lost/i.test(e.message)),
  );
}

/** Only a sent application (or one the exchange holds another version of) is corrected. */
export class NotCorrectableError extends Error {
  constructor(
    readonly id: string,
    readonly status: string,
  ) {
    super(`Application ${id} is ${status}: edit it, or let it be sent, instead of correcting it`);
    this.name = 'NotCorrectableError';
  }
}

/**
 * The retention purge removed this sent application's details from the device (store/retention.ts):
 * a correction would start empty, so none is started; the exchange still holds the application.
 */
export class DetailsRemovedError extends Error {
  constructor(readonly id: string) {
    super(`Application ${id}: its details were removed from this device after its receipt`);
    this.name = 'DetailsRemovedError';
  }
}
