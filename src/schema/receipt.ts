import { deferred, z } from './zod';

/**
 * Human-readable confirmation numbers: a prefix and three groups of four characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), so an applicant can read one over the phone.
 */
export const CONFIRMATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const confirmationNumber = deferred(() =>
  z.string().check(z.regex(/^EA-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)),
);

/**
 * The exchange's receipt: the only proof that an application was submitted (DESIGN.md §3). A
 * response counts as a receipt only if it parses with this schema; a captive portal's HTML does not.
 */
export const receipt = deferred(() =>
  z.strictObject({
    id: z.uuid(),
    confirmationNumber,
    receivedAt: z.iso.datetime(),
    payloadHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
);

export type Receipt = z.infer<typeof receipt>;
