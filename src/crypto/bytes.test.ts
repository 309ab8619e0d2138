import { describe, expect, it } from 'vitest';
import { fromBase64Url, randomBytes, toBase64Url, utf8Decode, utf8Encode } from './bytes';

describe('base64url', () => {
  it('round-trips every length from 0 to 64 bytes and a 300 kB payload', () => {
    for (let length = 0; length <= 64; length++) {
      const bytes = randomBytes(length);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    const large = new Uint8Array(300_000).map((_, i) => i % 251);
    const back = fromBase64Url(toBase64Url(large))!;
    expect(back.length).toBe(large.length);
    expect(back.every((byte, i) => byte === large[i])).toBe(true);
  });

  it('uses the URL alphabet without padding (RFC 4648 §5)', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(toBase64Url(new Uint8Array([0xff]))).toBe('_w');
  });

  it('refuses padding, the standard alphabet, stray characters and impossible lengths', () => {
    for (const text of ['_w==', '+/+/', 'ab cd', 'abcde', 'ab\n']) {
      expect(fromBase64Url(text)).toBeNull();
    }
  });

  it('refuses a second spelling of the same bytes (non-zero trailing bits)', () => {
    expect(fromBase64Url('_w')).toEqual(new Uint8Array([0xff]));
    expect(fromBase64Url('_x')).toBeNull();
  });
});

describe('utf8', () => {
  it('round-trips accents, CJK and emoji', () => {
    const text = 'José Ñúñez-Ávila · Nguyễn · 山田 · 👩🏽‍⚕️';
    expect(utf8Decode(utf8Encode(text))).toBe(text);
  });

  it('throws on invalid UTF-8 instead of replacing it', () => {
    expect(() => utf8Decode(new Uint8Array([0xc3, 0x28]))).toThrow();
  });
});

describe('randomBytes', () => {
  it('draws different bytes each call', () => {
    expect(toBase64Url(randomBytes(16))).not.toBe(toBase64Url(randomBytes(16)));
  });
});
