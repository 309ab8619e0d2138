import { confirmationNumber } from './receipt';
import { ROLES } from './session';
import { z } from './zod';

/** Most applications one page of the back-office listing holds. */
export const LISTING_PAGE_MAX = 500;

/**
 * `GET /api/v1/applications?since=<ISO datetime>&after=<cursor>&limit=<n>` (staff only): the
 * applications received at or after `since`, oldest first. A full page ends with `next`, the cursor
 * to pass as `after` for the following page (received time and id, so none is skipped or repeated).
 */
export const listingQuery = z.strictObject({
  since: z.iso.datetime({ offset: true }),
  after: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/))),
  limit: z._default(
    z.coerce.number().check(z.int(), z.minimum(1), z.maximum(LISTING_PAGE_MAX)),
    100,
  ),
});
export type ListingQuery = z.infer<typeof listingQuery>;

export const listedApplication = z.strictObject({
  id: z.uuid(),
  confirmationNumber,
  receivedAt: z.iso.datetime(),
  payloadHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  schemaVersion: z.int(),
  /** How it arrived: posted in clear, posted sealed, or imported from an exported file. */
  receivedAs: z.enum(['plain', 'sealed', 'import']),
  /** Who sent it (null for applications stored before accounts existed). */
  submittedBy: z.nullable(z.strictObject({ name: z.string(), role: z.enum(ROLES) })),
  /** The submission as the exchange validated it (src/schema/submission.ts), opened if sealed. */
  submission: z.record(z.string(), z.unknown()),
});
export type ListedApplication = z.infer<typeof listedApplication>;

export const applicationListing = z.strictObject({
  applications: z.array(listedApplication),
  /** Cursor for the next page, present only when this page is full. */
  next: z.optional(z.string()),
  serverTime: z.iso.datetime(),
});
export type ApplicationListing = z.infer<typeof applicationListing>;
