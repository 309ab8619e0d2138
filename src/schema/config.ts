import { SCHEMA_VERSIONS } from './submission';
import { deferred, z } from './zod';

/**
 * The exchange's public key for sealed submissions: an RSA-OAEP-256 JWK with a `kid` that sealed
 * envelopes name as their `keyId` (src/schema/sealed.ts), so the exchange can rotate keys.
 */
export const exchangePublicKey = deferred(() =>
  z.strictObject({
    kty: z.literal('RSA'),
    kid: z.string().check(z.minLength(1), z.maxLength(128)),
    alg: z.literal('RSA-OAEP-256'),
    use: z.literal('enc'),
    n: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/)),
    e: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/)),
  }),
);
export type ExchangePublicKey = z.infer<typeof exchangePublicKey>;

/** A rule pack the exchange screens with, as `id@version` (e.g. `federal-2026@2026.1`). */
export const rulePackRef = deferred(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    version: z.string().check(z.minLength(1)),
    planYear: z.int(),
    ref: z.string().check(z.minLength(1)),
  }),
);

/**
 * `GET /api/v1/config` (no sign-in needed: nothing in it is secret). What a device needs before it
 * queues: the key to seal for, what the exchange accepts, and the limits it enforces.
 */
export const exchangeConfig = deferred(() =>
  z.strictObject({
    exchangeKey: exchangePublicKey,
    acceptedSchemaVersions: z.array(z.literal(SCHEMA_VERSIONS)).check(z.minLength(1)),
    /** Rule packs this exchange knows; a `rulesVersion` outside them is stored as sent, not refused. */
    rulePacks: z.array(rulePackRef),
    limits: z.strictObject({
      maxBodyBytes: z.int().check(z.positive()),
      maxImportBodyBytes: z.int().check(z.positive()),
      maxImportItems: z.int().check(z.positive()),
      sessionTtlSeconds: z.int().check(z.positive()),
      passwordMinChars: z.int().check(z.positive()),
      passwordMaxChars: z.int().check(z.positive()),
      signInFailuresBeforeLock: z.int().check(z.positive()),
      signInFailureWindowSeconds: z.int().check(z.positive()),
      signInLockSeconds: z.int().check(z.positive()),
    }),
    serverTime: z.iso.datetime(),
  }),
);
export type ExchangeConfig = z.infer<typeof exchangeConfig>;
