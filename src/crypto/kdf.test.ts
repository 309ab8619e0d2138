import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Bytes, toBase64Url } from './bytes';
import { deriveWrappingKey, newSalt, PBKDF2_ITERATIONS } from './kdf';

const FAST = 1_000; // iterations for tests that are about anything but the cost

/** AES-KW is deterministic: wrapping one fixed key tells two wrapping keys apart. */
async function fingerprint(wrappingKey: CryptoKey): Promise<string> {
  const fixed = await crypto.subtle.importKey('raw', new Uint8Array(32).fill(7), 'AES-GCM', true, [
    'encrypt',
  ]);
  return toBase64Url(
    new Uint8Array(await crypto.subtle.wrapKey('raw', fixed, wrappingKey, 'AES-KW')),
  );
}

async function independentPbkdf2(secret: string, salt: Bytes, iterations: number) {
  const raw = new Uint8Array(pbkdf2Sync(secret, salt, iterations, 32, 'sha256'));
  return crypto.subtle.importKey('raw', raw, 'AES-KW', false, ['wrapKey']);
}

describe('deriveWrappingKey', () => {
  it('uses the OWASP figure for PBKDF2-HMAC-SHA-256 by default (security-ux.md K1)', () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
  });

  it('is PBKDF2-HMAC-SHA-256 with the given salt and count, as an independent implementation computes it', async () => {
    const salt = newSalt();
    const ours = await deriveWrappingKey('482915', salt, FAST);
    const nodes = await independentPbkdf2('482915', salt, FAST);
    expect(await fingerprint(ours)).toBe(await fingerprint(nodes));
    const otherCount = await independentPbkdf2('482915', salt, FAST + 1);
    expect(await fingerprint(ours)).not.toBe(await fingerprint(otherCount));
  });

  it('runs 600,000 iterations when no count is given', async () => {
    const salt = newSalt();
    const ours = await deriveWrappingKey('482915', salt);
    const nodes = await independentPbkdf2('482915', salt, PBKDF2_ITERATIONS);
    expect(await fingerprint(ours)).toBe(await fingerprint(nodes));
  });

  it('gives a different key for another salt or another secret', async () => {
    const salt = newSalt();
    const base = await fingerprint(await deriveWrappingKey('482915', salt, FAST));
    expect(await fingerprint(await deriveWrappingKey('482915', newSalt(), FAST))).not.toBe(base);
    expect(await fingerprint(await deriveWrappingKey('482916', salt, FAST))).not.toBe(base);
  });

  it('derives one key from the same passphrase typed with composed or decomposed accents (NFKC)', async () => {
    const salt = newSalt();
    const composed = 'contrase\u00f1a de Mar\u00eda';
    const decomposed = 'contrasen\u0303a de Mari\u0301a';
    expect(composed).not.toBe(decomposed);
    expect(await fingerprint(await deriveWrappingKey(composed, salt, FAST))).toBe(
      await fingerprint(await deriveWrappingKey(decomposed, salt, FAST)),
    );
  });

  it('makes a non-extractable AES-KW key that can only wrap and unwrap', async () => {
    const key = await deriveWrappingKey('482915', newSalt(), FAST);
    expect(key.extractable).toBe(false);
    expect(key.algorithm.name).toBe('AES-KW');
    expect([...key.usages].sort()).toEqual(['unwrapKey', 'wrapKey']);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('refuses an iteration count that is not a positive integer up to the ceiling', async () => {
    for (const iterations of [0, -1, 1.5, Number.NaN, 50_000_000]) {
      await expect(deriveWrappingKey('482915', newSalt(), iterations)).rejects.toThrow(RangeError);
    }
  });

  it('draws a fresh 128-bit salt each time', () => {
    const a = newSalt();
    expect(a).toHaveLength(16);
    expect(toBase64Url(a)).not.toBe(toBase64Url(newSalt()));
  });
});
