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
