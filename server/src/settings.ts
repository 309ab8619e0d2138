import { resolve } from 'node:path';

/** Default port of the reference exchange (PORT overrides). */
const DEFAULT_PORT = 8080;
/**
 * A token lasts a working day at an event (12 h): long enough that the outbox keeps sending while
 * the assister works offline and on, short enough that a token left on a lost tablet dies soon.
 * SESSION_TTL_SECONDS overrides it.
 */
export const DEFAULT_SESSION_TTL_SECONDS = 12 * 60 * 60;

export interface ServerSettings {
  port: number;
  host: string;
  /** Embedded database folder; ignored when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl: string | null;
  staticDir: string;
  sessionTtlSeconds: number;
  /** Origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins: string[];
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for rate limits). */
  trustProxy: boolean;
}

/** The server's settings from its environment (see the table in README.md). */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return {
    port: positiveInt(env.PORT, DEFAULT_PORT, 'PORT'),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    staticDir: resolve(env.STATIC_DIR ?? './dist'),
    sessionTtlSeconds: positiveInt(
      env.SESSION_TTL_SECONDS,
      DEFAULT_SESSION_TTL_SECONDS,
      'SESSION_TTL_SECONDS',
    ),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number`);
  return n;
}
