import { z } from 'zod';
import { confirmationNumber } from './receipt';
import { ROLES } from './session';

/** Most applications one page of the back-office listing holds. */
export const LISTING_PAGE_MAX = 500;

/**
 * `GET /api/v1/applications?since=<ISO datetime>&after=<cursor>&limit=<n>` (staff only): the
 * applications received at or after `since`, oldest first. A full page ends with `next`, the cursor
 * to pass as `after` for the following page (received time and id, so none is skipped or repeated).
 */
export const listingQuery = z.strictObject({
  since: z.iso.datetime({ offset: true }),
  after: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(LISTING_PAGE_MAX).default(100),
});
export type ListingQuery = z.infer<typeof listingQuery>;

export const listedApplication = z.strictObject({
  id: z.uuid(),
  confirmationNumber,
  receivedAt: z.iso.datetime(),
  payloadHash: z.string().regex(/^[0-9a-f]{64}$/),
  schemaVersion: z.int(),
  /** How it arrived: posted in clear, posted sealed, or imported from an exported file. */
  receivedAs: z.enum(['plain', 'sealed', 'import']),
  /** Who sent it (null for applications stored before accounts existed). */
  submittedBy: z.strictObject({ name: z.string(), role: z.enum(ROLES) }).nullable(),
  /** The submission as the exchange validated it (src/schema/submission.ts), opened if sealed. */
  submission: z.record(z.string(), z.unknown()),
});
export type ListedApplication = z.infer<typeof listedApplication>;

export const applicationListing = z.strictObject({
  applications: z.array(listedApplication),
  /** Cursor for the next page, present only when this page is full. */
  next: z.string().optional(),
  serverTime: z.iso.datetime(),
});
export type ApplicationListing = z.infer<typeof applicationListing>;
