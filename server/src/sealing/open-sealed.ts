import { API_ERROR, type ApiErrorCode } from '../../../src/schema/api-error';
import type { SealedEnvelope } from '../../../src/schema/sealed';
import type { ExchangeKeyring } from './exchange-keys';

/** GCM's full 128-bit tag; a shorter one is easier to forge. */
const TAG_BITS = 128;

export type Opened =
  | { ok: true; plaintext: Uint8Array }
  | { ok: false; code: ApiErrorCode; message: string };

/**
 * Opens an envelope made as src/schema/sealed.ts describes (the exchange's side of
 * src/crypto/seal.ts, which server/ may not import): RSA-OAEP-256 unwraps the AES-GCM-256 key,
 * which decrypts and authenticates the payload. Any tampering, or a key that is not the one it was
 * sealed for, ends in `sealed_unreadable`, with nothing said about which part failed.
 */
export async function openEnvelope(
  keyring: ExchangeKeyring,
  envelope: SealedEnvelope,
): Promise<Opened> {
  const kid = envelope.keyId ?? keyring.active.kid;
  const privateKey = await keyring.privateKey(kid);
  if (!privateKey) {
    return {
      ok: false,
      code: API_ERROR.unknownExchangeKey,
      message: 'Sealed for a key this exchange does not have: fetch /api/v1/config and seal again',
    };
  }
  try {
    const payloadKey = await crypto.subtle.unwrapKey(
      'raw',
      Buffer.from(envelope.wrappedKey, 'base64url'),
      privateKey,
      { name: 'RSA-OAEP' },
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: Buffer.from(envelope.iv, 'base64url'), tagLength: TAG_BITS },
      payloadKey,
      Buffer.from(envelope.ciphertext, 'base64url'),
    );
    return { ok: true, plaintext: new Uint8Array(plaintext) };
  } catch {
    return {
      ok: false,
      code: API_ERROR.sealedUnreadable,
      message: 'The sealed payload could not be opened',
    };
  }
}
