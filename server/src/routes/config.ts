import { Hono } from 'hono';
import type { ExchangeConfig } from '../../../src/schema/config';
import { MAX_IMPORT_ITEMS } from '../../../src/schema/sealed';
import { PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS } from '../../../src/schema/session';
import { SCHEMA_VERSIONS } from '../../../src/schema/submission';
import {
  SIGN_IN_LOCK_SECONDS,
  SIGN_IN_MAX_FAILURES,
  SIGN_IN_WINDOW_SECONDS,
} from '../auth/sign-in';
import type { AppEnv } from '../http/env';
import { MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES } from '../limits';
import type { RulePackRef } from '../rule-pack-versions';
import type { ExchangeKeyring } from '../sealing/exchange-keys';

/** `GET /api/v1/config`: public, so a device can fetch the sealing key before anyone signs in. */
export function configRoutes(deps: {
  keyring: ExchangeKeyring;
  rulePacks: RulePackRef[];
  sessionTtlSeconds: number;
}) {
  const routes = new Hono<AppEnv>();
  routes.get('/', (c) => {
    const config: ExchangeConfig = {
      exchangeKey: deps.keyring.active,
      acceptedSchemaVersions: [...SCHEMA_VERSIONS],
      rulePacks: deps.rulePacks,
      limits: {
        maxBodyBytes: MAX_BODY_BYTES,
        maxImportBodyBytes: MAX_IMPORT_BODY_BYTES,
        maxImportItems: MAX_IMPORT_ITEMS,
        sessionTtlSeconds: deps.sessionTtlSeconds,
        passwordMinChars: PASSWORD_MIN_CHARS,
        passwordMaxChars: PASSWORD_MAX_CHARS,
        signInFailuresBeforeLock: SIGN_IN_MAX_FAILURES,
        signInFailureWindowSeconds: SIGN_IN_WINDOW_SECONDS,
        signInLockSeconds: SIGN_IN_LOCK_SECONDS,
      },
      serverTime: new Date().toISOString(),
    };
    return c.json(config, 200);
  });
  return routes;
}
