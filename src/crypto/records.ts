/**
 * Record encryption: a JSON value → AES-GCM-256 under the assister's data key, before it reaches
 * IndexedDB (DESIGN.md §6; security-ux.md S9, M2).
 *
 * NOTE: every write draws a fresh random 96-bit IV (NIST SP 800-38D; K4). Random IVs stay safe for
 * 2^32 writes under one key: a tablet saving a draft every second for 100 years makes ~2^31.6.
 * The record's kind and id are the additional authenticated data, so a ciphertext moved to another
 * record, or from a draft to the outbox, fails authentication instead of decrypting.
 */
import {
  fromBase64Url,
  isBase64Url,
  randomBytes,
  subtle,
  toBase64Url,
  utf8Decode,
  utf8Encode,
} from './bytes';
import { RecordIntegrityError } from './errors';

export const RECORD_FORMAT = 1;
/** 96-bit IV: the GCM size that needs no extra hashing (SP 800-38D §8.2). */
export const IV_BYTES = 12;
/** 128-bit authentication tag, the full GCM tag (K4). */
export const TAG_BITS = 128;

/** Which record a ciphertext belongs to. Neither may be personal data: both are stored in clear. */
export interface RecordAad {
  /** What the record is, e.g. 'draft' or 'outbox'. */
  kind: string;
  /** The record's id, e.g. the application's UUID. */
  id: string;
}

/** What the store keeps instead of the value. */
export interface EncryptedRecord {
  format: typeof RECORD_FORMAT;
  iv: string;
  ciphertext: string;
}

/**
 * Encrypts a JSON value (anything JSON.stringify keeps: objects, arrays, strings, numbers,
 * booleans, null) for one record. Throws TypeError for a value JSON cannot hold.
 */
export async function encryptRecord(
  dataKey: CryptoKey,
  value: unknown,
  aad: RecordAad,
): Promise<EncryptedRecord> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('Only JSON values can be encrypted');
  return encryptJson(dataKey, json, aad);
}

/**
 * encryptRecord for a value already serialized (`JSON.stringify`'s output): for a caller that
 * compares the text it seals with text it sealed ahead (store/draft-encryption.ts).
 */
export async function encryptJson(
  dataKey: CryptoKey,
  json: string,
  aad: RecordAad,
): Promise<EncryptedRecord> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: recordAadBytes(aad), tagLength: TAG_BITS },
    dataKey,
    utf8Encode(json),
  );
  return {
    format: RECORD_FORMAT,
    iv: toBase64Url(iv),
    ciphertext: toBase64Url(new Uint8Array(ciphertext)),
  };
}

/**
 * The JSON value of a stored record, as `unknown`: validate it with its zod schema next. Anything
 * that is not exactly what encryptRecord wrote for this kind and id under this key throws
 * RecordIntegrityError; nothing else escapes.
 */
export async function decryptRecord(
  dataKey: CryptoKey,
  stored: unknown,
  aad: RecordAad,
): Promise<unknown> {
  const parts = readRecord(stored);
  if (parts === null) throw new RecordIntegrityError(aad.kind, aad.id, 'malformed');
  let plaintext: ArrayBuffer;
  try {
    plaintext = await subtle().decrypt(
      { name: 'AES-GCM', iv: parts.iv, additionalData: recordAadBytes(aad), tagLength: TAG_BITS },
      dataKey,
      parts.ciphertext,
    );
  } catch {
    throw new RecordIntegrityError(aad.kind, aad.id, 'authentication-failed');
  }
  try {
    return JSON.parse(utf8Decode(new Uint8Array(plaintext)));
  } catch {
    throw new RecordIntegrityError(aad.kind, aad.id, 'not-json');
  }
}

/**
 * True when a stored value has the shape of an EncryptedRecord (it may still fail to decrypt): its
 * IV decoded, its ciphertext only checked for base64url characters, since decryptRecord decodes it
 * anyway and a list asks this of every record it opens.
 */
export function isEncryptedRecord(value: unknown): value is EncryptedRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<EncryptedRecord>;
  if (record.format !== RECORD_FORMAT) return false;
  if (typeof record.iv !== 'string' || typeof record.ciphertext !== 'string') return false;
  const iv = fromBase64Url(record.iv);
  return iv !== null && iv.length === IV_BYTES && isBase64Url(record.ciphertext);
}

function readRecord(value: unknown) {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Partial<EncryptedRecord>;
  if (record.format !== RECORD_FORMAT) return null;
  if (typeof record.iv !== 'string' || typeof record.ciphertext !== 'string') return null;
  const iv = fromBase64Url(record.iv);
  const ciphertext = fromBase64Url(record.ciphertext);
  if (iv === null || iv.length !== IV_BYTES || ciphertext === null) return null;
  return { iv, ciphertext };
}

/**
 * The additional authenticated data of a record: an unambiguous encoding of its identity (a JSON
 * array, so no choice of kind and id collides with another, as 'a:b'+'c' would with 'a'+'b:c').
 */
export function recordAadBytes(aad: RecordAad) {
  return utf8Encode(JSON.stringify(['enrollment-assist/record', RECORD_FORMAT, aad.kind, aad.id]));
}
