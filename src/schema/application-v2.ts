import { MAX_ANNUAL_INCOME_USD, MAX_HOUSEHOLD_SIZE } from './application-v1';
import { authorization, signature } from './authorization';
import { immigrationDocument, SSN_ABSENT_REASONS, ssn } from './identity-v2';
import { FILING_STATUSES, MAX_EXPECTED_CHILDREN } from './screening';
import { calendarDate, personName } from './text';
import { US_STATES } from './us-states';
import { deferred, z } from './zod';

/**
 * Schema version 2: the full application an assister completes with an applicant (issue 6): the
 * household and how each member is related, identity, citizenship and immigration, address and
 * contact, income and deductions, coverage, pregnancy, tax filing plans, the consumer's
 * authorization and the closing signature. Frozen once released, like version 1.
 */

export const RELATIONSHIPS = [
  'self',
  'spouse',
  'child',
  'stepchild',
  'parent',
  'sibling',
  'other_relative',
  'other',
] as const;
export const SEXES = ['female', 'male'] as const;
export const INCOME_KINDS = [
  'job',
  'self_employment',
  'unemployment',
  'social_security',
  'retirement',
  'other',
] as const;
export const DEDUCTION_KINDS = ['alimony_paid', 'student_loan_interest', 'other'] as const;
export const FREQUENCIES = [
  'weekly',
  'every_two_weeks',
  'twice_a_month',
  'monthly',
  'yearly',
  'one_time',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];
/** Times a year an amount is paid at each frequency ("one time" counts once in the year). */
export const PAYMENTS_PER_YEAR: Record<Frequency, number> = {
  weekly: 52,
  every_two_weeks: 26,
  twice_a_month: 24,
  monthly: 12,
  yearly: 1,
  one_time: 1,
};
export const COVERAGE_KINDS = ['medicaid', 'chip', 'medicare', 'employer', 'va', 'other'] as const;
/** Most income sources or deductions one member lists: more is a paste accident. */
export const MAX_ITEMS_PER_MEMBER = 10;
/** Highest monthly premium an employer plan can plausibly cost the employee. */
export const MAX_MONTHLY_PREMIUM_USD = 100_000;

// The decimal text of the number, not n·100 (0.29·100 is 28.999999999999996 in binary floating
// point, which refused one amount with cents in eight; found by the server's fuzz test).
const cents = (n: number) => /^\d+(\.\d{1,2})?$/.test(String(n));
const amount = deferred(() =>
  z
    .number()
    .check(
      z.minimum(0),
      z.maximum(MAX_ANNUAL_INCOME_USD),
      z.refine(cents, { error: 'At most two decimal places', params: { code: 'too_precise' } }),
    ),
);

const money = deferred(() =>
  z.strictObject({
    kind: z.string(),
    amount,
    frequency: z.enum(FREQUENCIES),
  }),
);
export const incomeItem = deferred(() => z.extend(money, { kind: z.enum(INCOME_KINDS) }));
export const deductionItem = deferred(() => z.extend(money, { kind: z.enum(DEDUCTION_KINDS) }));

export const citizenship = deferred(() =>
  z
    .strictObject({
      usCitizen: z.boolean(),
      /** Asked only of a non-citizen: has an eligible immigration status. */
      eligibleImmigrationStatus: z.optional(z.boolean()),
      document: z.optional(immigrationDocument),
    })
    .check(
      z.refine((c) => c.usCitizen || c.eligibleImmigrationStatus !== undefined, {
        error: 'Say whether the member has an eligible immigration status',
        path: ['eligibleImmigrationStatus'],
        params: { code: 'required' },
      }),
      z.refine((c) => !(c.eligibleImmigrationStatus && c.document === undefined), {
        error: 'The immigration document is needed',
        path: ['document', 'type'],
        params: { code: 'required' },
      }),
    ),
);

export const employerOffer = deferred(() =>
  z.strictObject({
    employerName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    /** The employee's share for the cheapest self-only plan, per month. */
    selfOnlyMonthlyPremium: z.number().check(z.minimum(0), z.maximum(MAX_MONTHLY_PREMIUM_USD)),
    meetsMinimumValue: z.boolean(),
  }),
);

