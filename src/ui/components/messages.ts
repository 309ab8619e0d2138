import type { ApiProblem } from '../../schema/api-error';
import type { Translator } from '../i18n/catalog';

/**
 * A problem in words an applicant understands: a format problem explains the expected format of
 * that kind of field (`format.ssn`), any other code its own message, else the exchange's text.
 */
export function problemMessage(i18n: Pick<Translator, 't' | 'has'>, problem: ApiProblem): string {
  const { t, has } = i18n;
  const field = problem.path?.split('.').pop() ?? '';
  if (problem.code === 'invalid_format' || problem.code === 'invalid_string') {
    const formatKey = `format.${field}`;
    if (has(formatKey)) return t(formatKey);
  }
  const key = `error.${problem.code}`;
  return has(key) ? t(key) : t('error.generic', { message: problem.message });
}
