/**
 * The exchange's side of seal.ts: opening an envelope with the RSA private key. The app never
 * holds that key; this exists so tests prove round trips and that only the matching private key
 * opens a payload, and as the reference the server's implementation must agree with (server/
 * may not import src/crypto, DESIGN.md §8, so it carries its own copy of these few lines).
 */
import { type Bytes, fromBase64Url, subtle, utf8Decode } from './bytes';
import { SealedOpenError } from './errors';
import { IV_BYTES, TAG_BITS } from './records';
import type { SealedEnvelope } from './seal';

/** The payload bytes of an envelope; SealedOpenError for a wrong key or any tampering. */
export async function openSealedBytes(
  privateKey: CryptoKey,
  envelope: SealedEnvelope,
): Promise<Bytes> {
  const wrappedKey = fromBase64Url(envelope.wrappedKey);
  const iv = fromBase64Url(envelope.iv);
  const ciphertext = fromBase64Url(envelope.ciphertext);
  if (wrappedKey === null || iv === null || iv.length !== IV_BYTES || ciphertext === null) {
    throw new SealedOpenError();
  }
  try {
    const payloadKey = await subtle().unwrapKey(
      'raw',
      wrappedKey,
      privateKey,
      { name: 'RSA-OAEP' },
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const plaintext = await subtle().decrypt(
      { name: 'AES-GCM', iv, tagLength: TAG_BITS },
      payloadKey,
      ciphertext,
    );
    return new Uint8Array(plaintext);
  } catch {
    throw new SealedOpenError();
  }
}

/** The JSON value of an envelope made by sealJson. */
export async function openSealedJson(
  privateKey: CryptoKey,
  envelope: SealedEnvelope,
): Promise<unknown> {
  const bytes = await openSealedBytes(privateKey, envelope);
  try {
    return JSON.parse(utf8Decode(bytes));
  } catch {
    throw new SealedOpenError();
  }
}
