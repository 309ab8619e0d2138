import { beforeEach, describe, expect, it } from 'vitest';
import { makeDraftV2 } from '../../test/fixtures/applications';
import { MAX_AUDIT_EVENTS_PER_BATCH } from '../schema/audit';
import { AUTHORIZATION_RECORD_FIELD, authorizationOf } from '../schema/draft-v2';
import { API_PATHS } from '../schema/http';
import { ApplicationsRepo } from '../store/applications';
import { AuditRepo } from '../store/audit';
import { AssistDb } from '../store/db';
import { sendRecords } from './records';

const ASSISTER = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

interface Call {
  path: string;
  body: { events?: { id: string }[]; id?: string; kind?: string };
  headers: Record<string, string>;
}

let db: AssistDb;
let log: AuditRepo;
let calls: Call[];
/** What the fake exchange answers next, per path (default: 200 with a JSON body). */
let answers: Partial<Record<string, (() => Response)[]>>;

function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const path = String(input);
  calls.push({
    path,
    body: JSON.parse(String(init?.body)),
    headers: init?.headers as Record<string, string>,
  });
  const next = answers[path]?.shift();
  if (next) return Promise.resolve(next());
  return Promise.resolve(json(200, { stored: 1, duplicates: 0 }));
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const opts = () => ({
  baseUrl: '',
  deviceId: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6',
  fetch: fakeFetch as typeof fetch,
  getToken: async () => 'token-1',
});

beforeEach(() => {
  db = new AssistDb(`test-${crypto.randomUUID()}`);
  db.actor = () => ASSISTER;
  log = new AuditRepo(db);
  calls = [];
  answers = {};
});

async function authorizedDraft(): Promise<{ appId: string; recordId: string }> {
  const repo = new ApplicationsRepo(db);
  const fields = makeDraftV2();
  const draft = await repo.createDraft({ fields });
  const recordId = crypto.randomUUID();
  const record = {
    id: recordId,
    recordedAt: '2026-11-23T15:00:00.000Z',
    authorization: authorizationOf(fields),
  };
  await repo.updateFields(draft.id, { [AUTHORIZATION_RECORD_FIELD]: JSON.stringify(record) });
  return { appId: draft.id, recordId };
}

describe('sendRecords', () => {
  it('sends the authorization, then the audit log, with the token and device id; a second pass sends nothing', async () => {
    const { appId, recordId } = await authorizedDraft();
    expect(await sendRecords(db, opts())).toEqual({ kind: 'done' });
    expect(calls.map((c) => c.path)).toEqual([API_PATHS.authorizations, API_PATHS.auditEvents]);
    expect(calls[0]?.body).toMatchObject({ id: recordId, kind: 'granted', applicationId: appId });
    expect(calls[0]?.headers).toMatchObject({ Authorization: 'Bearer token-1' });
    expect(calls[1]?.body.events?.map((e) => e.id)).toContain(recordId);
    expect(await log.unsent(10)).toEqual([]);
    expect(await log.unsentAuthorizations()).toEqual([]);

    calls = [];
    expect(await sendRecords(db, opts())).toEqual({ kind: 'done' });
    expect(calls).toEqual([]);
  });

  it('sends the log in batches the exchange accepts', async () => {
    for (let i = 0; i < MAX_AUDIT_EVENTS_PER_BATCH + 3; i += 1) {
      await log.log('locked', { who: ASSISTER });
    }
    expect(await sendRecords(db, opts())).toEqual({ kind: 'done' });
    expect(calls.map((c) => c.body.events?.length)).toEqual([MAX_AUDIT_EVENTS_PER_BATCH, 3]);
    const ids = calls.flatMap((c) => c.body.events?.map((e) => e.id) ?? []);
    expect(new Set(ids).size).toBe(MAX_AUDIT_EVENTS_PER_BATCH + 3);
  });

  it('an exchange that does not answer keeps everything, and the retry resends the same ids', async () => {
    const { recordId } = await authorizedDraft();
    answers[API_PATHS.auditEvents] = [() => json(503, { errors: [] })];
    expect(await sendRecords(db, opts())).toMatchObject({ kind: 'retry', reason: 'rate_limited' });
    const firstTry = calls.at(-1)?.body.events?.map((e) => e.id);
    expect(await log.unsent(10)).toHaveLength(2);

    calls = [];
    expect(await sendRecords(db, opts())).toEqual({ kind: 'done' });
    // The authorization had gone through: only the log is sent again, under the same ids.
    expect(calls.map((c) => c.path)).toEqual([API_PATHS.auditEvents]);
    expect(calls[0]?.body.events?.map((e) => e.id)).toEqual(firstTry);
    expect(firstTry).toContain(recordId);
  });

  it('no connection and no session: "not now", nothing lost', async () => {
    await log.log('unlocked', { who: ASSISTER });
    const offline = {
      ...opts(),
      fetch: (() => Promise.reject(new TypeError('offline'))) as typeof fetch,
    };
    expect(await sendRecords(db, offline)).toEqual({ kind: 'retry', reason: 'offline' });
    answers[API_PATHS.auditEvents] = [() => json(401, { errors: [] })];
    expect(await sendRecords(db, opts())).toEqual({ kind: 'unauthorized', status: 401 });
    expect(await log.unsent(10)).toHaveLength(1);
  });

  it('a refused batch stays on the device and says why; so does a refused authorization, and the rest still goes', async () => {
    const { recordId } = await authorizedDraft();
    const problem = { path: 'events.0.what', code: 'invalid_value', message: 'Invalid option' };
    answers[API_PATHS.authorizations] = [
      () => json(422, { errors: [{ code: 'idempotency_key_reused', message: 'Another record' }] }),
    ];
    answers[API_PATHS.auditEvents] = [() => json(422, { errors: [problem] })];
    const refused = await sendRecords(db, opts());
    expect(refused).toEqual({ kind: 'refused', status: 422, problems: [problem] });
    expect(await log.unsent(10)).toHaveLength(2);
    expect((await log.unsentAuthorizations()).map((r) => r.id)).toEqual([recordId]);

    // Once the exchange takes them, they go.
    expect(await sendRecords(db, opts())).toEqual({ kind: 'done' });
    expect(await log.unsent(10)).toEqual([]);
    expect(await log.unsentAuthorizations()).toEqual([]);
  });

  it('an authorization whose content is locked away waits; its revocation needs no key', async () => {
    const { appId } = await authorizedDraft();
    await new ApplicationsRepo(db).updateFields(appId, {
      'authorization.revokedAt': '2026-11-23T16:00:00.000Z',
    });
    await db.applications.update(appId, { fields: {} }); // as a locked assister reads it
    expect(await sendRecords(db, opts())).toEqual({ kind: 'done' });
    const sent = calls.filter((c) => c.path === API_PATHS.authorizations).map((c) => c.body.kind);
    expect(sent).toEqual(['revoked']);
    expect((await log.unsentAuthorizations()).map((r) => r.what)).toEqual([
      'authorization_granted',
    ]);
  });
});
