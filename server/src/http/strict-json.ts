import { API_ERROR, type ApiErrorCode } from '../../../src/schema/api-error';

/**
 * Deepest nesting accepted. An application is 3 levels deep and an export bundle 5; 32 leaves room
 * for years of schema versions while keeping every recursive walk (hashing, validation) far from
 * the stack limit that 100,000 nested brackets would hit.
 */
export const MAX_JSON_DEPTH = 32;

export type StrictJson =
  | { ok: true; value: unknown }
  | { ok: false; code: ApiErrorCode; message: string };

const fail = (code: ApiErrorCode, message: string): StrictJson => ({ ok: false, code, message });

/**
 * JSON as the exchange accepts it, stricter than JSON.parse: UTF-8 only (invalid bytes and a byte
 * order mark are refused, not replaced or skipped), no duplicate member names (JSON.parse keeps the
 * last silently, so two parsers could read two different applications from one body), at most
 * MAX_JSON_DEPTH levels, and no number too large for a double (1e309 would become Infinity).
 */
export function parseStrictJson(bytes: Uint8Array, maxDepth = MAX_JSON_DEPTH): StrictJson {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail(API_ERROR.invalidEncoding, 'The body is not valid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(API_ERROR.malformedJson, 'The body is not valid JSON');
  }
  return scan(text, maxDepth) ?? { ok: true, value };
}

/** Walks text that JSON.parse accepted, for what it lets through. Null when all is well. */
function scan(text: string, maxDepth: number): StrictJson | null {
  // One entry per open bracket: the member names seen so far for an object, null for an array.
  const stack: (Set<string> | null)[] = [];
  let expectingKey = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (expectingKey && top) {
        const raw = text.slice(i, end + 1);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.has(key)) {
          return fail(
            API_ERROR.duplicateKey,
            `The member "${key.slice(0, 64)}" appears twice in one object`,
          );
        }
        top.add(key);
        expectingKey = false;
      }
      i = end + 1;
      continue;
    }
    if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? new Set() : null);
      if (stack.length > maxDepth) {
        return fail(
          API_ERROR.tooDeeplyNested,
          `The body is nested more than ${maxDepth} levels deep`,
        );
      }
      expectingKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectingKey = false;
    } else if (ch === ',') {
      expectingKey = stack.at(-1) instanceof Set;
    } else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
      let end = i + 1;
      while (end < text.length && /[0-9eE+.-]/.test(text[end] ?? '')) end += 1;
      if (!Number.isFinite(Number(text.slice(i, end)))) {
        return fail(API_ERROR.malformedJson, 'A number is too large');
      }
      i = end;
      continue;
    }
    i += 1;
  }
  return null;
}

/** Index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === '"') return i;
    else i += 1;
  }
  return text.length - 1;
}
