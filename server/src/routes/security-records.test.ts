import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditBatchReport, MAX_AUDIT_EVENTS_PER_BATCH } from '../../../src/schema/audit';
import { authorizationRecordReceipt } from '../../../src/schema/consent-record';
import { recoveryKeyResponse } from '../../../src/schema/recovery-key';
import { tokenHash } from '../auth/tokens';
import { auditEventsOf } from '../db/audit-events';
import { authorizationRecordsOf } from '../db/authorization-records';
import { startTestServer, type TestServer } from '../test-support';

/** Issue 7's server side, over real HTTP: recovery keys, authorization records, audit events. */
let server: TestServer;
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  server = await startTestServer();
  [tokenA, tokenB] = await Promise.all([server.token(), server.token()]);
});
afterAll(async () => {
  await server?.close();
});

function post(path: string, token: string | null, body?: unknown, headers = {}) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

const recoveryKey = (token: string | null, deviceId?: string) =>
  post('/api/v1/recovery-keys', token, undefined, deviceId ? { 'X-Device-Id': deviceId } : {});

describe('POST /api/v1/recovery-keys', () => {
  it('creates a 256-bit key for the assister and device (201), then returns the same one (200)', async () => {
    const device = crypto.randomUUID();
    const first = await recoveryKey(tokenA, device);
    expect(first.status).toBe(201);
    const created = recoveryKeyResponse.parse(await first.json());
    expect(Buffer.from(created.recoveryKey, 'base64url')).toHaveLength(32);
    expect(created.deviceId).toBe(device);
    const again = await recoveryKey(tokenA, device.toUpperCase());
    expect(again.status).toBe(200);
    expect(recoveryKeyResponse.parse(await again.json()).recoveryKey).toBe(created.recoveryKey);
  });

  it('gives another device, and another assister on the same device, a different key', async () => {
    const device = crypto.randomUUID();
    const keys = await Promise.all([
      recoveryKey(tokenA, device),
      recoveryKey(tokenA, crypto.randomUUID()),
      recoveryKey(tokenB, device),
    ]);
    const values = await Promise.all(
      keys.map(async (r) => recoveryKeyResponse.parse(await r.json()).recoveryKey),
    );
    expect(new Set(values).size).toBe(3);
  });

  it('agrees on one key when a device asks twice at once', async () => {
    const device = crypto.randomUUID();
    const answers = await Promise.all([recoveryKey(tokenA, device), recoveryKey(tokenA, device)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201]);
    const [x, y] = await Promise.all(
      answers.map(async (r) => recoveryKeyResponse.parse(await r.json())),
    );
    expect(x?.recoveryKey).toBe(y?.recoveryKey);
  });

  it('401 without a session, 400 without a device id or with one that is not a UUID', async () => {
    expect((await recoveryKey(null, crypto.randomUUID())).status).toBe(401);
    const missing = await recoveryKey(tokenA);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ errors: [{ code: 'device_id_invalid' }] });
    expect((await recoveryKey(tokenA, 'tablet-7')).status).toBe(400);
  });

  it('401 sign_in_not_fresh for a session signed in longer ago than the recovery window', async () => {
    const token = await server.token();
    await server.db.query(
      "UPDATE sessions SET created_at = now() - interval '11 minutes' WHERE token_hash = $1",
      [tokenHash(token)],
    );
    const stale = await recoveryKey(token, crypto.randomUUID());
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ errors: [{ code: 'sign_in_not_fresh' }] });
    // The same token still sends applications: only the recovery key needs a fresh sign-in.
    const fresh = await server.token();
    expect((await recoveryKey(fresh, crypto.randomUUID())).status).toBe(201);
  });

  it('never writes the key to the log', async () => {
    const res = await recoveryKey(tokenA, crypto.randomUUID());
    const { recoveryKey: key } = recoveryKeyResponse.parse(await res.json());
    expect(server.logs.join('\n')).not.toContain(key);
    expect(server.logs.join('\n')).toContain('recovery_key_released');
  });
});

function granted(applicationId: string) {
  return {
    id: crypto.randomUUID(),
    kind: 'granted',
    applicationId,
    recordedAt: '2026-11-23T15:00:00.000Z',
    authorization: {
      noticeVersion: '2026-11',
      method: 'oral',
      givenBy: 'Ana Diaz',
      representative: false,
      date: '2026-11-23',
      assister: { name: 'Sam Lee', id: 'NAV-0042' },
      limits: '',
    },
  };
}

