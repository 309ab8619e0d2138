/**
 * The longer-passphrase option, by NIST SP 800-63B §5.1.1.2 (security-ux.md S7): at least 8
 * characters, long ones welcome, no composition rules, refused when common, repetitive,
 * sequential or built on context words. It raises the offline cost that a 6-digit PIN cannot
 * (K3). Codes, not sentences.
 */
import { COMMON_PASSWORD_WORDS, SERVICE_WORDS } from './blocklists';
import { normalizeSecret } from './kdf';
import { dateOfBirthForms, isUnitSequence, shortestPeriod } from './patterns';
import { SECRET_MAX_CHARS, type SecretContext } from './pin-policy';

/** NIST SP 800-63B: a memorised secret chosen by its user has at least 8 characters. */
export const PASSPHRASE_MIN_CHARS = 8;
/** A context word shorter than this is too likely to occur by chance to refuse on. */
const CONTEXT_WORD_MIN_CHARS = 3;

export type PassphraseProblem =
  | 'too-short'
  | 'too-long'
  /** aaaaaaaa, abababab, abcabcabc: the repeated part would itself be too short. */
  | 'repetitive'
  /** 12345678, abcdefgh, 87654321. */
  | 'sequence'
  /** A common password, or one with too little beside it (password2024!). */
  | 'common'
  /** Built on the user's name, user name, date of birth or this service's name. */
  | 'context';

/**
 * Every problem with a passphrase, in a stable order; empty means acceptable. Length counts
 * Unicode code points after NFKC (an emoji or an ñ is one character), as NIST asks.
 */
export function checkPassphrase(
  passphrase: string,
  context: SecretContext = {},
): PassphraseProblem[] {
  const text = normalizeSecret(passphrase);
  const chars = [...text];
  if (chars.length < PASSPHRASE_MIN_CHARS) return ['too-short'];
  if (chars.length > SECRET_MAX_CHARS) return ['too-long'];

  const problems: PassphraseProblem[] = [];
  const period = shortestPeriod(chars);
  if (period !== null && period < PASSPHRASE_MIN_CHARS) problems.push('repetitive');
  if (isUnitSequence(chars)) problems.push('sequence');

  const lower = text.toLowerCase();
  const contextWords = [...SERVICE_WORDS, ...userWords(context)];
  const removed = removeWords(lower, [...COMMON_PASSWORD_WORDS, ...contextWords]);
  if ([...removed.rest].length < PASSPHRASE_MIN_CHARS) {
    if (removed.found.some((w) => COMMON_PASSWORD_WORDS.includes(w))) problems.push('common');
    if (removed.found.some((w) => contextWords.includes(w))) problems.push('context');
  }
  return problems;
}

/** The person's own words and dates, lower case, long enough to matter. */
function userWords(context: SecretContext): string[] {
  const words = (context.words ?? []).map((w) => normalizeSecret(w).toLowerCase());
  const dates = context.dateOfBirth === undefined ? null : dateOfBirthForms(context.dateOfBirth);
  return [...words, ...(dates?.forms ?? [])].filter((w) => [...w].length >= CONTEXT_WORD_MIN_CHARS);
}

/**
 * Removes every occurrence of every word, longest first (so 'qwertyuiop' goes before 'qwerty'):
 * what remains is the part of the passphrase an attacker's dictionary does not give away.
 */
function removeWords(text: string, words: readonly string[]): { rest: string; found: string[] } {
  let rest = text;
  const found: string[] = [];
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    if (rest.includes(word)) {
      found.push(word);
      rest = rest.split(word).join('');
    }
  }
  return { rest, found };
}
