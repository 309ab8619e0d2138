import { describe, expect, it } from 'vitest';
import { fromBase64Url, randomBytes, toBase64Url } from './bytes';
import { UnlockFailedError } from './errors';
import { PBKDF2_ITERATIONS } from './kdf';
import {
  changeSecret,
  createKeyring,
  importRecoveryKey,
  isKeyring,
  type Keyring,
  keyringNeedsUpgrade,
  resetSecretWithRecovery,
  unlockWithRecovery,
  unlockWithSecret,
} from './keyring';
import { decryptRecord, encryptRecord } from './records';

const FAST = { iterations: 1_000 };
const PIN = '482915';
const DRAFT = { kind: 'draft', id: '5c0e6b9e-8d0f-4a57-9a3e-2f1d1c7b8a90' };
const VALUE = { firstName: 'Ana', ssn: '123-45-6789', income: 31_200 };

const newRecoveryKey = () => importRecoveryKey(toBase64Url(randomBytes(32)));

/** Catches what a call throws, for comparing failures with each other. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** Flips one bit of a base64url field. */
function flip(field: string, byte = 0): string {
  const bytes = fromBase64Url(field)!;
  bytes[byte] = bytes[byte]! ^ 0x01;
  return toBase64Url(bytes);
}

describe('createKeyring and unlockWithSecret', () => {
  it('unlocks the same data key with the right PIN: what it encrypted decrypts', async () => {
    const { keyring, dataKey } = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    const stored = await encryptRecord(dataKey, VALUE, DRAFT);
    const again = await unlockWithSecret(keyring, PIN);
    expect(await decryptRecord(again, stored, DRAFT)).toEqual(VALUE);
  });

  it('hands out only non-extractable data keys', async () => {
    const recoveryKey = await newRecoveryKey();
    const { keyring, dataKey } = await createKeyring(PIN, 'pin', recoveryKey, FAST);
    for (const key of [dataKey, await unlockWithSecret(keyring, PIN)]) {
      expect(key.extractable).toBe(false);
      await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    }
    expect((await unlockWithRecovery(keyring, recoveryKey)).extractable).toBe(false);
  });

  it('wraps with 600,000 PBKDF2 iterations unless told otherwise', async () => {
    const { keyring } = await createKeyring(PIN, 'pin', await newRecoveryKey());
    expect(keyring.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(keyringNeedsUpgrade(keyring)).toBe(false);
  });

  it('stores only wrapped keys and a 128-bit salt, all base64url', async () => {
    const { keyring } = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    expect(isKeyring(keyring)).toBe(true);
    expect(fromBase64Url(keyring.kdf.salt)).toHaveLength(16);
    // AES-KW of a 32-byte key is 40 bytes: the key plus its 64-bit integrity check.
    expect(fromBase64Url(keyring.bySecret)).toHaveLength(40);
    expect(fromBase64Url(keyring.byRecovery)).toHaveLength(40);
    expect(JSON.stringify(keyring)).not.toContain(PIN);
  });

  it('gives two assisters with the same PIN different salts and different data keys', async () => {
    const a = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    const b = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    expect(a.keyring.kdf.salt).not.toBe(b.keyring.kdf.salt);
    const stored = await encryptRecord(a.dataKey, VALUE, DRAFT);
    await expect(decryptRecord(b.dataKey, stored, DRAFT)).rejects.toThrow();
  });

  it('accepts a long passphrase of any characters (NIST: 64 and more)', async () => {
    const passphrase = `${'mañana habrá café con pan dulce 🌮 '.repeat(3)}y nada más`;
    expect([...passphrase].length).toBeGreaterThan(64);
    const { keyring } = await createKeyring(passphrase, 'passphrase', await newRecoveryKey(), FAST);
    expect(keyring.secretKind).toBe('passphrase');
    await expect(unlockWithSecret(keyring, passphrase)).resolves.toBeDefined();
  });
});

describe('a wrong secret reveals nothing', () => {
  it('fails with one uniform error for a wrong PIN, a near miss, a tampered wrap, a tampered salt and garbage', async () => {
    const { keyring } = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    const failures = await Promise.all([
      failureOf(unlockWithSecret(keyring, '000000')),
      failureOf(unlockWithSecret(keyring, '482916')),
      failureOf(unlockWithSecret({ ...keyring, bySecret: flip(keyring.bySecret, 39) }, PIN)),
      failureOf(unlockWithSecret({ ...keyring, bySecret: keyring.bySecret.slice(0, -4) }, PIN)),
      failureOf(
        unlockWithSecret(
          { ...keyring, kdf: { ...keyring.kdf, salt: flip(keyring.kdf.salt) } },
          PIN,
        ),
      ),
      failureOf(unlockWithSecret({ ...keyring, bySecret: '%%%' }, PIN)),
      failureOf(unlockWithSecret({ ...keyring, kdf: { ...keyring.kdf, iterations: -1 } }, PIN)),
    ]);
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(UnlockFailedError);
      const error = failure as UnlockFailedError;
      expect(error.message).toBe('The data key could not be unlocked');
      expect(error.cause).toBeUndefined();
      expect(Object.keys(error)).toEqual(['name']);
    }
  });

  it('never puts the secret in the error', async () => {
    const { keyring } = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    const error = (await failureOf(unlockWithSecret(keyring, '913372'))) as Error;
    expect(`${error.message} ${error.stack}`).not.toContain('913372');
  });
});

