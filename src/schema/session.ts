import { deferred, z } from './zod';

/**
 * Sign-in names: lower case, 1–64 characters of letters, digits and `. _ @ + -`, starting with a
 * letter or digit. Compared case-insensitively (stored lower case), so "Maria" and "maria" are the
 * same account. An e-mail address is a valid name.
 */
export const ASSISTER_NAME_PATTERN = /^[a-z0-9][a-z0-9._@+-]{0,63}$/;
export const assisterName = deferred(() =>
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((s: string) => s.normalize('NFKC').trim().toLowerCase()),
    ),
    z.string().check(
      z.regex(ASSISTER_NAME_PATTERN, {
        error: 'A name is 1–64 letters, digits or . _ @ + - (starting with a letter or digit)',
      }),
    ),
  ),
);

/** NIST SP 800-63B §5.1.1.2: memorised secrets of at least 8 characters, and at least 64 allowed. */
export const PASSWORD_MIN_CHARS = 8;
/** Far above the 64 NIST asks us to allow; below what would make hashing a denial of service. */
export const PASSWORD_MAX_CHARS = 256;

/** Who may do what: assisters submit; staff also read the back-office listing and CSV export. */
export const ROLES = ['assister', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** `POST /api/v1/sessions` body. The password is checked, never validated for policy, at sign-in. */
export const signInRequest = deferred(() =>
  z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(256)),
    password: z.string().check(z.minLength(1), z.maxLength(PASSWORD_MAX_CHARS * 4)),
  }),
);
export type SignInRequest = z.infer<typeof signInRequest>;

/**
 * `201` answer to a sign-in: a bearer token to send as `Authorization: Bearer <token>` until
 * `expiresAt` (server clock) or until it is revoked (`DELETE /api/v1/sessions/current`).
 * `recoveryKey` is the assister's server-held recovery key (32 random bytes, base64url) that
 * unwraps their data key on a device after a forgotten PIN (DESIGN.md §6); it is the same on every
 * sign-in of the same assister.
 */
export const session = deferred(() =>
  z.strictObject({
    token: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
    tokenType: z.literal('Bearer'),
    expiresAt: z.iso.datetime(),
    assister: z.strictObject({ id: z.uuid(), name: z.string(), role: z.enum(ROLES) }),
    recoveryKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  }),
);
export type Session = z.infer<typeof session>;
