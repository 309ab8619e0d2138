import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt parameters: OWASP's Password Storage Cheat Sheet lists N=2^15, r=8, p=3 as equivalent to
 * its N=2^17, r=8, p=1 minimum, at a quarter of the memory (32 MiB per hash instead of 128 MiB),
 * which matters on a small server where several assisters sign in at once. About 250 ms per hash
 * on the 2-core machine this was measured on (run in libuv's thread pool, off the event loop).
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** scrypt needs 128·N·r bytes; Node refuses above `maxmem` (32 MiB by default): leave headroom. */
const MAX_MEM_BYTES = 256 * 1024 * 1024;

type Params = { N: number; r: number; p: number };

function derive(password: string, salt: Buffer, params: Params): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: MAX_MEM_BYTES };
  return new Promise((ok, fail) =>
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) =>
      error ? fail(error) : ok(key),
    ),
  );
}

/** `scrypt$N$r$p$<salt>$<hash>`, base64url: the parameters travel with the hash, so they can grow. */
export async function hashPassword(
  password: string,
  params: Params = SCRYPT_PARAMS,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

function parse(encoded: string): { params: Params; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, key] = encoded.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Object.values(params).every((v) => Number.isInteger(v) && v > 0)) return null;
  return { params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

/** Whether `password` matches the stored hash, compared in constant time. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const stored = parse(encoded);
  if (!stored) return false;
  const key = await derive(password, stored.salt, stored.params);
  return key.length === stored.key.length && timingSafeEqual(key, stored.key);
}

/** A hash made with weaker parameters than today's: rehash it at the next successful sign-in. */
export function needsRehash(encoded: string): boolean {
  const stored = parse(encoded);
  if (!stored) return true;
  const { N, r, p } = stored.params;
  return N < SCRYPT_PARAMS.N || r < SCRYPT_PARAMS.r || p < SCRYPT_PARAMS.p;
}

let dummy: Promise<string> | null = null;
/**
 * A hash of nothing, verified against when the name is unknown or disabled, so that a sign-in
 * takes as long whether or not the account exists (no name enumeration by timing).
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('base64url'));
  return dummy;
}
