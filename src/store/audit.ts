import { AUDIT_ACTIONS, type AuditAction, type AuditEvent } from '../schema/audit';
import type { AuthorizationRecord } from '../schema/consent-record';
import { AUTHORIZATION_RECORD_FIELD } from '../schema/draft-v2';
import type { AssistDb } from './db';
import { withReopen } from './reopen';

/**
 * The device's audit log (issue 7, DESIGN.md §6): who (an assister's account id), what (a closed
 * list), when, which application. No personal data, so it is kept in clear. Written inside the
 * transaction of the action it records; sent to `POST /api/v1/audit-events` by the sync pass.
 */
export interface AuditRecord extends AuditEvent {
  /** 1 until the exchange has the event (a sparse index: a sent event leaves it). */
  unsent?: 1;
  /**
   * 1 until the exchange has the authorization or revocation this event records
   * (`POST /api/v1/authorizations`, under this event's id).
   */
  auth?: 1;
}

/**
 * Inside a transaction over `audit`: records `what`, done by `who` (else the application's owner,
 * else the unlocked assister). Without any account there is no one to name (a draft from before
 * PINs existed, read by a locked worker): nothing is recorded.
 */
export async function logEvent(
  db: AssistDb,
  what: AuditAction,
  when: string,
  on: { app?: { id: string; owner?: string }; who?: string; id?: string; auth?: boolean } = {},
): Promise<void> {
  const who = on.who ?? on.app?.owner ?? db.actor();
  if (!who) return;
  const row: AuditRecord = { id: on.id ?? crypto.randomUUID(), who, what, when, unsent: 1 };
  if (on.app) row.applicationId = on.app.id;
  if (on.auth) row.auth = 1;
  await db.audit.add(row);
}

/** The log as the sender and the timeline read it. */
export class AuditRepo {
  constructor(private readonly db: AssistDb) {}

  /** Records one event in a transaction of its own (the lock screen's events, the export). */
  log(what: AuditAction, on: Parameters<typeof logEvent>[3] = {}): Promise<void> {
    const db = this.db;
    return withReopen(db, () => logEvent(db, what, new Date().toISOString(), on));
  }

  /**
   * Records `what` on each of these applications in one transaction (an export of a thousand
   * waiting applications is one write, not a thousand).
   */
  logEach(what: AuditAction, applicationIds: readonly string[]): Promise<void> {
    const db = this.db;
    const when = new Date().toISOString();
    return withReopen(db, () =>
      db.transaction('rw', db.audit, async () => {
        for (const id of applicationIds) await logEvent(db, what, when, { app: { id } });
      }),
    );
  }

  /** Events the exchange does not have yet, at most `limit`, as the wire wants them. */
  async unsent(limit: number): Promise<AuditEvent[]> {
    const rows = await withReopen(this.db, () =>
      this.db.audit.where('unsent').equals(1).limit(limit).toArray(),
    );
    return rows.map(({ unsent: _u, auth: _a, ...event }) => event);
  }

  /**
   * The exchange has these events. One with no application is forgotten (the server keeps it);
   * an application's stay for its timeline, and an authorization's until it is sent too.
   */
  sent(ids: string[]): Promise<void> {
    const { audit } = this.db;
    // Read by key and written back in bulk: a query for "any of these 500 ids" walked the table
    // with a cursor, one step per id, twice, for each batch the end of a drain sends.
    return withReopen(this.db, () =>
      this.db.transaction('rw', audit, async () => {
        const gone: string[] = [];
        const kept: AuditRecord[] = [];
        for (const row of await audit.bulkGet(ids)) {
          if (!row) continue;
          if (!row.applicationId) gone.push(row.id);
          else if (row.unsent) {
            const { unsent: _sent, ...rest } = row;
            kept.push(rest);
          }
        }
        await audit.bulkDelete(gone);
        await audit.bulkPut(kept);
      }),
    );
  }

  /** Authorizations and revocations the exchange does not have yet. */
  unsentAuthorizations(): Promise<AuditRecord[]> {
    return withReopen(this.db, () => this.db.audit.where('auth').equals(1).toArray());
  }

  /** The exchange has it (or it was replaced before it could be sent): nothing more to send. */
  async authorizationDone(id: string): Promise<void> {
    await withReopen(this.db, () =>
      this.db.audit
        .where('id')
        .equals(id)
        .modify((r) => {
          delete r.auth;
        }),
    );
  }

  /**
   * The record the exchange keeps for an authorization event: a revocation carries no personal
   * data; a grant is the content frozen in the (encrypted) draft, so it is only readable while its
   * owner is unlocked: `undefined` until then. `null`: nothing left to send (the application is
   * gone, or a newer authorization replaced this one before it could be sent).
   */
  async authorizationRecord(row: AuditRecord): Promise<AuthorizationRecord | null | undefined> {
    const { id, applicationId, when: recordedAt } = row;
    if (!applicationId) return null;
    if (row.what === 'authorization_revoked') {
      return { id, kind: 'revoked', applicationId, recordedAt };
    }
    const app = await withReopen(this.db, () => this.db.applications.get(applicationId));
    if (!app) return null;
    const frozen = (app.fields as Record<string, string | undefined>)[AUTHORIZATION_RECORD_FIELD];
    if (!frozen) return undefined;
    type Frozen = Omit<Extract<AuthorizationRecord, { kind: 'granted' }>, 'kind' | 'applicationId'>;
    let granted: Frozen | null = null;
    try {
      granted = JSON.parse(frozen) as Frozen;
    } catch {
      // Not written by the wizard: nothing this id could stand for.
    }
    return granted?.id === id ? { ...granted, kind: 'granted', applicationId } : null;
  }

  /** One application's events, oldest first (in one millisecond, in the order of its life). */
  async history(applicationId: string): Promise<AuditRecord[]> {
    const rows = await withReopen(this.db, () =>
      this.db.audit.where('applicationId').equals(applicationId).toArray(),
    );
    const rank = (r: AuditRecord) => AUDIT_ACTIONS.indexOf(r.what);
    return rows.sort((a, b) => a.when.localeCompare(b.when) || rank(a) - rank(b));
  }
}
