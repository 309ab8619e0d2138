import { describe, expect, it } from 'vitest';
import { fromBase64Url, randomBytes, toBase64Url, utf8Encode } from './bytes';
import { RecordIntegrityError, type RecordIntegrityReason } from './errors';
import {
  decryptRecord,
  type EncryptedRecord,
  encryptRecord,
  IV_BYTES,
  isEncryptedRecord,
  recordAadBytes,
} from './records';

const newDataKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

const DRAFT = { kind: 'draft', id: '5c0e6b9e-8d0f-4a57-9a3e-2f1d1c7b8a90' };
const OTHER_DRAFT = { kind: 'draft', id: '0b8a3f1e-2c44-4d7e-b1a2-9e6f5d4c3b2a' };
const APPLICANT = {
  firstName: 'José',
  lastName: 'Ñúñez-Ávila',
  dateOfBirth: '1990-04-12',
  ssn: '123-45-6789',
  income: 31_200,
  documents: [{ type: 'permanent-resident-card', number: 'A123456789' }],
};

/** The reason decryptRecord gives for a stored value, or 'decrypted' when it succeeds. */
async function outcome(
  key: CryptoKey,
  stored: unknown,
  aad = DRAFT,
): Promise<RecordIntegrityReason | 'decrypted'> {
  try {
    await decryptRecord(key, stored, aad);
    return 'decrypted';
  } catch (error) {
    if (error instanceof RecordIntegrityError) return error.reason;
    throw error;
  }
}

function withBytes(field: string, change: (bytes: Uint8Array) => Uint8Array): string {
  return toBase64Url(change(fromBase64Url(field)!));
}

describe('encryptRecord / decryptRecord', () => {
  it('round-trips JSON values: objects with accents, arrays, strings, numbers, booleans, null', async () => {
    const key = await newDataKey();
    for (const value of [APPLICANT, [1, 'dos', null], 'Nguyễn', 0, -1.5, true, false, null, {}]) {
      expect(await decryptRecord(key, await encryptRecord(key, value, DRAFT), DRAFT)).toEqual(
        value,
      );
    }
  });

  it('stores none of the personal values in the record it returns', async () => {
    const stored = JSON.stringify(await encryptRecord(await newDataKey(), APPLICANT, DRAFT));
    for (const text of ['José', 'Ñúñez', '1990', '123-45-6789', '6789', '31200', 'A123456789']) {
      expect(stored).not.toContain(text);
    }
  });

  it('draws a fresh 96-bit IV on every write: 1,000 writes of the same value, no IV repeats', async () => {
    const key = await newDataKey();
    const ivs = new Set<string>();
    const ciphertexts = new Set<string>();
    for (let i = 0; i < 1_000; i++) {
      const stored = await encryptRecord(key, APPLICANT, DRAFT);
      expect(fromBase64Url(stored.iv)).toHaveLength(IV_BYTES);
      ivs.add(stored.iv);
      ciphertexts.add(stored.ciphertext);
    }
    expect(ivs.size).toBe(1_000);
    expect(ciphertexts.size).toBe(1_000);
    // A thousand encryptions take about half a second alone and over five on a loaded 2-core
    // machine: the time limit is for a hang, not a speed claim (speed is npm run bench's job).
  }, 60_000);

  it('refuses values JSON cannot hold, with a TypeError', async () => {
    const key = await newDataKey();
    for (const value of [undefined, () => 1, Symbol('x'), 10n]) {
      await expect(encryptRecord(key, value, DRAFT)).rejects.toThrow(TypeError);
    }
  });
});

