import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { API_ERROR } from '../../src/schema/api-error';
import '../../src/schema/zod-messages';
import { RateLimiter } from './auth/rate-limit';
import { requireSession } from './auth/require-session';
import type { Db } from './db/client';
import type { FaultInjector } from './faults';
import type { AppEnv } from './http/env';
import { Lifecycle } from './http/lifecycle';
import { problem } from './http/problems';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { InFlightKeys } from './intake/in-flight';
import { MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES } from './limits';
import { errorFields, type Logger, silentLogger } from './log';
import { openApiRoutes } from './openapi/routes';
import { applicationRoutes } from './routes/applications';
import { auditEventRoutes } from './routes/audit-events';
import { authorizationRoutes } from './routes/authorizations';
import { configRoutes } from './routes/config';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/imports';
import { receiptRoutes } from './routes/receipts';
import { recoveryKeyRoutes } from './routes/recovery-keys';
import { sessionRoutes } from './routes/sessions';
import { TEST_CONTROL_PATH, testControlRoutes } from './routes/test-faults';
import { shippedRulePacks } from './rule-pack-versions';
import type { ExchangeKeyring } from './sealing/exchange-keys';
import { DEFAULT_SESSION_TTL_SECONDS } from './settings';
import { servePwa } from './static';

export { MAX_BODY_BYTES };

export interface AppOptions {
  db: Db;
  keyring: ExchangeKeyring;
  /** Folder of the built PWA to serve; omitted in API-only tests. */
  staticDir?: string;
  logger?: Logger;
  sessionTtlSeconds?: number;
  corsOrigins?: string[];
  trustProxy?: boolean;
  lifecycle?: Lifecycle;
  limiter?: RateLimiter;
  /** Test hook: holds each submission after validation, before its insert. */
  beforeStore?: (key: string) => Promise<void>;
  /** Fault mode (tests and bench only): injects faults and mounts its control endpoints. */
  faults?: FaultInjector | null;
}

function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) => {
      // The rest of an oversized upload is not read: close the connection after answering.
      c.header('Connection', 'close');
      return problem(c, 413, API_ERROR.payloadTooLarge, `The body is larger than ${maxSize} bytes`);
    },
  });
}

/** The reference exchange API (DESIGN.md §4, §7) and, when built, the PWA itself. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const { db, keyring } = options;
  const logger = options.logger ?? silentLogger;
  const lifecycle = options.lifecycle ?? new Lifecycle();
  const sessionTtlSeconds = options.sessionTtlSeconds ?? DEFAULT_SESSION_TTL_SECONDS;
  const inFlight = new InFlightKeys();
  const intakeDeps = {
    db,
    keyring,
    inFlight,
    ...(options.beforeStore ? { beforeStore: options.beforeStore } : {}),
  };
  const app = new Hono<AppEnv>();
  const { faults } = options;

  if (faults) app.use('*', faults.connections());
  app.use('*', securityHeaders());
  app.use('/api/*', requestLog(logger));
  app.use('/api/*', lifecycle.middleware());
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // CORS is closed unless CORS_ORIGINS lists the origins of another deployment of the app.
  if (options.corsOrigins?.length) {
    app.use(
      '/api/*',
      cors({
        origin: options.corsOrigins,
        allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Device-Id'],
        allowMethods: ['GET', 'POST', 'DELETE'],
        exposeHeaders: ['Retry-After', 'X-Request-Id'],
        maxAge: 600,
      }),
    );
  }
  app.use('/api/v1/imports', limitBody(MAX_IMPORT_BODY_BYTES));
  app.use('/api/*', async (c, next) =>
    c.req.path === '/api/v1/imports' ? next() : limitBody(MAX_BODY_BYTES)(c, next),
  );

  if (faults) {
    app.route(TEST_CONTROL_PATH, testControlRoutes(db, faults));
    app.use('/api/v1/*', faults.middleware());
  }
  app.route('/api/v1/applications', applicationRoutes(intakeDeps));
  // Reconciliation (the sync track's route) needs a session like every application endpoint.
  app.use('/api/v1/receipts', requireSession(db));
  app.use('/api/v1/receipts/*', requireSession(db));
  app.route('/api/v1/receipts', receiptRoutes(db));
  app.route('/api/v1/imports', importRoutes(intakeDeps));
  app.route(
    '/api/v1/sessions',
    sessionRoutes({
      db,
      logger,
      limiter: options.limiter ?? new RateLimiter(),
      sessionTtlSeconds,
      trustProxy: options.trustProxy ?? false,
    }),
  );
  // Issue 7: the server-held recovery wrap, consumer authorizations and the audit log.
  app.route('/api/v1/recovery-keys', recoveryKeyRoutes({ db, logger }));
  app.route('/api/v1/authorizations', authorizationRoutes({ db }));
  app.route('/api/v1/audit-events', auditEventRoutes({ db }));
  app.route(
    '/api/v1/config',
    configRoutes({ keyring, rulePacks: shippedRulePacks(), sessionTtlSeconds }),
  );
  app.route('/api/v1/health', healthRoutes(db));
  app.route('/api/v1/openapi.json', openApiRoutes());
  app.all('/api/*', (c) => problem(c, 404, API_ERROR.notFound, 'No such endpoint'));

  app.onError((error, c) => {
    logger.log('error', 'unhandled', { requestId: c.get('requestId'), ...errorFields(error) });
    return problem(c, 500, API_ERROR.internal, 'Internal error');
  });

  if (options.staticDir) {
    app.use('*', compress());
    servePwa(app, options.staticDir);
  }
  return app;
}
