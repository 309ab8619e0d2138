import { authorization } from './authorization';
import { deferred, z } from './zod';

/**
 * `POST /api/v1/authorizations`: a consumer's authorization, or its revocation, sent to the server
 * as soon as it is recorded, so the exchange keeps the record for the six years the assister
 * agreement requires (research/security-ux.md P1, P2) while the tablet keeps only what it needs
 * until the receipt. The authorization itself (src/schema/authorization.ts) is the only personal
 * data: who gave it, the date, the assister and the limits. A revocation carries none.
 *
 * `id` is the record's own UUID and its idempotency key: sending the same record again adds
 * nothing; the same id with other content is refused.
 */
export const AUTHORIZATION_RECORD_KINDS = ['granted', 'revoked'] as const;

export const authorizationGranted = deferred(() =>
  z.strictObject({
    id: z.uuid(),
    kind: z.literal('granted'),
    applicationId: z.uuid(),
    /** When the device recorded it (device clock). */
    recordedAt: z.iso.datetime(),
    authorization,
  }),
);

export const authorizationRevoked = deferred(() =>
  z.strictObject({
    id: z.uuid(),
    kind: z.literal('revoked'),
    applicationId: z.uuid(),
    /** When the consumer took the permission back (device clock). */
    recordedAt: z.iso.datetime(),
  }),
);

export const authorizationRecord = deferred(() =>
  z.discriminatedUnion('kind', [authorizationGranted, authorizationRevoked]),
);
export type AuthorizationRecord = z.infer<typeof authorizationRecord>;

/** `201` (first time) or `200` (the same record again): what the server keeps of it. */
export const authorizationRecordReceipt = deferred(() =>
  z.strictObject({
    id: z.uuid(),
    kind: z.enum(AUTHORIZATION_RECORD_KINDS),
    applicationId: z.uuid(),
    receivedAt: z.iso.datetime(),
  }),
);
export type AuthorizationRecordReceipt = z.infer<typeof authorizationRecordReceipt>;
