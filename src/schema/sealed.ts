import { apiProblem } from './api-error';
import { receipt } from './receipt';
import { SCHEMA_VERSIONS } from './submission';
import { deferred, z } from './zod';

/**
 * Sealed submissions (DESIGN.md §6): the application encrypted for the exchange on the device, so
 * that an outbox holds nothing readable and a locked app or the service worker can still send it.
 *
 * How a browser seals, with WebCrypto alone (src/crypto/seal.ts does exactly this):
 * 1. `submission` = the plain body it would otherwise send (src/schema/submission.ts);
 * 2. a fresh AES-GCM-256 key and a fresh 96-bit IV; `ciphertext` = AES-GCM(UTF-8 of
 *    JSON.stringify(submission)), 128-bit tag appended (WebCrypto's output as is), no AAD;
 * 3. `wrappedKey` = RSA-OAEP with SHA-256 (`wrapKey('raw', …)`) of the AES key under the exchange's
 *    public key from `GET /api/v1/config`; `keyId` = that key's `kid`;
 * 4. every binary field base64url without padding (RFC 4648 §5).
 *
 * The body sent keeps `id`, `schemaVersion`, `createdAt` and the optional `supersedes` and
 * `rulesVersion` in clear (the exchange needs the id for idempotency before it decrypts anything);
 * the sealed plaintext is the whole submission, and the exchange refuses a body whose clear fields
 * differ from the sealed ones (`sealed_mismatch`), so a sealed blob cannot be moved to another id.
 *
 * Seal once, when the application is queued, and resend the same body: the payload hash (and so
 * replay versus reuse) is computed on the opened submission, so re-sealing the same content is
 * still a replay, and a plain and a sealed send of the same content get the same receipt.
 */

const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** RSA-2048 to RSA-4096 give a 256- to 512-byte wrapped key: 342–683 base64url characters. */
const WRAPPED_KEY_CHARS = { min: 342, max: 683 } as const;
/** 12 bytes of IV are 16 base64url characters. */
const IV_CHARS = 16;
/** The 16-byte GCM tag alone is 22 characters; the body limit bounds the rest. */
const MIN_CIPHERTEXT_CHARS = 22;

export const sealedEnvelope = deferred(() =>
  z.strictObject({
    /** The `kid` of the exchange key it was sealed for; absent means the exchange's current key. */
    keyId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
    wrappedKey: z
      .string()
      .check(
        z.minLength(WRAPPED_KEY_CHARS.min),
        z.maxLength(WRAPPED_KEY_CHARS.max),
        z.regex(BASE64URL),
      ),
    iv: z.string().check(z.length(IV_CHARS), z.regex(BASE64URL)),
    ciphertext: z.string().check(z.minLength(MIN_CIPHERTEXT_CHARS), z.regex(BASE64URL)),
  }),
);
export type SealedEnvelope = z.infer<typeof sealedEnvelope>;

/** `POST /api/v1/applications` body, sealed form: clear fields for idempotency, the rest sealed. */
export const sealedSubmission = deferred(() =>
  z.strictObject({
    id: z.uuid(),
    schemaVersion: z.literal(SCHEMA_VERSIONS),
    createdAt: z.iso.datetime(),
    supersedes: z.optional(z.uuid()),
    rulesVersion: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
    sealed: sealedEnvelope,
  }),
);
export type SealedSubmission = z.infer<typeof sealedSubmission>;

/** The fields a sealed body keeps in clear, which must equal the sealed submission's. */
export const SEALED_CLEAR_FIELDS = [
  'id',
  'schemaVersion',
  'createdAt',
  'supersedes',
  'rulesVersion',
] as const;

/** A body is in the sealed form when it carries a `sealed` member (else it is a plain submission). */
export function isSealedBody(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && 'sealed' in body;
}

/**
 * An exported outbox (issue 7): the queued, sealed applications of a device saved to one file when
 * sync is impossible, for the exchange to import with `POST /api/v1/imports`. Items are checked one
 * by one, so one bad item never refuses the others; importing the same file twice adds nothing.
 */
export const EXPORT_FORMAT = 'enrollment-assist/outbox-export';
export const MAX_IMPORT_ITEMS = 1000;
export const exportBundle = deferred(() =>
  z.strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(1),
    exportedAt: z.iso.datetime(),
    /** The device that exported it (its X-Device-Id): kept with each application it creates. */
    deviceId: z.optional(z.uuid()),
    /** Sealed (or plain) submission bodies, exactly as they would be posted. */
    items: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_IMPORT_ITEMS)),
    /**
     * What a device whose storage was full could not save (the form on screen), carried in the same
     * file for a person to type in again: never imported, as it is not an application.
     */
    unsaved: z.optional(
      z.strictObject({
        applicationId: z.uuid(),
        fields: z.record(z.string(), z.string().check(z.maxLength(10_000))),
      }),
    ),
  }),
);
export type ExportBundle = z.infer<typeof exportBundle>;

/** What happened to one imported item: the same outcomes as a POST, per item. */
export const IMPORT_OUTCOMES = [
  'created',
  'replayed',
  'refused',
  'key_reused',
  'in_flight',
] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export const importItemReport = deferred(() =>
  z.strictObject({
    /** The item's position in `items`, from 0. */
    index: z.int().check(z.minimum(0)),
    /** The application id, when the item has a readable one. */
    id: z.optional(z.uuid()),
    outcome: z.enum(IMPORT_OUTCOMES),
    /** For `created` and `replayed`: the exchange's receipt, exactly as a POST would answer. */
    receipt: z.optional(receipt),
    /** For the other outcomes: why, as a POST would say it. */
    errors: z.optional(z.array(apiProblem)),
  }),
);
export type ImportItemReport = z.infer<typeof importItemReport>;

/** `200` answer to `POST /api/v1/imports`: one report per item, in order, and the counts. */
export const importReport = deferred(() =>
  z.strictObject({
    items: z.array(importItemReport),
    counts: z.strictObject({
      created: z.int().check(z.minimum(0)),
      replayed: z.int().check(z.minimum(0)),
      refused: z.int().check(z.minimum(0)),
      key_reused: z.int().check(z.minimum(0)),
      in_flight: z.int().check(z.minimum(0)),
    }),
  }),
);
export type ImportReport = z.infer<typeof importReport>;
