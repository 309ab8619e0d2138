/**
 * Byte helpers shared by the crypto modules. Only what a window, a service worker and Node 20 all
 * provide (`globalThis.crypto`, `btoa`/`atob`, `TextEncoder`/`TextDecoder`): no Buffer, no DOM.
 */

/** Bytes whose buffer is a plain ArrayBuffer: what WebCrypto accepts as a BufferSource. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** btoa/atob take a "binary string"; building it in slices keeps large payloads off the stack. */
const BINARY_STRING_CHUNK = 0x8000;

/** The platform's WebCrypto. Throws if the page is not a secure context (http:// on a LAN). */
export function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (api === undefined) {
    throw new Error('WebCrypto is unavailable: the app must be served over HTTPS or localhost');
  }
  return api;
}

/** `length` bytes from the platform's CSPRNG. */
export function randomBytes(length: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** base64url without padding (RFC 4648 §5), the encoding of every stored or sent crypto field. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += BINARY_STRING_CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + BINARY_STRING_CHUNK));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The platform's decoder (TC39 Uint8Array base64; Chromium 140+), where there is one. */
type FromBase64 = (
  text: string,
  options: { alphabet: 'base64url'; lastChunkHandling: 'strict' },
) => Uint8Array<ArrayBuffer>;
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Only base64url characters (a cheap check; fromBase64Url also checks the length). */
export function isBase64Url(text: string): boolean {
  return BASE64URL.test(text);
}

/** Inverse of toBase64Url; null for anything that is not canonical base64url (no padding). */
export function fromBase64Url(text: string): Bytes | null {
  if (!isBase64Url(text) || text.length % 4 === 1) return null;
  if (nativeFromBase64) {
    // Natively, a ciphertext of a few kilobytes decodes in microseconds, where the loop below and
    // its canonical check cost a list of 50 drafts tens of milliseconds on a slow tablet. `strict`
    // refuses non-zero trailing bits, as the check below does.
    try {
      return nativeFromBase64(text.padEnd(Math.ceil(text.length / 4) * 4, '='), {
        alphabet: 'base64url',
        lastChunkHandling: 'strict',
      });
    } catch {
      return null;
    }
  }
  const padded = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // Non-canonical trailing bits would decode to the same bytes from two spellings: refuse them.
  return toBase64Url(bytes) === text ? bytes : null;
}

export function utf8Encode(text: string): Bytes {
  return new TextEncoder().encode(text);
}

/** Strict: invalid UTF-8 throws instead of turning into U+FFFD. */
export function utf8Decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
