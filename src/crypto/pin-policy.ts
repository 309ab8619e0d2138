/**
 * Which PINs the app accepts (security-ux.md S7, A2). Answers are codes for the UI to translate,
 * never sentences. The same NFKC normalisation as key derivation applies first, so what is
 * checked is what will be derived from.
 */
import { COMMON_PINS } from './blocklists';
import { normalizeSecret } from './kdf';
import { dateOfBirthForms, digitStep, isMirrored, runHeads, shortestPeriod } from './patterns';

/** 10^6 choices at six digits: the floor DESIGN.md §6 sets for an offline-unlock PIN. */
export const PIN_MIN_DIGITS = 6;
/** NIST asks verifiers to allow at least 64 characters; beyond this a secret is pasted, not typed. */
export const SECRET_MAX_CHARS = 256;
/** A birth year inside a PIN this short leaves too few other digits to guess. */
const YEAR_IN_PIN_MAX_DIGITS = 8;

export type PinProblem =
  | 'too-short'
  | 'too-long'
  | 'not-digits'
  /** 000000, 777777. */
  | 'same-digit'
  /** 123456, 654321, 567890, 135791, 112233. */
  | 'sequence'
  /** 121212, 123123, 1212121, 777888. */
  | 'repeated-pattern'
  /** 123321. */
  | 'mirrored'
  /** Made from the given date of birth: 041290, 12041990, 199004. */
  | 'date-of-birth'
  /** On the blocklist of PINs people choose first. */
  | 'common';

/** What the app knows about the person choosing the secret. Nothing is stored. */
export interface SecretContext {
  /** ISO YYYY-MM-DD. Ignored when not a real date. */
  dateOfBirth?: string;
  /** Their user name, e-mail, name: a secret built on these is refused (passphrases). */
  words?: readonly string[];
}

/** Every problem with a PIN, in a stable order; an empty list means the PIN is acceptable. */
export function checkPin(pin: string, context: SecretContext = {}): PinProblem[] {
  const digits = normalizeSecret(pin);
  const problems: PinProblem[] = [];
  if (!/^\d*$/.test(digits)) problems.push('not-digits');
  if (digits.length < PIN_MIN_DIGITS) problems.push('too-short');
  if (digits.length > SECRET_MAX_CHARS) problems.push('too-long');
  if (problems.length > 0) return problems;

  const chars = [...digits];
  const step = digitStep(digits);
  const heads = runHeads(chars);
  if (step === 0) problems.push('same-digit');
  if ((step !== null && step !== 0) || (heads !== null && isStepSequence(heads))) {
    problems.push('sequence');
  }
  const period = shortestPeriod(chars);
  // Two halves of one digit each (777888) are as memorable, and as guessable, as a repeat.
  if ((period !== null && period > 1) || heads?.length === 2) problems.push('repeated-pattern');
  if (step !== 0 && isMirrored(chars)) problems.push('mirrored');
  if (context.dateOfBirth !== undefined && isFromDate(digits, context.dateOfBirth)) {
    problems.push('date-of-birth');
  }
  if (COMMON_PINS.has(digits)) problems.push('common');
  return problems;
}

/** 123, 987, 135: run heads that themselves count up or down (at least 3 of them). */
function isStepSequence(heads: string): boolean {
  const step = digitStep(heads);
  return heads.length >= 3 && step !== null && step !== 0;
}

function isFromDate(digits: string, dateOfBirth: string): boolean {
  const dob = dateOfBirthForms(dateOfBirth);
  if (dob === null) return false;
  if (dob.forms.some((form) => form.length >= PIN_MIN_DIGITS && digits.includes(form))) return true;
  return digits.length <= YEAR_IN_PIN_MAX_DIGITS && digits.includes(dob.year);
}
