import type { Session } from '../schema/session';
import { type Clock, systemClock } from './clock';
import type { AssistDb } from './db';
import type { SessionRecord } from './records';

const CURRENT = 'current' as const;

/**
 * The assister's session on this device: what the outbox (page and service worker alike) sends
 * as `Authorization: Bearer`. Signing in replaces it; signing out removes it. Nothing queued is
 * touched either way: the outbox keeps every application and its idempotency key.
 */
export class SessionRepo {
  constructor(
    private readonly db: AssistDb,
    private readonly clock: Clock = systemClock,
  ) {}

  current(): Promise<SessionRecord | undefined> {
    return this.db.session.get(CURRENT);
  }

  /** The bearer token to send, or null when no one is signed in on this device. */
  async token(): Promise<string | null> {
    return (await this.current())?.token ?? null;
  }

  async save(session: Session): Promise<SessionRecord> {
    const record: SessionRecord = {
      id: CURRENT,
      token: session.token,
      expiresAt: session.expiresAt,
      assister: session.assister,
      signedInAt: this.clock.now().toISOString(),
    };
    await this.db.session.put(record);
    return record;
  }

  async clear(): Promise<void> {
    await this.db.session.delete(CURRENT);
  }
}