describe('tampering is detected, never decrypted', () => {
  it('rejects a single flipped bit anywhere in the ciphertext or its tag', async () => {
    const key = await newDataKey();
    const stored = await encryptRecord(key, APPLICANT, DRAFT);
    const length = fromBase64Url(stored.ciphertext)!.length;
    for (const at of [0, 1, Math.floor(length / 2), length - 17, length - 16, length - 1]) {
      const ciphertext = withBytes(stored.ciphertext, (b) => {
        b[at] = b[at]! ^ 0x01;
        return b;
      });
      expect(await outcome(key, { ...stored, ciphertext })).toBe('authentication-failed');
    }
  });

  it('rejects a changed IV', async () => {
    const key = await newDataKey();
    const stored = await encryptRecord(key, APPLICANT, DRAFT);
    const iv = withBytes(stored.iv, (b) => {
      b[11] = b[11]! ^ 0x80;
      return b;
    });
    expect(await outcome(key, { ...stored, iv })).toBe('authentication-failed');
  });

  it('rejects a torn record: truncated ciphertext, lost tag, empty ciphertext (F15)', async () => {
    const key = await newDataKey();
    const stored = await encryptRecord(key, APPLICANT, DRAFT);
    const bytes = fromBase64Url(stored.ciphertext)!;
    for (const cut of [bytes.length - 1, bytes.length - 16, 15, 0]) {
      const ciphertext = toBase64Url(bytes.subarray(0, cut));
      expect(await outcome(key, { ...stored, ciphertext })).toBe('authentication-failed');
    }
  });

  it('binds the record id and kind: a ciphertext moved to another record does not decrypt', async () => {
    const key = await newDataKey();
    const stored = await encryptRecord(key, APPLICANT, DRAFT);
    expect(await outcome(key, stored, OTHER_DRAFT)).toBe('authentication-failed');
    expect(await outcome(key, stored, { kind: 'outbox', id: DRAFT.id })).toBe(
      'authentication-failed',
    );
    expect(await outcome(key, stored, { kind: 'draft:5c0e6b9e', id: '8d0f' })).toBe(
      'authentication-failed',
    );
    expect(await outcome(key, stored, DRAFT)).toBe('decrypted');
  });

  it('rejects a record written under another assister’s key', async () => {
    const stored = await encryptRecord(await newDataKey(), APPLICANT, DRAFT);
    expect(await outcome(await newDataKey(), stored)).toBe('authentication-failed');
  });

  it('reports anything not shaped like an encrypted record as malformed', async () => {
    const key = await newDataKey();
    const good = await encryptRecord(key, APPLICANT, DRAFT);
    const malformed: unknown[] = [
      undefined,
      null,
      'ciphertext',
      42,
      APPLICANT,
      { ...good, format: 2 },
      { ...good, iv: undefined },
      { ...good, iv: toBase64Url(randomBytes(16)) },
      { ...good, iv: 'not base64url!' },
      { ...good, ciphertext: 17 },
    ];
    for (const value of malformed) {
      expect(await outcome(key, value)).toBe('malformed');
      expect(isEncryptedRecord(value)).toBe(false);
    }
    expect(isEncryptedRecord(good)).toBe(true);
  });

  it('reports authentic bytes that are not JSON as not-json', async () => {
    const key = await newDataKey();
    const iv = randomBytes(IV_BYTES);
    const ciphertext = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: recordAadBytes(DRAFT) },
      key,
      utf8Encode('{"firstName": '),
    );
    const stored: EncryptedRecord = {
      format: 1,
      iv: toBase64Url(iv),
      ciphertext: toBase64Url(new Uint8Array(ciphertext)),
    };
    expect(await outcome(key, stored)).toBe('not-json');
  });

  it('names the record in the error and nothing of its content', async () => {
    const key = await newDataKey();
    const stored = await encryptRecord(key, APPLICANT, DRAFT);
    const error = await decryptRecord(key, stored, OTHER_DRAFT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordIntegrityError);
    const { kind, id, message } = error as RecordIntegrityError;
    expect({ kind, id }).toEqual(OTHER_DRAFT);
    expect(message).not.toContain('José');
    expect(message).not.toContain(stored.ciphertext.slice(0, 16));
  });
});
