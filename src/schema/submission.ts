import { z } from 'zod';
import { applicationV1, MAX_AGE_YEARS } from './application-v1';

/** Every schema version the exchange still accepts; a device may hold any of them queued. */
export const SCHEMA_VERSIONS = [1] as const;
export type SchemaVersion = (typeof SCHEMA_VERSIONS)[number];
export const CURRENT_SCHEMA_VERSION: SchemaVersion = 1;

const MS_PER_YEAR = 365.25 * 24 * 60 * 60 * 1000;

/**
 * The body of `POST /api/v1/applications` for schema version 1 (DESIGN.md §4). The `id` is a
 * client-generated UUID and doubles as the Idempotency-Key. `createdAt` is the device's clock,
 * kept for display only: the server's `receivedAt` is authoritative.
 */
export const submissionV1 = z
  .strictObject({
    id: z.uuid(),
    schemaVersion: z.literal(1),
    rulesVersion: z.string().min(1).max(64).optional(),
    createdAt: z.iso.datetime(),
    supersedes: z.uuid().optional(),
    application: applicationV1,
  })
  .superRefine((s, ctx) => {
    const created = Date.parse(s.createdAt);
    const born = Date.parse(`${s.application.applicant.dateOfBirth}T00:00:00Z`);
    if (born > created) {
      ctx.addIssue({
        code: 'custom',
        path: ['application', 'applicant', 'dateOfBirth'],
        message: 'The date of birth is after the date of the application',
        params: { code: 'date_in_future' },
      });
    } else if (created - born > MAX_AGE_YEARS * MS_PER_YEAR) {
      ctx.addIssue({
        code: 'custom',
        path: ['application', 'applicant', 'dateOfBirth'],
        message: `More than ${MAX_AGE_YEARS} years ago`,
        params: { code: 'too_old' },
      });
    }
    if (s.supersedes === s.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['supersedes'],
        message: 'An application cannot supersede itself',
        params: { code: 'supersedes_self' },
      });
    }
  });

export type SubmissionV1 = z.infer<typeof submissionV1>;

/** Any accepted submission, chosen by its `schemaVersion`. */
export const submission = submissionV1;
export type Submission = SubmissionV1;
