import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { openPglite } from './db/client';
import { migrate } from './db/migrate';
import { openPostgres } from './db/postgres';
import { faultsFromEnv } from './faults';

/** Default port of the reference exchange (PORT overrides). */
const DEFAULT_PORT = 8080;

const port = Number(process.env.PORT ?? DEFAULT_PORT);
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const staticDir = resolve(process.env.STATIC_DIR ?? './dist');

// DATABASE_URL selects a PostgreSQL server; otherwise the embedded database in DATA_DIR.
const databaseUrl = process.env.DATABASE_URL;
const db = databaseUrl ? await openPostgres(databaseUrl) : await openPglite(dataDir);
const applied = await migrate(db);
// FAULTS turns on fault mode for tests and the bench (server/src/faults.ts); never in production.
const faults = faultsFromEnv(process.env.FAULTS);
const app = createApp({ db, staticDir, faults });

const server = serve(
  { fetch: app.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' },
  (info) => {
    console.log(
      JSON.stringify({
        level: 'info',
        msg: 'listening',
        url: `http://localhost:${info.port}`,
        database: databaseUrl ? 'postgresql' : `pglite:${dataDir}`,
        migrationsApplied: applied,
        ...(faults ? { faultMode: 'on' } : {}),
      }),
    );
  },
);

server.on('error', (error: NodeJS.ErrnoException) => {
  const msg =
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use: stop the other server or set PORT to a free port.`
      : `Could not start the server: ${error.message}`;
  console.error(JSON.stringify({ level: 'error', msg }));
  void db.close().finally(() => process.exit(1));
});

// Finish in-flight requests, then close the database cleanly so no acknowledged write is lost.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(JSON.stringify({ level: 'info', msg: 'stopping', signal }));
  server.close(async () => {
    await db.close();
    process.exit(0);
  });
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