export const member = deferred(() =>
  z
    .strictObject({
      firstName: personName,
      lastName: personName,
      dateOfBirth: calendarDate,
      sex: z.enum(SEXES),
      /** How this member is related to the first member (who is `self`). */
      relationship: z.enum(RELATIONSHIPS),
      /** Is this member asking for coverage? Non-applicants are never asked SSN or status (P5). */
      applying: z.boolean(),
      ssn: z.optional(ssn),
      ssnAbsentReason: z.optional(z.enum(SSN_ABSENT_REASONS)),
      citizenship: z.optional(citizenship),
      pregnant: z.boolean(),
      expectedChildren: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_EXPECTED_CHILDREN))),
      /** Claimed as a dependent on the first member's tax return. */
      taxDependent: z.boolean(),
      incomes: z.array(incomeItem).check(z.maxLength(MAX_ITEMS_PER_MEMBER)),
      deductions: z.array(deductionItem).check(z.maxLength(MAX_ITEMS_PER_MEMBER)),
      currentCoverage: z.array(z.enum(COVERAGE_KINDS)).check(z.maxLength(COVERAGE_KINDS.length)),
      employerOffer: z.optional(employerOffer),
    })
    .check(
      z.superRefine((m, ctx) => {
        const issue = (path: string, code: string, message: string) =>
          ctx.addIssue({ code: 'custom', path: [path], message, params: { code } });
        if (!m.applying) {
          // Data minimisation (CDO/CAC agreement App. A §3(b)): refuse it, do not just ignore it.
          if (m.ssn !== undefined || m.ssnAbsentReason !== undefined)
            issue('ssn', 'not_asked_of_non_applicant', 'Not asked of a member who is not applying');
          if (m.citizenship !== undefined)
            issue(
              'citizenship',
              'not_asked_of_non_applicant',
              'Not asked of a member who is not applying',
            );
          return;
        }
        if (m.ssn === undefined && m.ssnAbsentReason === undefined)
          issue('ssnAbsentReason', 'required', 'Give the SSN or the reason there is none');
        if (m.ssn !== undefined && m.ssnAbsentReason !== undefined)
          issue('ssnAbsentReason', 'not_applicable', 'No reason is needed when the SSN is given');
        if (m.citizenship === undefined) issue('citizenship.usCitizen', 'required', 'Required');
        if (m.pregnant && m.expectedChildren === undefined)
          issue('expectedChildren', 'required', 'How many babies are expected');
      }),
    ),
);
export type MemberV2 = z.infer<typeof member>;

export const address = deferred(() =>
  z.strictObject({
    street: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    unit: z.optional(z.string().check(z.trim(), z.maxLength(30))),
    city: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
    state: z.enum(US_STATES),
    zip: z.string().check(z.regex(/^\d{5}$/, { error: 'A ZIP code has 5 digits' })),
  }),
);

export const contact = deferred(() =>
  z.strictObject({
    /** Ten digits, no punctuation. */
    phone: z.optional(
      z.string().check(z.regex(/^\d{10}$/, { error: 'A phone number has 10 digits' })),
    ),
    email: z.optional(z.email({ error: 'Not an email address' }).check(z.maxLength(254))),
    /** BCP 47 tag of the language the applicant wants letters in. */
    preferredLanguage: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
  }),
);

export const taxFiling = deferred(() =>
  z.strictObject({
    /** Does the first member plan to file a federal tax return for the coverage year? */
    plansToFile: z.boolean(),
    filingStatus: z.optional(z.enum(FILING_STATUSES)),
  }),
);

export const applicationV2 = deferred(() =>
  z
    .strictObject({
      authorization,
      members: z.array(member).check(z.minLength(1), z.maxLength(MAX_HOUSEHOLD_SIZE)),
      address,
      contact,
      taxFiling,
      signature,
    })
    .check(
      z.superRefine((app, ctx) => {
        const issue = (path: (string | number)[], code: string, message: string) =>
          ctx.addIssue({ code: 'custom', path, message, params: { code } });
        app.members.forEach((m, i) => {
          if ((i === 0) !== (m.relationship === 'self'))
            issue(['members', i, 'relationship'], 'self_first', 'Only the first member is "self"');
        });
        if (app.members.filter((m) => m.relationship === 'spouse').length > 1)
          issue(['members'], 'one_spouse', 'At most one spouse');
        if (!app.members.some((m) => m.applying))
          issue(['members'], 'nobody_applying', 'At least one member asks for coverage');
        if (app.taxFiling.plansToFile && app.taxFiling.filingStatus === undefined)
          issue(['taxFiling', 'filingStatus'], 'required', 'Required when filing');
      }),
    ),
);

export type ApplicationV2 = z.infer<typeof applicationV2>;
