import { calendarDate, personName } from './text';
import { deferred, z } from './zod';

/**
 * The consumer's authorization, recorded before any personal data is typed (45 CFR 155.225(f);
 * research/security-ux.md P1, P2, P7). It travels inside the application so the exchange keeps it
 * with what it authorized, for the six years the assister agreement requires.
 */

/** The privacy notice text shown to the applicant; bump when the wording changes (P7: yearly review). */
export const PRIVACY_NOTICE_VERSION = '2026-11';
/** Longest note of limits the applicant puts on the help (e.g. "no contact by phone"). */
export const MAX_LIMITS_CHARS = 500;

export const AUTHORIZATION_METHODS = ['oral', 'signed'] as const;
export type AuthorizationMethod = (typeof AUTHORIZATION_METHODS)[number];

export const authorization = deferred(() =>
  z
    .strictObject({
      /** Which privacy notice was shown before anything was asked. */
      noticeVersion: z.string().check(z.minLength(1), z.maxLength(32)),
      method: z.enum(AUTHORIZATION_METHODS),
      /** The consumer who authorized, or their authorized representative. */
      givenBy: personName,
      representative: z.boolean(),
      date: calendarDate,
      assister: z.strictObject({
        name: personName,
        id: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
      }),
      /** Limits the consumer put on the help; empty when none. */
      limits: z.string().check(z.trim(), z.maxLength(MAX_LIMITS_CHARS)),
      /** Typed on the screen by the consumer when the authorization is signed. */
      signature: z.optional(personName),
    })
    .check(
      z.refine((a) => a.method !== 'signed' || a.signature !== undefined, {
        error: 'A signed authorization needs the signature',
        path: ['signature'],
        params: { code: 'required' },
      }),
    ),
);
export type Authorization = z.infer<typeof authorization>;

/** The applicant's closing consent and signature (the last step of the application). */
export const signature = deferred(() =>
  z.strictObject({
    /** The applicant's full name typed as their signature. */
    typedName: personName,
    date: calendarDate,
    /** The applicant confirms the answers are true to the best of their knowledge. */
    attestsTrue: z.literal(true, { error: 'The applicant must confirm the answers are true' }),
    /** The assister who helped, as on the authorization. */
    assisterId: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  }),
);
export type Signature = z.infer<typeof signature>;
