import { applicationV1, MAX_AGE_YEARS } from './application-v1';
import { applicationV2 } from './application-v2';
import { deferred, z } from './zod';

/** Every schema version the exchange still accepts; a device may hold any of them queued. */
export const SCHEMA_VERSIONS = [1, 2] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];
/** The version new applications are written in. Version-1 drafts stay version 1 to the end. */
export const CURRENT_SCHEMA_VERSION: SchemaVersion = 2;

const MS_PER_YEAR = 365.25 * 24 * 60 * 60 * 1000;

/**
 * The body of `POST /api/v1/applications` for schema version 1 (DESIGN.md §4). The `id` is a
 * client-generated UUID and doubles as the Idempotency-Key. `createdAt` is the device's clock,
 * kept for display only: the server's `receivedAt` is authoritative.
 */
const envelope = {
  id: z.uuid(),
  rulesVersion: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  createdAt: z.iso.datetime(),
  supersedes: z.optional(z.uuid()),
};

type Ctx = z.core.$RefinementCtx<unknown>;

/** A date of birth (or signature date) must not be after the application, nor absurdly old. */
function checkDateOfBirth(createdAt: string, dob: string, path: (string | number)[], ctx: Ctx) {
  const created = Date.parse(createdAt);
  const born = Date.parse(`${dob}T00:00:00Z`);
  if (born > created) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: 'The date of birth is after the date of the application',
      params: { code: 'date_in_future' },
    });
  } else if (created - born > MAX_AGE_YEARS * MS_PER_YEAR) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `More than ${MAX_AGE_YEARS} years ago`,
      params: { code: 'too_old' },
    });
  }
}

function checkSupersedes(s: { id: string; supersedes?: string | undefined }, ctx: Ctx) {
  if (s.supersedes === s.id) {
    ctx.addIssue({
      code: 'custom',
      path: ['supersedes'],
      message: 'An application cannot supersede itself',
      params: { code: 'supersedes_self' },
    });
  }
}

export const submissionV1 = deferred(() =>
  z.strictObject({ ...envelope, schemaVersion: z.literal(1), application: applicationV1 }).check(
    z.superRefine((s, ctx) => {
      const path = ['application', 'applicant', 'dateOfBirth'];
      checkDateOfBirth(s.createdAt, s.application.applicant.dateOfBirth, path, ctx);
      checkSupersedes(s, ctx);
    }),
  ),
);
export type SubmissionV1 = z.infer<typeof submissionV1>;

/** Version 2 (issue 6): the full application, with the consumer's authorization inside it. */
export const submissionV2 = deferred(() =>
  z.strictObject({ ...envelope, schemaVersion: z.literal(2), application: applicationV2 }).check(
    z.superRefine((s, ctx) => {
      s.application.members.forEach((m, i) => {
        const path = ['application', 'members', i, 'dateOfBirth'];
        checkDateOfBirth(s.createdAt, m.dateOfBirth, path, ctx);
      });
      checkSupersedes(s, ctx);
    }),
  ),
);
export type SubmissionV2 = z.infer<typeof submissionV2>;

/** Any accepted submission, chosen by its `schemaVersion`; earlier versions are never dropped. */
export const submission = deferred(() =>
  z.discriminatedUnion('schemaVersion', [submissionV1, submissionV2]),
);
export type Submission = SubmissionV1 | SubmissionV2;
