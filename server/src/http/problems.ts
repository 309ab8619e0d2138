import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { API_ERROR, type ApiErrorCode, type ApiProblem } from '../../../src/schema/api-error';

/** Sends the error body of DESIGN.md §4: `{ errors: [{ path?, code, message }] }`. */
export function problems(c: Context, status: ContentfulStatusCode, errors: ApiProblem[]) {
  return c.json({ errors }, status);
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
) {
  return problems(c, status, [{ code, message }]);
}

export { API_ERROR };
