import type { ApiProblem } from './api-error';
import { problemsFromIssues } from './api-error';
import { type ApplicationV1, applicationV1 } from './application-v1';

/**
 * The form fields of a version-1 draft, named by their dotted path in the application. Drafts hold
 * exactly what the assister typed (strings), so nothing typed is lost to a failed conversion.
 */
export const DRAFT_V1_FIELDS = [
  'applicant.firstName',
  'applicant.lastName',
  'applicant.dateOfBirth',
  'household.size',
  'household.annualIncome',
  'address.state',
  'address.zip',
] as const;
export type DraftV1Field = (typeof DRAFT_V1_FIELDS)[number];
export type DraftV1 = Partial<Record<DraftV1Field, string>>;

export function isDraftV1Field(path: string): path is DraftV1Field {
  return (DRAFT_V1_FIELDS as readonly string[]).includes(path);
}

export type DraftConversion =
  | { ok: true; application: ApplicationV1 }
  | { ok: false; problems: ApiProblem[] };

const NUMBER_FIELDS: readonly DraftV1Field[] = ['household.size', 'household.annualIncome'];

/** "$52,000.50" → 52000.5; anything else that is not a plain decimal number → null. */
function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Converts what was typed into a version-1 application, or says which fields are wrong and why. */
export function applicationFromDraftV1(draft: DraftV1): DraftConversion {
  const problems: ApiProblem[] = [];
  const value = (field: DraftV1Field): string | number | undefined => {
    const raw = draft[field]?.trim() ?? '';
    if (raw === '') {
      problems.push({ path: field, code: 'required', message: 'Required' });
      return undefined;
    }
    if (!NUMBER_FIELDS.includes(field)) return raw;
    const n = parseAmount(raw);
    if (n === null) problems.push({ path: field, code: 'not_a_number', message: 'Not a number' });
    return n ?? undefined;
  };
  const candidate = {
    applicant: {
      firstName: value('applicant.firstName'),
      lastName: value('applicant.lastName'),
      dateOfBirth: value('applicant.dateOfBirth'),
    },
    household: { size: value('household.size'), annualIncome: value('household.annualIncome') },
    address: { state: value('address.state')?.toString().toUpperCase(), zip: value('address.zip') },
  };
  const parsed = applicationV1.safeParse(candidate);
  if (parsed.success && problems.length === 0) return { ok: true, application: parsed.data };
  // A field already reported as missing or not a number is not reported twice.
  const reported = new Set(problems.map((p) => p.path));
  const more = parsed.success
    ? []
    : problemsFromIssues(parsed.error.issues).filter((p) => !reported.has(p.path));
  return { ok: false, problems: [...problems, ...more] };
}
