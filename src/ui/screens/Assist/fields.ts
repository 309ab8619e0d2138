import type { ApiProblem } from '../../../schema/api-error';
import type { DraftV1Field } from '../../../schema/draft-v1';
import type { MessageKey, Translator } from '../../i18n/catalog';

export type Section = 'applicant' | 'household' | 'address';

export interface FieldSpec {
  field: DraftV1Field;
  kind: 'text' | 'date' | 'number' | 'money' | 'state' | 'zip';
  /** The HTML autocomplete token: personal fields say what they are; others are off (P9). */
  autocomplete: string;
}

export const SECTIONS: { section: Section; legend: MessageKey; fields: FieldSpec[] }[] = [
  {
    section: 'applicant',
    legend: 'form.applicant',
    fields: [
      { field: 'applicant.firstName', kind: 'text', autocomplete: 'off' },
      { field: 'applicant.lastName', kind: 'text', autocomplete: 'off' },
      { field: 'applicant.dateOfBirth', kind: 'date', autocomplete: 'off' },
    ],
  },
  {
    section: 'household',
    legend: 'form.household',
    fields: [
      { field: 'household.size', kind: 'number', autocomplete: 'off' },
      { field: 'household.annualIncome', kind: 'money', autocomplete: 'off' },
    ],
  },
  {
    section: 'address',
    legend: 'form.address',
    fields: [
      { field: 'address.state', kind: 'state', autocomplete: 'off' },
      { field: 'address.zip', kind: 'zip', autocomplete: 'off' },
    ],
  },
];

/** The problems about one field, from local validation or the exchange (paths are `application.…`). */
export function problemsFor(field: DraftV1Field, problems: readonly ApiProblem[]): ApiProblem[] {
  return problems.filter((p) => p.path === `application.${field}`);
}

/** Problems not tied to a field the form shows (shown in the summary only). */
export function generalProblems(problems: readonly ApiProblem[]): ApiProblem[] {
  const known = new Set(SECTIONS.flatMap((s) => s.fields.map((f) => `application.${f.field}`)));
  return problems.filter((p) => !p.path || !known.has(p.path));
}

/** The catalog key that explains a problem to an applicant, in plain words. */
export function messageKeyFor(problem: ApiProblem, has: Translator['has']): MessageKey | null {
  if (problem.path === 'application.address.zip' && problem.code === 'invalid_format') {
    return 'error.zip';
  }
  const key = `error.${problem.code}`;
  return has(key) ? key : null;
}

export function fieldId(field: DraftV1Field): string {
  return `field-${field.replace('.', '-')}`;
}
