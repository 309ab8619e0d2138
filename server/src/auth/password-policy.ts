import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS } from '../../../src/schema/session';

/**
 * Assister passwords by NIST SP 800-63B §5.1.1.2 (security-ux.md S7): at least 8 characters, up to
 * 256 (NIST: allow at least 64), counted in Unicode code points after NFKC; no composition rules
 * (no "one digit and one symbol"), no expiry; refused when common, repetitive, sequential or built
 * on the account name or this service's name. The common list is zxcvbn's 49,000 most common
 * passwords from public breach corpora (@zxcvbn-ts/language-common).
 */
export type PasswordProblem =
  | 'too_short'
  | 'too_long'
  | 'common'
  | 'repetitive'
  | 'sequence'
  | 'context';

const SERVICE_WORDS = [
  'enrollment',
  'enrolment',
  'assist',
  'assister',
  'healthcare',
  'exchange',
  'navigator',
];

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  // Only entries a length check lets through matter; lower case, so "Password1" is caught too.
  common ??= new Set(
    dictionary['passwords-common']
      .map((p) => p.toLowerCase())
      .filter((p) => [...p].length >= PASSWORD_MIN_CHARS),
  );
  return common;
}

/** Every problem with a password, in a stable order; empty means acceptable. */
export function checkPassword(
  password: string,
  context: { name?: string } = {},
): PasswordProblem[] {
  const text = password.normalize('NFKC');
  const chars = [...text];
  if (chars.length < PASSWORD_MIN_CHARS) return ['too_short'];
  if (chars.length > PASSWORD_MAX_CHARS) return ['too_long'];
  const lower = text.toLowerCase();
  const problems: PasswordProblem[] = [];
  if (commonPasswords().has(lower)) problems.push('common');
  if (new Set(chars).size <= 2) problems.push('repetitive');
  if (isSequence(chars)) problems.push('sequence');
  const words = [...SERVICE_WORDS, ...(context.name ? nameWords(context.name) : [])];
  // Built on a context word: once the word is taken out, too little is left to guess.
  if (
    words.some((w) => lower.includes(w) && [...lower.replaceAll(w, '')].length < PASSWORD_MIN_CHARS)
  ) {
    problems.push('context');
  }
  return problems;
}

/** The account name and its parts (maria.lopez@example.org → maria, lopez, example), 3+ letters. */
function nameWords(name: string): string[] {
  const lower = name.normalize('NFKC').toLowerCase();
  return [lower, ...lower.split(/[._@+-]/)].filter((w) => w.length >= 3);
}

/** 12345678, abcdefgh, 87654321: each character one step from the last. */
function isSequence(chars: string[]): boolean {
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (Math.abs(step) !== 1) return false;
  return codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === step);
}

/** A sentence per problem, for the command line (the UI never sets passwords). */
export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  too_short: `at least ${PASSWORD_MIN_CHARS} characters, please (a few words make a good password)`,
  too_long: `at most ${PASSWORD_MAX_CHARS} characters`,
  common: 'this is one of the most common passwords, which attackers try first',
  repetitive: 'one or two characters repeated are guessed at once',
  sequence: 'a run like 12345678 or abcdefgh is guessed at once',
  context: "a password built on the account's name or this service's name is guessed early",
};
