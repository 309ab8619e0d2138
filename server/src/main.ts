import { serve } from '@hono/node-server';
import { createApp } from './app';
import { DataDirBusyError } from './db/data-dir-lock';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { faultsFromEnv } from './faults';
import { Lifecycle } from './http/lifecycle';
import { createLogger, errorFields } from './log';
import { ExchangeKeyring } from './sealing/exchange-keys';
import { settingsFromEnv } from './settings';

/**
 * How long a stop waits for requests in progress before closing anyway. Far above any request's
 * own time (30 s client timeout); far below what a service manager waits before SIGKILL (90 s).
 */
const SHUTDOWN_GRACE_MS = 25_000;

const logger = createLogger();
const settings = settingsFromEnv();

let opened: Awaited<ReturnType<typeof openDatabase>>;
try {
  // DATABASE_URL selects a PostgreSQL server; otherwise the embedded database in DATA_DIR.
  opened = await openDatabase({
    databaseUrl: settings.databaseUrl,
    dataDir: settings.dataDir,
    role: 'server',
  });
} catch (error) {
  if (error instanceof DataDirBusyError) {
    console.error(JSON.stringify({ level: 'error', msg: `${error.message} Stop it first.` }));
    process.exit(1);
  }
  throw error;
}
const { db } = opened;
const applied = await migrate(db);
const keyring = await ExchangeKeyring.open(db);
const lifecycle = new Lifecycle();
// FAULTS turns on fault mode for tests and the bench (server/src/faults.ts); never in production.
const faults = faultsFromEnv(process.env.FAULTS);
const app = createApp({
  faults,
  db,
  keyring,
  staticDir: settings.staticDir,
  logger,
  lifecycle,
  sessionTtlSeconds: settings.sessionTtlSeconds,
  corsOrigins: settings.corsOrigins,
  trustProxy: settings.trustProxy,
});

const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
  logger.log('info', 'listening', {
    url: `http://localhost:${info.port}`,
    database: opened.description,
    migrationsApplied: applied,
    ...(faults ? { faultMode: 'on' } : {}),
  });
});

server.on('error', (error: NodeJS.ErrnoException) => {
  const msg =
    error.code === 'EADDRINUSE'
      ? `Port ${settings.port} is already in use: stop the other server or set PORT to a free port.`
      : 'Could not start the server';
  logger.log('error', msg, errorFields(error));
  void db.close().finally(() => process.exit(1));
});

// Stop taking new requests (503 + Retry-After on open connections), let the ones in progress
// finish, then close the database cleanly so no acknowledged write is lost.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.log('info', 'stopping', { signal, inFlight: lifecycle.inFlight });
  lifecycle.drain();
  // Resolves once every connection has closed: those answered while stopping close themselves.
  const closed = new Promise<void>((ok) => server.close(() => ok()));
  let timer: NodeJS.Timeout | undefined;
  const finished = await Promise.race([
    lifecycle
      .idle()
      .then(() => closed)
      .then(() => true),
    new Promise<false>((ok) => {
      timer = setTimeout(() => ok(false), SHUTDOWN_GRACE_MS);
    }),
  ]);
  clearTimeout(timer);
  if (!finished) {
    logger.log('warn', 'stopping without waiting longer', { inFlight: lifecycle.inFlight });
    if ('closeAllConnections' in server) server.closeAllConnections();
  }
  await db.close();
  logger.log('info', 'stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
