import { deferred, z } from './zod';

/** Machine-readable error codes of the exchange API. Clients branch on these, never on text. */
export const API_ERROR = {
  malformedJson: 'malformed_json',
  unsupportedMediaType: 'unsupported_media_type',
  payloadTooLarge: 'payload_too_large',
  idempotencyKeyMissing: 'idempotency_key_missing',
  idempotencyKeyMismatch: 'idempotency_key_mismatch',
  idempotencyKeyReused: 'idempotency_key_reused',
  requestInFlight: 'request_in_flight',
  deviceIdInvalid: 'device_id_invalid',
  unsupportedSchemaVersion: 'unsupported_schema_version',
  notFound: 'not_found',
  unauthorized: 'unauthorized',
  internal: 'internal_error',
  // Strict JSON (400): what JSON.parse would accept but the exchange does not.
  duplicateKey: 'duplicate_key',
  tooDeeplyNested: 'too_deeply_nested',
  invalidEncoding: 'invalid_encoding',
  invalidQuery: 'invalid_query',
  // Sign-in and access.
  signInFailed: 'sign_in_failed',
  signInLocked: 'sign_in_locked',
  rateLimited: 'rate_limited',
  forbidden: 'forbidden',
  // (deviceIdInvalid above is also what recovery keys, authorizations and audit events answer
  // when the X-Device-Id header they need is missing or not a UUID: issue 7.)
  // The recovery key needs a sign-in made moments ago, not any live token (401).
  signInNotFresh: 'sign_in_not_fresh',
  // Sealed submissions (422).
  sealedUnreadable: 'sealed_unreadable',
  sealedMismatch: 'sealed_mismatch',
  unknownExchangeKey: 'unknown_exchange_key',
  // The server is stopping (503 with Retry-After): try again in a moment.
  shuttingDown: 'shutting_down',
} as const;
export type ApiErrorCode = (typeof API_ERROR)[keyof typeof API_ERROR];

/**
 * One problem. `path` is the dotted path of the refused field in the request body
 * (e.g. `application.applicant.dateOfBirth`), absent when the problem is the request as a whole.
 * `code` is an API_ERROR code or a field-validation code (`too_small`, `invalid_date`, …).
 */
export const apiProblem = deferred(() =>
  z.object({
    path: z.optional(z.string()),
    code: z.string().check(z.minLength(1)),
    message: z.string(),
  }),
);
export type ApiProblem = z.infer<typeof apiProblem>;

export const apiErrorBody = deferred(() =>
  z.object({ errors: z.array(apiProblem).check(z.minLength(1)) }),
);
export type ApiErrorBody = z.infer<typeof apiErrorBody>;

/** Turns zod issues into API problems with dotted paths and stable codes. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): ApiProblem[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const custom =
      issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : null;
    const problem: ApiProblem = { code: custom ?? issue.code, message: issue.message };
    if (path) problem.path = path;
    return problem;
  });
}
