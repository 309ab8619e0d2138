import { calendarDate, personName } from './text';
import { US_STATES } from './us-states';
import { deferred, z } from './zod';

/** Largest household the minimal application accepts. */
export const MAX_HOUSEHOLD_SIZE = 20;
/** Ceiling on annual income: above this the number is a typing error, not an income. */
export const MAX_ANNUAL_INCOME_USD = 10_000_000;
/** Oldest plausible applicant: a date of birth further back is a typing error. */
export const MAX_AGE_YEARS = 120;

/**
 * Schema version 1: the skeleton's minimal application (DESIGN.md §4). Frozen: a device may still
 * hold version-1 applications in its outbox, so the server accepts this shape for as long as they
 * can exist. New fields go in a new version.
 */
export const applicationV1 = deferred(() =>
  z.strictObject({
    applicant: z.strictObject({
      firstName: personName,
      lastName: personName,
      dateOfBirth: calendarDate,
    }),
    household: z.strictObject({
      size: z.int().check(z.minimum(1), z.maximum(MAX_HOUSEHOLD_SIZE)),
      annualIncome: z.number().check(
        z.minimum(0),
        z.maximum(MAX_ANNUAL_INCOME_USD),
        // The decimal text of the number, not n·100 (0.29·100 is 28.999999999999996 in binary
        // floating point, which refused one amount with cents in eight).
        z.refine((n) => /^\d+(\.\d{1,2})?$/.test(String(n)), {
          error: 'At most two decimal places',
          params: { code: 'too_precise' },
        }),
      ),
    }),
    address: z.strictObject({
      state: z.enum(US_STATES),
      zip: z.string().check(z.regex(/^\d{5}$/, { error: 'A ZIP code has 5 digits' })),
    }),
  }),
);

export type ApplicationV1 = z.infer<typeof applicationV1>;
