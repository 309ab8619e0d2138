import { deferred, z } from './zod';

/** Longest name we accept: longer is a paste accident or an attack, never a person's name. */
export const MAX_NAME_CHARS = 100;

// Control characters and bidirectional overrides can disguise a name on screen (U+202E turns
// "Ana" into a different-looking string) and have no place in a legal name.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse them.
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** A person's name: trimmed, NFC-normalised, 1–100 characters, no control or bidi characters. */
export const personName = deferred(() =>
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((s: string) => s.normalize('NFC').trim()),
    ),
    z.string().check(
      z.minLength(1, { error: 'Required' }),
      z.maxLength(MAX_NAME_CHARS, { error: `At most ${MAX_NAME_CHARS} characters` }),
      z.refine((s) => !FORBIDDEN_CHARS.test(s), {
        error: 'Contains characters that are not allowed in a name',
        params: { code: 'forbidden_characters' },
      }),
    ),
  ),
);

/**
 * A calendar date as YYYY-MM-DD that exists. The shape is checked first, then the date itself, so
 * that "12/04/1990" is a format problem and "2023-02-29" an impossible date, each with its own code.
 */
export const calendarDate = deferred(() =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use the form YYYY-MM-DD' }),
    z.refine(
      (s) => {
        const d = new Date(`${s}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
      },
      { error: 'Not a real calendar date', params: { code: 'invalid_date' }, abort: true },
    ),
  ),
);
