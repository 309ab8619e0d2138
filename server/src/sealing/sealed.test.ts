import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeConfig } from '../../../src/schema/config';
import { receipt as receiptSchema } from '../../../src/schema/receipt';
import { makeSubmission } from '../../../test/fixtures/applications';
import {
  countRows,
  makeSubmissionV2,
  postApplication,
  startTestServer,
  type TestServer,
} from '../test-support';
import { ExchangeKeyring } from './exchange-keys';
import { sealForExchange, sealSubmission } from './seal-like-a-browser';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.token();
});
afterAll(async () => {
  await server?.close();
});

const post = (body: unknown) => postApplication(server.url, token, body);
const key = () => server.keyring.active;

function flipOneBit(base64url: string, at: number): string {
  const bytes = Buffer.from(base64url, 'base64url');
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return bytes.toString('base64url');
}

describe('GET /api/v1/config', () => {
  it('publishes the RSA-OAEP-256 public key (3072 bits, no private part), versions and limits, without sign-in', async () => {
    const res = await fetch(`${server.url}/api/v1/config`);
    expect(res.status).toBe(200);
    const config = exchangeConfig.parse(await res.json());
    expect(config.exchangeKey.kid).toBe(key().kid);
    expect(Buffer.from(config.exchangeKey.n, 'base64url')).toHaveLength(384);
    expect(JSON.stringify(config)).not.toMatch(/"(d|p|q|dp|dq|qi)":/);
    expect(config.acceptedSchemaVersions).toEqual([1, 2]);
    expect(config.rulePacks.map((p) => p.ref)).toContain('federal-2026@2026.1');
    expect(config.limits).toMatchObject({
      maxBodyBytes: 1024 * 1024,
      signInFailuresBeforeLock: 5,
      signInFailureWindowSeconds: 7200,
      signInLockSeconds: 3600,
      passwordMinChars: 8,
    });
  });

  it('keeps the key pair across restarts: generated once, stored in the database', async () => {
    const again = await ExchangeKeyring.open(server.db);
    expect(again.active).toEqual(key());
  });
});

describe('sealed submissions, sealed as a browser seals them', () => {
  it('201: the server opens, validates and stores the application; the envelope holds nothing readable', async () => {
    const sub = makeSubmission();
    const body = await sealSubmission(key(), sub);
    expect(JSON.stringify(body.sealed)).not.toContain('Diaz');
    const res = await post(body);
    expect(res.status).toBe(201);
    const rows = await server.db.query<{ payload: unknown; received_as: string }>(
      'SELECT payload, received_as FROM applications WHERE id = $1',
      [sub.id],
    );
    expect(rows[0]?.payload).toEqual(sub);
    expect(rows[0]?.received_as).toBe('sealed');
  });

  it('a version-2 application (SSN, immigration documents) sealed as a browser seals it: 201, stored as sent', async () => {
    const sub = makeSubmissionV2();
    const body = await sealSubmission(key(), sub);
    expect(JSON.stringify(body)).not.toContain(sub.application.members[0]?.ssn ?? 'no ssn');
    expect((await post(body)).status).toBe(201);
    const rows = await server.db.query<{ payload: unknown }>(
      'SELECT payload FROM applications WHERE id = $1',
      [sub.id],
    );
    expect(rows[0]?.payload).toEqual(sub);
  });

  it('a replay of the identical sealed body is a replay: 200 and the same receipt', async () => {
    const body = await sealSubmission(key(), makeSubmission());
    const first = receiptSchema.parse(await (await post(body)).json());
    const replay = await post(body);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(first);
    expect(await countRows(server.db, body.id)).toBe(1);
  });

  it('the same application sealed again, or sent in clear, is still a replay (the hash is of the content)', async () => {
    const sub = makeSubmission();
    const first = receiptSchema.parse(await (await post(await sealSubmission(key(), sub))).json());
    const resealed = await post(await sealSubmission(key(), sub));
    expect(resealed.status).toBe(200);
    expect(await resealed.json()).toEqual(first);
    const plain = await post(sub);
    expect(plain.status).toBe(200);
    expect(await plain.json()).toEqual(first);
  });

  it('422 idempotency_key_reused for other content sealed under the same id', async () => {
    const sub = makeSubmission();
    await post(await sealSubmission(key(), sub));
    const other = makeSubmission({ id: sub.id });
    other.application.household.size = 4;
    const res = await post(await sealSubmission(key(), other));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'idempotency_key_reused' }] });
  });

  it('422 sealed_unreadable for a tampered ciphertext, IV or wrapped key, and nothing stored', async () => {
    const body = await sealSubmission(key(), makeSubmission());
    for (const field of ['ciphertext', 'iv', 'wrappedKey'] as const) {
      const tampered = {
        ...body,
        sealed: { ...body.sealed, [field]: flipOneBit(body.sealed[field], 3) },
      };
      const res = await post(tampered);
      expect(res.status, field).toBe(422);
      expect(await res.json()).toEqual({
        errors: [
          {
            path: 'sealed',
            code: 'sealed_unreadable',
            message: 'The sealed payload could not be opened',
          },
        ],
      });
    }
    expect(await countRows(server.db, body.id)).toBe(0);
  });

  it('422 sealed_unreadable when sealed for another exchange’s key under this one’s kid', async () => {
    const pair = await crypto.subtle.generateKey(
      {
        name: 'RSA-OAEP',
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      true,
      ['wrapKey', 'unwrapKey'],
    );
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const impostor = { ...key(), n: jwk.n ?? '', e: jwk.e ?? '' };
    const res = await post(await sealSubmission(impostor, makeSubmission()));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'sealed_unreadable' }] });
  });

  it('422 unknown_exchange_key for a key id the exchange never had', async () => {
    const res = await post(
      await sealSubmission({ ...key(), kid: 'ex-1999-01-01-deadbeef' }, makeSubmission()),
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      errors: [{ path: 'sealed', code: 'unknown_exchange_key' }],
    });
  });

  it('422 sealed_mismatch when the clear fields differ from the sealed ones (a blob moved to another id)', async () => {
    const original = await sealSubmission(key(), makeSubmission());
    const moved = { ...original, id: crypto.randomUUID(), createdAt: '2026-11-24T00:00:00.000Z' };
    const res = await post(moved);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { path: string; code: string }[] };
    expect(body.errors.map((e) => [e.path, e.code])).toEqual([
      ['id', 'sealed_mismatch'],
      ['createdAt', 'sealed_mismatch'],
    ]);
    expect(await countRows(server.db, moved.id)).toBe(0);
  });

  it('422 with the application’s field paths when the sealed content is invalid', async () => {
    const sub = makeSubmission();
    sub.application.address.zip = 'ABCDE';
    const res = await post(await sealSubmission(key(), sub));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      errors: [{ path: 'application.address.zip', code: 'invalid_format' }],
    });
  });

  it('422 sealed_unreadable when what was sealed is not a JSON submission', async () => {
    const sub = makeSubmission();
    const { id, schemaVersion, createdAt } = sub;
    const res = await post({
      id,
      schemaVersion,
      createdAt,
      sealed: await sealForExchange(key(), 'not json'),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ code: 'sealed_unreadable' }] });
  });

  it('422 for a sealed body with a malformed envelope, naming the field', async () => {
    const body = await sealSubmission(key(), makeSubmission());
    const res = await post({ ...body, sealed: { ...body.sealed, iv: 'short' } });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: [{ path: 'sealed.iv' }] });
  });
});
