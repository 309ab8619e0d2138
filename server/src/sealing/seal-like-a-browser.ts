/**
 * Test support: seals a submission exactly as a browser does with WebCrypto alone (the steps of
 * src/schema/sealed.ts; src/crypto/seal.ts is the app's implementation, which server/ may not
 * import): fresh AES-GCM-256 key and 96-bit IV, RSA-OAEP-256 wrap of the raw key, base64url
 * without padding. Uses only globalThis.crypto.subtle, btoa and TextEncoder — no Buffer, no
 * node:crypto — so what it proves about the server holds for a browser's envelopes.
 */
import type { ExchangePublicKey } from '../../../src/schema/config';
import type { SealedEnvelope, SealedSubmission } from '../../../src/schema/sealed';
import type { Submission } from '../../../src/schema/submission';

function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const b of view) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function sealForExchange(
  jwk: ExchangePublicKey,
  plaintext: string,
): Promise<SealedEnvelope> {
  const subtle = globalThis.crypto.subtle;
  const exchangeKey = await subtle.importKey(
    'jwk',
    jwk,
    { name: 'RSA-OAEP', hash: 'SHA-256' },
    false,
    ['wrapKey'],
  );
  const payloadKey = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await subtle.encrypt(
    { name: 'AES-GCM', iv, tagLength: 128 },
    payloadKey,
    new TextEncoder().encode(plaintext),
  );
  const wrappedKey = await subtle.wrapKey('raw', payloadKey, exchangeKey, { name: 'RSA-OAEP' });
  return {
    keyId: jwk.kid,
    wrappedKey: base64url(wrappedKey),
    iv: base64url(iv),
    ciphertext: base64url(ciphertext),
  };
}

/** A sealed body for a plain submission: its clear fields, and the whole of it sealed. */
export async function sealSubmission(
  jwk: ExchangePublicKey,
  submission: Submission,
): Promise<SealedSubmission> {
  const { id, schemaVersion, createdAt, supersedes, rulesVersion } = submission;
  return {
    id,
    schemaVersion,
    createdAt,
    ...(supersedes !== undefined ? { supersedes } : {}),
    ...(rulesVersion !== undefined ? { rulesVersion } : {}),
    sealed: await sealForExchange(jwk, JSON.stringify(submission)),
  };
}
