import { type DraftV2, listKeys, memberPath, YES } from '../../../../schema/draft-v2';

/**
 * The wizard's steps in order, and which draft fields each one asks, so that "Save and continue"
 * checks a step against the shared zod schema and shows only that step's problems.
 */
export const STEP_IDS = [
  'authorization',
  'household',
  'identity',
  'citizenship',
  'contact',
  'income',
  'coverage',
  'tax',
  'signature',
  'review',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: string | undefined): value is StepId {
  return (STEP_IDS as readonly (string | undefined)[]).includes(value);
}

const MEMBER_FIELD = /^member\.[^.]+\.(.+)$/;

const HOUSEHOLD_FIELDS = new Set([
  'firstName',
  'lastName',
  'dateOfBirth',
  'sex',
  'relationship',
  'applying',
  'taxDependent',
]);

/** The step that asks a draft field (problems about the list of members go to the household). */
export function stepOf(path: string): StepId {
  if (path.startsWith('authorization.')) return 'authorization';
  if (path.startsWith('address.') || path.startsWith('contact.')) return 'contact';
  if (path.startsWith('taxFiling.')) return 'tax';
  if (path.startsWith('signature.')) return 'signature';
  const field = MEMBER_FIELD.exec(path)?.[1];
  if (!field) return 'household';
  if (HOUSEHOLD_FIELDS.has(field)) return 'household';
  if (field === 'ssn' || field === 'ssnAbsentReason') return 'identity';
  if (
    field === 'usCitizen' ||
    field === 'eligibleImmigrationStatus' ||
    field.startsWith('document.')
  ) {
    return 'citizenship';
  }
  if (/^(income|deduction)/.test(field)) return 'income';
  return 'coverage';
}

/** The members asking for coverage: the only ones asked for an SSN and status (P5). */
export function applyingMembers(draft: DraftV2): string[] {
  return listKeys(draft, 'members').filter((k) => draft[memberPath(k, 'applying')] === YES);
}

/** A member's name as typed, or null before any was typed. */
export function memberName(draft: DraftV2, key: string): string | null {
  const name = [draft[memberPath(key, 'firstName')], draft[memberPath(key, 'lastName')]]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
  return name || null;
}

/** The fields of one member (all paths under `member.<key>.`), for removing that member. */
export function fieldsUnder(draft: DraftV2, prefix: string): string[] {
  return Object.keys(draft).filter((path) => path.startsWith(prefix));
}

/** A key for a new list item, unused in the draft (keys are never reused after a removal). */
export function newKey(draft: DraftV2, letter: string): string {
  let n = 1;
  const taken = (key: string) => Object.keys(draft).some((p) => p.includes(`.${key}.`));
  while (taken(`${letter}${n}`) || (draft.members ?? '').split(' ').includes(`${letter}${n}`)) {
    n += 1;
  }
  return `${letter}${n}`;
}