describe('recovery through the server-held key (forgotten PIN)', () => {
  it('sets a new PIN over the same data key: every draft stays readable, the old PIN stops working', async () => {
    const recoveryKey = await newRecoveryKey();
    const created = await createKeyring(PIN, 'pin', recoveryKey, FAST);
    const stored = await encryptRecord(created.dataKey, VALUE, DRAFT);

    const reset = await resetSecretWithRecovery(
      created.keyring,
      recoveryKey,
      '730264',
      'pin',
      FAST,
    );
    expect(await decryptRecord(reset.dataKey, stored, DRAFT)).toEqual(VALUE);
    const unlocked = await unlockWithSecret(reset.keyring, '730264');
    expect(await decryptRecord(unlocked, stored, DRAFT)).toEqual(VALUE);
    await expect(unlockWithSecret(reset.keyring, PIN)).rejects.toThrow(UnlockFailedError);
    expect(reset.keyring.kdf.salt).not.toBe(created.keyring.kdf.salt);
    expect(reset.keyring.byRecovery).toBe(created.keyring.byRecovery);
    expect(reset.dataKey.extractable).toBe(false);
  });

  it('refuses another assister’s recovery key with the same uniform error', async () => {
    const { keyring } = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    const other = await newRecoveryKey();
    await expect(unlockWithRecovery(keyring, other)).rejects.toThrow(UnlockFailedError);
    await expect(resetSecretWithRecovery(keyring, other, '730264', 'pin', FAST)).rejects.toThrow(
      UnlockFailedError,
    );
  });

  it('imports only a 32-byte recovery key, as a non-extractable key', async () => {
    await expect(importRecoveryKey(toBase64Url(randomBytes(16)))).rejects.toThrow(TypeError);
    await expect(importRecoveryKey('not base64url!')).rejects.toThrow(TypeError);
    const key = await newRecoveryKey();
    expect(key.extractable).toBe(false);
  });
});

describe('changeSecret', () => {
  it('moves from a PIN to a passphrase knowing the PIN, keeping the data', async () => {
    const created = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    const stored = await encryptRecord(created.dataKey, VALUE, DRAFT);
    const changed = await changeSecret(
      created.keyring,
      PIN,
      'lentejas con arroz',
      'passphrase',
      FAST,
    );
    expect(changed.keyring.secretKind).toBe('passphrase');
    const unlocked = await unlockWithSecret(changed.keyring, 'lentejas con arroz');
    expect(await decryptRecord(unlocked, stored, DRAFT)).toEqual(VALUE);
    await expect(unlockWithSecret(changed.keyring, PIN)).rejects.toThrow(UnlockFailedError);
  });

  it('refuses without the current PIN', async () => {
    const { keyring } = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    await expect(changeSecret(keyring, '000000', '730264', 'pin', FAST)).rejects.toThrow(
      UnlockFailedError,
    );
  });

  it('raises an old keyring to today’s iteration count with the same PIN', async () => {
    const { keyring } = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    expect(keyringNeedsUpgrade(keyring)).toBe(true);
    const upgraded = await changeSecret(keyring, PIN, PIN, 'pin');
    expect(upgraded.keyring.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(keyringNeedsUpgrade(upgraded.keyring)).toBe(false);
  });
});

describe('isKeyring', () => {
  it('tells a stored keyring from values of another shape', async () => {
    const { keyring } = await createKeyring(PIN, 'pin', await newRecoveryKey(), FAST);
    const broken: unknown[] = [
      null,
      'keyring',
      { ...keyring, format: 2 },
      { ...keyring, secretKind: 'password' },
      { ...keyring, kdf: { ...keyring.kdf, iterations: 1e9 } },
      { ...keyring, kdf: null },
      { ...keyring, bySecret: undefined },
    ];
    expect(isKeyring(JSON.parse(JSON.stringify(keyring)) as Keyring)).toBe(true);
    for (const value of broken) expect(isKeyring(value)).toBe(false);
  });
});