describe('POST /api/v1/authorizations', () => {
  it('keeps an authorization and its revocation; sending either again adds nothing', async () => {
    const applicationId = crypto.randomUUID();
    const grant = granted(applicationId);
    const revoke = {
      id: crypto.randomUUID(),
      kind: 'revoked',
      applicationId,
      recordedAt: '2026-11-23T16:00:00.000Z',
    };
    const res = await post('/api/v1/authorizations', tokenA, grant);
    expect(res.status).toBe(201);
    expect(authorizationRecordReceipt.parse(await res.json())).toMatchObject({
      id: grant.id,
      kind: 'granted',
      applicationId,
    });
    expect((await post('/api/v1/authorizations', tokenA, grant)).status).toBe(200);
    expect((await post('/api/v1/authorizations', tokenA, revoke)).status).toBe(201);
    expect((await post('/api/v1/authorizations', tokenA, revoke)).status).toBe(200);
    const kept = await authorizationRecordsOf(server.db, applicationId);
    expect(kept.map((k) => k.kind)).toEqual(['granted', 'revoked']);
    expect(kept[0]?.record).toEqual(grant);
  });

  it('refuses another record under a used id (422), and keeps the first', async () => {
    const applicationId = crypto.randomUUID();
    const grant = granted(applicationId);
    expect((await post('/api/v1/authorizations', tokenA, grant)).status).toBe(201);
    const changed = { ...grant, authorization: { ...grant.authorization, limits: 'no calls' } };
    const res = await post('/api/v1/authorizations', tokenA, changed);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'idempotency_key_reused' }] });
    expect((await authorizationRecordsOf(server.db, applicationId))[0]?.record).toEqual(grant);
  });

  it('refuses what is not an authorization record, with the field paths', async () => {
    const grant = granted(crypto.randomUUID());
    const signedWithoutSignature = {
      ...grant,
      authorization: { ...grant.authorization, method: 'signed' },
    };
    const res = await post('/api/v1/authorizations', tokenA, signedWithoutSignature);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      errors: [{ path: 'authorization.signature' }],
    });
    // A revocation carries no personal data: extra fields are refused, not stored.
    const chatty = { ...grant, kind: 'revoked', authorization: undefined, ssn: '234-56-7890' };
    expect((await post('/api/v1/authorizations', tokenA, chatty)).status).toBe(422);
  });

  it('401 without a session; 400 for a device id that is not a UUID', async () => {
    const grant = granted(crypto.randomUUID());
    expect((await post('/api/v1/authorizations', null, grant)).status).toBe(401);
    expect(
      (await post('/api/v1/authorizations', tokenA, grant, { 'X-Device-Id': 'nope' })).status,
    ).toBe(400);
  });
});

describe('POST /api/v1/audit-events', () => {
  const event = (applicationId?: string, what = 'application_created') => ({
    id: crypto.randomUUID(),
    who: crypto.randomUUID(),
    what,
    when: '2026-11-23T15:00:00.000Z',
    ...(applicationId ? { applicationId } : {}),
  });

  it('stores a batch once: a resend counts duplicates and adds nothing', async () => {
    const applicationId = crypto.randomUUID();
    const events = [
      event(applicationId),
      { ...event(applicationId, 'application_queued'), when: '2026-11-23T15:05:00.000Z' },
      event(undefined, 'unlocked'),
    ];
    const device = { 'X-Device-Id': crypto.randomUUID() };
    const first = await post('/api/v1/audit-events', tokenA, { events }, device);
    expect(first.status).toBe(200);
    expect(auditBatchReport.parse(await first.json())).toEqual({ stored: 3, duplicates: 0 });
    const again = await post('/api/v1/audit-events', tokenA, { events }, device);
    expect(await again.json()).toEqual({ stored: 0, duplicates: 3 });
    const timeline = await auditEventsOf(server.db, applicationId);
    expect(timeline.map((e) => e.what)).toEqual(['application_created', 'application_queued']);
  });

  it('a full batch: each event stored with its fields, the sender and the device; one sent twice in it, or already stored, counts as a duplicate', async () => {
    const applicationId = crypto.randomUUID();
    const device = crypto.randomUUID();
    const earlier = event(applicationId, 'application_sent');
    await post('/api/v1/audit-events', tokenA, { events: [earlier] }, { 'X-Device-Id': device });
    const fresh = Array.from({ length: MAX_AUDIT_EVENTS_PER_BATCH - 2 }, (_, i) => ({
      ...event(i % 2 === 0 ? applicationId : undefined, 'receipt_received'),
      when: new Date(Date.UTC(2026, 10, 23, 15, 0, i)).toISOString(),
    }));
    const events = [...fresh, fresh[0], earlier];
    const res = await post('/api/v1/audit-events', tokenA, { events }, { 'X-Device-Id': device });
    expect(await res.json()).toEqual({ stored: fresh.length, duplicates: 2 });

    const stored = await server.db.query<{
      id: string;
      who: string;
      what: string;
      occurred_at: Date;
      application_id: string | null;
      sent_by: string;
      device_id: string;
    }>(
      `SELECT id, who, what, occurred_at, application_id, sent_by, device_id
         FROM audit_events WHERE device_id = $1 ORDER BY occurred_at, id`,
      [device],
    );
    const owner = await server.db.query<{ assister_id: string }>(
      'SELECT assister_id FROM sessions WHERE token_hash = $1',
      [tokenHash(tokenA)],
    );
    const sentBy = owner[0]?.assister_id;
    const expected = [earlier, ...fresh]
      .map((e) => ({
        id: e.id,
        who: e.who,
        what: e.what,
        occurred_at: new Date(e.when).getTime(),
        application_id: e.applicationId ?? null,
        sent_by: sentBy,
        device_id: device,
      }))
      .sort((a, b) => a.occurred_at - b.occurred_at || a.id.localeCompare(b.id));
    expect(stored.map((r) => ({ ...r, occurred_at: new Date(r.occurred_at).getTime() }))).toEqual(
      expected,
    );
  });

  it('refuses personal data: unknown fields and actions are 422 and nothing of the batch is kept', async () => {
    const applicationId = crypto.randomUUID();
    const withName = { ...event(applicationId), name: 'Ana Diaz' };
    const res = await post('/api/v1/audit-events', tokenA, {
      events: [event(applicationId), withName],
    });
    expect(res.status).toBe(422);
    expect(
      (await post('/api/v1/audit-events', tokenA, { events: [event(applicationId, 'read_ssn')] }))
        .status,
    ).toBe(422);
    expect((await post('/api/v1/audit-events', tokenA, { events: [] })).status).toBe(422);
    expect(await auditEventsOf(server.db, applicationId)).toEqual([]);
  });

  it('401 without a session', async () => {
    expect((await post('/api/v1/audit-events', null, { events: [event()] })).status).toBe(401);
  });
});
