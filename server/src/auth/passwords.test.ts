import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from './passwords';

describe('scrypt password hashes', () => {
  it('verifies the password it was made from and nothing else, with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', a)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('treats the same password typed in composed or decomposed Unicode as one (NFKC)', async () => {
    const hash = await hashPassword('contraseña segura');
    expect(await verifyPassword('contrasen\u0303a segura', hash)).toBe(true);
  });

  it('asks for a rehash when the parameters are weaker than today’s', async () => {
    const weak = await hashPassword('correct horse battery staple', { N: 2 ** 10, r: 8, p: 1 });
    expect(await verifyPassword('correct horse battery staple', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(await hashPassword('x', SCRYPT_PARAMS))).toBe(false);
  });
});
