import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url, randomBytes, toBase64Url } from './bytes';
import { ExchangeKeyError, SealedOpenError } from './errors';
import { openSealedBytes, openSealedJson } from './open-sealed';
import { importExchangePublicKey, type SealedEnvelope, sealBytes, sealJson } from './seal';

/** A stand-in for the exchange: an RSA-OAEP-256 key pair whose public half is a JWK. */
async function exchangeKeyPair(modulusLength = 2048, hash = 'SHA-256') {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash },
    true,
    ['wrapKey', 'unwrapKey'],
  );
  const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return { publicJwk, privateJwk, privateKey: pair.privateKey };
}

const SUBMISSION = {
  schemaVersion: 1,
  id: '5c0e6b9e-8d0f-4a57-9a3e-2f1d1c7b8a90',
  applicant: { firstName: 'Ana', lastName: 'Díaz', ssn: '123-45-6789', income: 31_200 },
};

let exchange: Awaited<ReturnType<typeof exchangeKeyPair>>;
let impostor: Awaited<ReturnType<typeof exchangeKeyPair>>;
beforeAll(async () => {
  [exchange, impostor] = await Promise.all([exchangeKeyPair(), exchangeKeyPair()]);
});

function flipped(field: string, at: number): string {
  const bytes = fromBase64Url(field)!;
  bytes[at] = bytes[at]! ^ 0x01;
  return toBase64Url(bytes);
}

describe('sealJson / sealBytes', () => {
  it('round-trips a submission: the exchange’s private key opens what its public JWK sealed', async () => {
    const envelope = await sealJson(exchange.publicJwk, SUBMISSION);
    expect(await openSealedJson(exchange.privateKey, envelope)).toEqual(SUBMISSION);
  });

  it('round-trips arbitrary bytes, empty and 1 MB', async () => {
    const key = await importExchangePublicKey(exchange.publicJwk);
    const megabyte = new Uint8Array(1 << 20).map((_, i) => (i * 31) % 256);
    for (const bytes of [new Uint8Array(0), randomBytes(1), megabyte]) {
      const opened = await openSealedBytes(exchange.privateKey, await sealBytes(key, bytes));
      expect(toBase64Url(opened)).toBe(toBase64Url(bytes));
    }
  });

  it('is opened by the matching private key only', async () => {
    const envelope = await sealJson(exchange.publicJwk, SUBMISSION);
    await expect(openSealedJson(impostor.privateKey, envelope)).rejects.toThrow(SealedOpenError);
  });

  it('holds none of the personal values, in base64url fields only', async () => {
    const envelope = await sealJson(exchange.publicJwk, SUBMISSION);
    const text = JSON.stringify(envelope);
    for (const value of ['Ana', 'Díaz', '123-45-6789', '31200']) expect(text).not.toContain(value);
    expect(Object.keys(envelope).sort()).toEqual(['ciphertext', 'iv', 'wrappedKey']);
    for (const field of Object.values(envelope)) expect(fromBase64Url(field)).not.toBeNull();
    // RSA-2048 output is 256 bytes; the IV is 96 bits.
    expect(fromBase64Url(envelope.wrappedKey)).toHaveLength(256);
    expect(fromBase64Url(envelope.iv)).toHaveLength(12);
  });

  it('uses a fresh key and IV for every payload, even the same one twice', async () => {
    const a = await sealJson(exchange.publicJwk, SUBMISSION);
    const b = await sealJson(exchange.publicJwk, SUBMISSION);
    expect(a.wrappedKey).not.toBe(b.wrappedKey);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('carries the exchange key’s kid as keyId, so the exchange can rotate keys', async () => {
    const envelope = await sealJson({ ...exchange.publicJwk, kid: 'exchange-2026-01' }, SUBMISSION);
    expect(envelope.keyId).toBe('exchange-2026-01');
    expect(await openSealedJson(exchange.privateKey, envelope)).toEqual(SUBMISSION);
  });
});

describe('a tampered envelope does not open', () => {
  it('rejects a changed ciphertext, tag, IV or wrapped key, and a truncated one', async () => {
    const envelope = await sealJson(exchange.publicJwk, SUBMISSION);
    const length = fromBase64Url(envelope.ciphertext)!.length;
    const tampered: SealedEnvelope[] = [
      { ...envelope, ciphertext: flipped(envelope.ciphertext, 0) },
      { ...envelope, ciphertext: flipped(envelope.ciphertext, length - 1) },
      { ...envelope, ciphertext: envelope.ciphertext.slice(0, -8) },
      { ...envelope, iv: flipped(envelope.iv, 0) },
      { ...envelope, iv: toBase64Url(randomBytes(16)) },
      { ...envelope, wrappedKey: flipped(envelope.wrappedKey, 100) },
      { ...envelope, wrappedKey: 'not base64url!' },
    ];
    for (const value of tampered) {
      await expect(openSealedBytes(exchange.privateKey, value)).rejects.toThrow(SealedOpenError);
    }
  });
});

describe('importExchangePublicKey', () => {
  it('imports the public half only, even when a private JWK is sent by mistake', async () => {
    const { key } = await importExchangePublicKey(exchange.privateJwk);
    expect(key.type).toBe('public');
    const envelope = await sealJson(exchange.privateJwk, SUBMISSION);
    expect(await openSealedJson(exchange.privateKey, envelope)).toEqual(SUBMISSION);
  });

  it('refuses what is not an RSA-OAEP-256 key of 2048 bits or more', async () => {
    const weak = await exchangeKeyPair(1024);
    const cases: [JsonWebKey, string][] = [
      [{ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, 'not-rsa'],
      [{ ...exchange.publicJwk, alg: 'RSA-OAEP' }, 'wrong-algorithm'],
      [{ ...exchange.publicJwk, alg: 'RSA1_5' }, 'wrong-algorithm'],
      [weak.publicJwk, 'too-short'],
      [{ ...exchange.publicJwk, n: '!!' }, 'unreadable'],
      [{ ...exchange.publicJwk, e: '' }, 'unreadable'],
      [{ ...exchange.publicJwk, e: 'AQ' }, 'unreadable'],
      [{ ...exchange.publicJwk, n: '' }, 'too-short'],
    ];
    for (const [jwk, reason] of cases) {
      const error = await importExchangePublicKey(jwk).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExchangeKeyError);
      expect((error as ExchangeKeyError).reason).toBe(reason);
    }
  });
});
