import { MAX_AUDIT_EVENTS_PER_BATCH } from '../schema/audit';
import { API_PATHS } from '../schema/http';
import { AuditRepo } from '../store/audit';
import type { AssistDb } from '../store/db';
import {
  classifyFailure,
  type Refused,
  type RequestFailure,
  refusal,
  request,
  type TransportOptions,
} from './transport';

/** How sending the audit log and the authorizations ended. */
export type RecordsOutcome = { kind: 'done' } | RequestFailure | Refused;

const DONE: RecordsOutcome = { kind: 'done' };

/** One POST of a JSON body: `done` on any 2xx (the exchange dedupes by id), else why not. */
function post(path: string, body: unknown, opts: TransportOptions): Promise<RecordsOutcome> {
  const init = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
  return request(path, init, opts, async (response) =>
    response.ok
      ? { kind: 'done' as const }
      : (classifyFailure(response, (opts.now ?? Date.now)()) ?? refusal(response)),
  );
}

/**
 * Sends what the exchange keeps of this device's work (issue 7), after the applications, in the
 * same pass and with the same token: first the consumers' authorizations and revocations
 * (`POST /api/v1/authorizations`, each under its own id), then the audit log in batches
 * (`POST /api/v1/audit-events`). Both are idempotent by id, so a lost answer costs a resend and
 * adds nothing. A failure that means "not now" ends it (the caller backs off); a refusal keeps
 * the records on the device, says why, and moves on to what it can still send.
 */
export async function sendRecords(db: AssistDb, opts: TransportOptions): Promise<RecordsOutcome> {
  const log = new AuditRepo(db);
  let outcome: RecordsOutcome = DONE;
  for (const row of await log.unsentAuthorizations()) {
    const record = await log.authorizationRecord(row);
    // Encrypted until its owner unlocks: the page sends it then.
    if (record === undefined) continue;
    const sent = record ? await post(API_PATHS.authorizations, record, opts) : DONE;
    if (sent.kind === 'done') await log.authorizationDone(row.id);
    else if (sent.kind === 'refused') outcome = sent;
    else return sent;
  }
  for (;;) {
    const events = await log.unsent(MAX_AUDIT_EVENTS_PER_BATCH);
    if (events.length === 0) return outcome;
    const sent = await post(API_PATHS.auditEvents, { events }, opts);
    if (sent.kind !== 'done') return sent;
    await log.sent(events.map((e) => e.id));
  }
}
