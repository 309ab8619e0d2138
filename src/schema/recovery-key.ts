import { deferred, z } from './zod';

/**
 * `POST /api/v1/recovery-keys` answer (DESIGN.md §6, issue 7): the server-held recovery key of the
 * signed-in assister on the device named by the `X-Device-Id` header. It wraps that assister's data
 * key on that device, so a forgotten PIN is reset by signing in online with nothing lost. The
 * server creates it on the first request and returns the same key afterwards. The device never
 * stores it: it is used once (to wrap or unwrap) and dropped.
 */
export const recoveryKeyResponse = deferred(() =>
  z.strictObject({
    deviceId: z.uuid(),
    /** 32 random bytes (256 bits), base64url without padding. */
    recoveryKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
    createdAt: z.iso.datetime(),
  }),
);
export type RecoveryKeyResponse = z.infer<typeof recoveryKeyResponse>;

/**
 * The recovery key is released only to a session signed in at most this long ago: a bearer token
 * kept on a stolen tablet must not be enough to skip its PIN (it lives 12 hours). Long enough to
 * sign in and type a new PIN twice on a slow tablet.
 */
export const RECOVERY_FRESH_SIGN_IN_SECONDS = 10 * 60;
