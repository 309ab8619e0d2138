import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import postgres from 'postgres';
import { applicationFromDraftV2, type DraftV2 } from '../../src/schema/draft-v2';
import type { Role } from '../../src/schema/session';
import type { SubmissionV2 } from '../../src/schema/submission';
import { makeDraftV2 } from '../../test/fixtures/applications';
import { type AppOptions, createApp } from './app';
import { hashPassword } from './auth/passwords';
import { RateLimiter } from './auth/rate-limit';
import { createAssister } from './db/assisters';
import { type Db, openPglite } from './db/client';
import { migrate } from './db/migrate';
import { openPostgres } from './db/postgres';
import { createLogger } from './log';
import { ExchangeKeyring } from './sealing/exchange-keys';

/**
 * Test support for the server suite, which runs on both engines: `TEST_DB_ENGINE=postgres` (the
 * `server-postgres` Vitest project) runs every test against a PostgreSQL server at
 * TEST_DATABASE_URL, each test file in a schema of its own; otherwise on PGlite in memory.
 */
export type Engine = 'pglite' | 'postgres';
export const ENGINE: Engine = process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';

export const NEEDS_POSTGRES =
  'The PostgreSQL run of the server tests needs a PostgreSQL server: set TEST_DATABASE_URL (bash .ci/run sets one up).';

/** A URL that puts every table of this connection in `schema` (a startup parameter). */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('search_path', schema);
  return u.toString();
}

export interface TestDb {
  db: Db;
  engine: Engine;
  /** For a server process on the same data (PostgreSQL only). */
  databaseUrl: string | null;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database. PGlite costs seconds to create (initdb in WASM), so make one per
 * test file and give each test its own ids and names.
 */
export async function openTestDb(engine: Engine = ENGINE): Promise<TestDb> {
  if (engine === 'pglite') {
    const db = await openPglite('memory://');
    await migrate(db);
    return { db, engine, databaseUrl: null, close: () => db.close() };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error(NEEDS_POSTGRES);
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE SCHEMA ${schema}`);
  const databaseUrl = withSearchPath(base, schema);
  const db = await openPostgres(databaseUrl);
  await migrate(db);
  return {
    db,
    engine,
    databaseUrl,
    async close() {
      await db.close();
      await admin.unsafe(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end({ timeout: 5 });
    },
  };
}

export async function createAccount(
  db: Db,
  args: { name?: string; password?: string; role?: Role } = {},
): Promise<{ name: string; password: string; id: string }> {
  const name = args.name ?? `assister-${randomBytes(4).toString('hex')}`;
  const password = args.password ?? `correct horse ${randomBytes(4).toString('hex')}`;
  const row = await createAssister(db, {
    name,
    role: args.role ?? 'assister',
    passwordHash: await hashPassword(password),
  });
  return { name, password, id: row.id };
}

export interface TestServer {
  url: string;
  db: Db;
  keyring: ExchangeKeyring;
  engine: Engine;
  /** Every log line the server wrote. */
  logs: string[];
  /** Signs in a new account (of `role`) and returns its bearer token. */
  token(role?: Role): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real app on a real socket (127.0.0.1, a free port) over a fresh database: tests talk to it
 * with fetch, over HTTP, as a device does.
 */
export async function startTestServer(
  options: Partial<Omit<AppOptions, 'db' | 'keyring'>> & { testDb?: TestDb } = {},
): Promise<TestServer> {
  const testDb = options.testDb ?? (await openTestDb());
  const { db } = testDb;
  const keyring = await ExchangeKeyring.open(db);
  const logs: string[] = [];
  const app = createApp({
    logger: createLogger((line) => logs.push(line)),
    // Tests sign in far more often than a room of assisters: the limit has its own test.
    limiter: new RateLimiter(Number.MAX_SAFE_INTEGER),
    ...options,
    db,
    keyring,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ok) => (server.listening ? ok() : server.once('listening', () => ok())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    keyring,
    engine: testDb.engine,
    logs,
    async token(role: Role = 'assister') {
      const account = await createAccount(db, { role });
      const res = await fetch(`${url}/api/v1/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: account.name, password: account.password }),
      });
      if (res.status !== 201) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    async close() {
      await new Promise<void>((ok) => {
        server.close(() => ok());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      if (!options.testDb) await testDb.close();
    },
  };
}

/** POSTs a submission body (an object, or raw text) with a token and an Idempotency-Key. */
export function postApplication(
  url: string,
  token: string | null,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const key = (body as { id?: unknown } | null)?.id;
  return fetch(`${url}/api/v1/applications`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(typeof key === 'string' ? { 'Idempotency-Key': key } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Rows stored under an application id (all rows when no id). */
export async function countRows(db: Db, id?: string): Promise<number> {
  const rows = id
    ? await db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications WHERE id = $1', [
        id,
      ])
    : await db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications');
  return rows[0]?.n ?? -1;
}

/** A valid version-2 submission (the wizard's full application), from the shared draft fixture. */
export function makeSubmissionV2(fields: DraftV2 = {}): SubmissionV2 {
  const converted = applicationFromDraftV2(makeDraftV2(fields));
  if (!converted.ok)
    throw new Error(`fixture draft is invalid: ${JSON.stringify(converted.problems)}`);
  return {
    id: crypto.randomUUID(),
    schemaVersion: 2,
    createdAt: '2026-11-23T15:04:05.000Z',
    application: converted.application,
  };
}
