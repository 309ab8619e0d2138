import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { openPglite } from './db/client';
import { migrate } from './db/migrate';

/** Default port of the reference exchange (PORT overrides). */
const DEFAULT_PORT = 8080;

const port = Number(process.env.PORT ?? DEFAULT_PORT);
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const staticDir = resolve(process.env.STATIC_DIR ?? './dist');

const db = await openPglite(dataDir);
const applied = await migrate(db);
const app = createApp({ db, staticDir });

const server = serve(
  { fetch: app.fetch, port, hostname: process.env.HOST ?? '0.0.0.0' },
  (info) => {
    console.log(
      JSON.stringify({
        level: 'info',
        msg: 'listening',
        url: `http://localhost:${info.port}`,
        dataDir,
        migrationsApplied: applied,
      }),
    );
  },
);

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
