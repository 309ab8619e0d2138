/**
 * The idempotency keys this process is working on right now (DESIGN.md §4: `409` while a request
 * with the same key is still being processed).
 *
 * NOTE: the database's unique key is what guarantees one row per key, in every case; this registry
 * only turns an overlap into a quick, honest 409 instead of a second full pass (reading the body,
 * opening the seal, validating) that would end at the unique constraint anyway. A key is claimed
 * before the body is read, so a slow upload or a slow opening counts as in flight, and it is
 * released when the answer is decided, whatever it is. Being in memory, a claim dies with its
 * process: a crash never leaves a key stuck "in flight". Two processes on one PostgreSQL do not see
 * each other's claims; there the second insert waits on the unique index and gets the first's
 * receipt (200), which the contract allows too.
 */
export class InFlightKeys {
  private readonly keys = new Set<string>();

  /** Claims `key`; returns its release function, or null if another request holds it. */
  claim(key: string): (() => void) | null {
    const normalised = key.toLowerCase();
    if (this.keys.has(normalised)) return null;
    this.keys.add(normalised);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.keys.delete(normalised);
    };
  }

  get size(): number {
    return this.keys.size;
  }
}
