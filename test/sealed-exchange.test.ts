// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postApplication, startTestServer, type TestServer } from '../server/src/test-support';
import { sealJson } from '../src/crypto/seal';
import { receipt as receiptSchema } from '../src/schema/receipt';
import { makeSubmission } from './fixtures/applications';

/**
 * Across the wings: an application sealed by the app's own crypto (src/crypto/seal.ts, what the
 * outbox will use) with the key from the exchange's GET /api/v1/config, posted in the envelope of
 * src/schema/sealed.ts, is opened, validated and stored by the real server.
 */
let server: TestServer;
let token: string;
/** An embedded database, a key pair and a password hash: seconds on a busy machine. */
const START_TIMEOUT_MS = 60_000;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.token();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await server?.close();
});

describe('src/crypto sealing ⇄ the exchange', () => {
  it('the server opens what the app seals with the key from /api/v1/config', async () => {
    const config = (await (await fetch(`${server.url}/api/v1/config`)).json()) as {
      exchangeKey: Parameters<typeof sealJson>[0];
    };
    const sub = makeSubmission();
    const sealed = await sealJson(config.exchangeKey, sub);
    const { id, schemaVersion, createdAt } = sub;
    const res = await postApplication(server.url, token, { id, schemaVersion, createdAt, sealed });
    expect(res.status).toBe(201);
    const receipt = receiptSchema.parse(await res.json());
    expect(receipt.id).toBe(sub.id);
    const rows = await server.db.query<{ payload: unknown }>(
      'SELECT payload FROM applications WHERE id = $1',
      [sub.id],
    );
    expect(rows[0]?.payload).toEqual(sub);
  });
});
