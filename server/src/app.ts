import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { API_ERROR } from '../../src/schema/api-error';
import type { Db } from './db/client';
import type { FaultInjector } from './faults';
import { problem } from './http/problems';
import { applicationRoutes } from './routes/applications';
import { healthRoutes } from './routes/health';
import { receiptRoutes } from './routes/receipts';
import { TEST_CONTROL_PATH, testControlRoutes } from './routes/test-faults';
import { servePwa } from './static';

/** Largest request body accepted: far above any application, far below a memory problem. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface AppOptions {
  db: Db;
  /** Folder of the built PWA to serve; omitted in API-only tests. */
  staticDir?: string;
  /** Fault mode (tests and bench only): injects faults and mounts its control endpoints. */
  faults?: FaultInjector | null;
}

/** The reference exchange API (DESIGN.md §4, §7) and, when built, the PWA itself. */
export function createApp({ db, staticDir, faults }: AppOptions): Hono {
  const app = new Hono();
  if (faults) app.use('*', faults.connections());

  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problem(
          c,
          413,
          API_ERROR.payloadTooLarge,
          `The body is larger than ${MAX_BODY_BYTES} bytes`,
        ),
    }),
  );

  if (faults) {
    app.route(TEST_CONTROL_PATH, testControlRoutes(db, faults));
    app.use('/api/v1/*', faults.middleware());
  }
  app.route('/api/v1/applications', applicationRoutes(db));
  app.route('/api/v1/receipts', receiptRoutes(db));
  app.route('/api/v1/health', healthRoutes(db));
  app.all('/api/*', (c) => problem(c, 404, API_ERROR.notFound, 'No such endpoint'));

  app.onError((error, c) => {
    console.error(JSON.stringify({ level: 'error', msg: 'unhandled', error: String(error) }));
    return problem(c, 500, API_ERROR.internal, 'Internal error');
  });

  if (staticDir) {
    app.use('*', compress());
    servePwa(app, staticDir);
  }
  return app;
}
