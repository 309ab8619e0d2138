import type { ApiProblem } from '../../schema/api-error';
import type { MessageKey } from '../i18n/catalog';
import { en } from '../i18n/en';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * A problem in words an applicant understands: a format problem explains the expected format of
 * that kind of field (`format.ssn`), any other code its own message, else the exchange's text.
 */
export function problemMessage(t: T, problem: ApiProblem): string {
  const field = problem.path?.split('.').pop() ?? '';
  if (problem.code === 'invalid_format' || problem.code === 'invalid_string') {
    const formatKey = `format.${field}`;
    if (formatKey in en) return t(formatKey as MessageKey);
  }
  const key = `error.${problem.code}`;
  return key in en ? t(key as MessageKey) : t('error.generic', { message: problem.message });
}
