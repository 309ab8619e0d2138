import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: 256 bits, as many as an AES-256 key; 43 base64url characters. */
const TOKEN_BYTES = 32;

/** A fresh bearer token (or recovery key): 43 base64url characters from the CSPRNG. */
export function newSecret(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, so a copy of the database opens no session. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
