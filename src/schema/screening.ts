import { MAX_AGE_YEARS, MAX_ANNUAL_INCOME_USD, MAX_HOUSEHOLD_SIZE } from './application-v1';
import { calendarDate } from './text';
import { US_STATES } from './us-states';
import { deferred, z } from './zod';

/**
 * The screener's contract (issue 3): what `npm run screen` reads and prints, what the engine takes
 * and returns, and what the "Check eligibility" screen will send. One schema for all three, so a
 * field the CLI accepts is a field the engine understands.
 */

/** Most children a pregnancy is expected to bring: more is a typing error. */
export const MAX_EXPECTED_CHILDREN = 8;
/** Highest monthly premium we accept (benchmark or employer share): above it the number is a typo. */
export const MAX_MONTHLY_PREMIUM_USD = 100_000;
/** Earliest and latest plan years the schema accepts; the rule packs decide which are supported. */
export const MIN_PLAN_YEAR = 2014;
export const MAX_PLAN_YEAR = 2100;

export const ROLES = ['filer', 'spouse', 'dependent'] as const;
export type Role = (typeof ROLES)[number];

export const FILING_STATUSES = [
  'single',
  'married_joint',
  'married_separate',
  'head_of_household',
] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const IMMIGRATION_STATUSES = [
  'citizen',
  'lpr',
  'refugee',
  'asylee',
  'lawfully_present_other',
  'undocumented',
] as const;
export type ImmigrationStatus = (typeof IMMIGRATION_STATUSES)[number];

/** Income kinds that count toward MAGI (26 USC 36B(d)(2); 42 CFR 435.603(e)). */
export const MAGI_INCOME_TYPES = [
  'wages',
  'self_employment',
  'unemployment',
  'social_security',
  'social_security_nontaxable',
  'retirement',
  'tax_exempt_interest',
  'alimony',
  'other',
] as const;
/** Kinds applicants report that are never MAGI income (42 CFR 435.603(e); 26 USC 36B(d)(2)). */
export const NON_MAGI_INCOME_TYPES = [
  'child_support_received',
  'ssi',
  'veterans_benefits',
  'gifts',
] as const;
export const INCOME_TYPES = [...MAGI_INCOME_TYPES, ...NON_MAGI_INCOME_TYPES] as const;
export type IncomeType = (typeof INCOME_TYPES)[number];

// zod 4 numbers are finite: Infinity and NaN are refused by z.number() itself.
const money = deferred(() => z.number());
/** A premium per month: 0 up to a ceiling above which the number is a typo. */
const monthlyPremium = () => money.check(z.minimum(0), z.maximum(MAX_MONTHLY_PREMIUM_USD));

export const income = deferred(() =>
  z
    .strictObject({
      type: z.enum(INCOME_TYPES),
      annual: money.check(z.maximum(MAX_ANNUAL_INCOME_USD)),
    })
    .check(
      // A business can lose money; no other kind of income is negative.
      z.refine((i) => i.annual >= 0 || i.type === 'self_employment', {
        error: 'Only self-employment income can be negative',
        path: ['annual'],
        params: { code: 'negative_income' },
      }),
      z.refine((i) => i.annual >= -MAX_ANNUAL_INCOME_USD, {
        error: `At least -${MAX_ANNUAL_INCOME_USD}`,
        path: ['annual'],
        params: { code: 'too_small' },
      }),
    ),
);
export type Income = z.infer<typeof income>;

export const member = deferred(() =>
  z
    .strictObject({
      role: z.enum(ROLES),
      age: z.int().check(z.minimum(0), z.maximum(MAX_AGE_YEARS)),
      pregnant: z._default(z.boolean(), false),
      expectedChildren: z._default(
        z.int().check(z.minimum(0), z.maximum(MAX_EXPECTED_CHILDREN)),
        0,
      ),
      immigrationStatus: z.enum(IMMIGRATION_STATUSES),
      yearsInStatus: z._default(
        z.nullable(z.number().check(z.minimum(0), z.maximum(MAX_AGE_YEARS))),
        null,
      ),
      medicare: z._default(z.boolean(), false),
      incarcerated: z._default(z.boolean(), false),
      incomes: z._default(z.array(income).check(z.maxLength(20)), []),
    })
    .check(
      z.refine((m) => !m.pregnant || m.expectedChildren >= 1, {
        error: 'A pregnant member expects at least one child',
        path: ['expectedChildren'],
        params: { code: 'expected_children_missing' },
      }),
      z.refine((m) => m.pregnant || m.expectedChildren === 0, {
        error: 'Expected children are counted only for a pregnant member',
        path: ['expectedChildren'],
        params: { code: 'not_pregnant' },
      }),
    ),
);
export type Member = z.infer<typeof member>;

export const employerOffer = deferred(() =>
  z.strictObject({
    /** Whose job offers the coverage: the employee is tested on self-only, the family on family. */
    offeredTo: z.enum(['filer', 'spouse']),
    selfOnlyEmployeeMonthly: monthlyPremium(),
    /** Absent or null when the employer offers no coverage to the employee's family. */
    familyEmployeeMonthly: z.optional(z.nullable(monthlyPremium())),
    meetsMinimumValue: z.boolean(),
  }),
);
export type EmployerOffer = z.infer<typeof employerOffer>;

export const screeningInput = deferred(() =>
  z
    .strictObject({
      planYear: z.int().check(z.minimum(MIN_PLAN_YEAR), z.maximum(MAX_PLAN_YEAR)),
      /** Decides the Medicaid guideline year (current guidelines, from the state's adoption date). */
      screeningDate: calendarDate,
      state: z.enum(US_STATES),
      county: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
      zip: z.optional(z.string().check(z.regex(/^\d{5}$/, { error: 'A ZIP code has 5 digits' }))),
      filingStatus: z.optional(z.enum(FILING_STATUSES)),
      /**
       * Second-lowest-cost silver premium, per month, for the members who would enrol with the credit
       * (HealthCare.gov or the state exchange's plan preview). Without it the credit is not computed.
       */
      benchmarkSilverMonthlyPremium: z.optional(z.nullable(monthlyPremium())),
      employerOffer: z.optional(employerOffer),
      household: z.array(member).check(z.minLength(1), z.maxLength(MAX_HOUSEHOLD_SIZE)),
    })
    .check(
      z.superRefine((input, ctx) => {
        const count = (role: Role) => input.household.filter((m) => m.role === role).length;
        if (count('filer') !== 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['household'],
            message: 'Exactly one member has the role "filer"',
            params: { code: 'one_filer' },
          });
        }
        const spouses = count('spouse');
        if (spouses > 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['household'],
            message: 'At most one member has the role "spouse"',
            params: { code: 'one_spouse' },
          });
        }
        const fs = input.filingStatus;
        if (spouses === 1 && (fs === 'single' || fs === 'head_of_household')) {
          ctx.addIssue({
            code: 'custom',
            path: ['filingStatus'],
            message: 'A household with a spouse files married_joint or married_separate',
            params: { code: 'spouse_needs_married_status' },
          });
        }
        if (input.employerOffer?.offeredTo === 'spouse' && spouses === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['employerOffer', 'offeredTo'],
            message: 'The offer is to the spouse, but no member has the role "spouse"',
            params: { code: 'no_spouse' },
          });
        }
      }),
    ),
);
/** What the caller sends (defaults may be left out). */
export type ScreeningInputRaw = z.input<typeof screeningInput>;
/** What the engine works on: parsed, with defaults filled in. */
export type ScreeningInput = z.output<typeof screeningInput>;

/** The filing status the engine uses: as given, else married_joint with a spouse, else single. */
export function effectiveFilingStatus(input: ScreeningInput): FilingStatus {
  if (input.filingStatus) return input.filingStatus;
  return input.household.some((m) => m.role === 'spouse') ? 'married_joint' : 'single';
}

// ── Output ──────────────────────────────────────────────────────────────────────────────────────

export const PROGRAMS = [
  'medicaid',
  'chip',
  'marketplace_aptc',
  'marketplace_no_aptc',
  'employer_coverage',
  'coverage_gap',
  'not_eligible',
] as const;
export type Program = (typeof PROGRAMS)[number];

export const CSR_LEVELS = ['94', '87', '73', 'none'] as const;
export type CsrLevel = (typeof CSR_LEVELS)[number];

/** One step of the "why": which rule, in plain language, and where the rule or figure comes from. */
export const reason = deferred(() =>
  z.strictObject({
    rule: z.string().check(z.minLength(1)),
    text: z.string().check(z.minLength(1)),
    source: z.string().check(z.minLength(1)),
  }),
);
export type Reason = z.infer<typeof reason>;

export const memberDetermination = deferred(() =>
  z.strictObject({
    /** Position of the member in the input's `household`. */
    index: z.int().check(z.minimum(0)),
    role: z.enum(ROLES),
    program: z.enum(PROGRAMS),
    /** A state program on top of `program` (ConnectorCare, MassHealth Family Assistance, …) or null. */
    stateProgram: z.nullable(z.string()),
    stateProgramDetail: z.nullable(z.string()),
    /** The member's monthly premium in the state program when the pack knows it, else null. */
    stateProgramMonthlyPremium: z.nullable(z.number()),
    reasons: z.array(reason),
  }),
);
export type MemberDetermination = z.infer<typeof memberDetermination>;

export const determination = deferred(() =>
  z.strictObject({
    planYear: z.int(),
    /** Ids of the rule packs used, federal first. */
    packs: z.array(z.string()),
    /** `id@version` of each pack used, so a stored screening says exactly which figures it used. */
    packVersions: z.array(z.string()),
    /** Household income as % of the poverty guideline for the credit (one decimal), or null. */
    fplPercent: z.nullable(z.number()),
    /** The same for Medicaid (current guideline), or null when no guideline is in force. */
    medicaidFplPercent: z.nullable(z.number()),
    members: z.array(memberDetermination),
    applicablePercentage: z.nullable(z.number()),
    expectedContributionMonthly: z.nullable(z.number()),
    /** 0 when nobody gets the credit; null when it cannot be computed (no benchmark, no table). */
    aptcMonthly: z.nullable(z.number()),
    aptcAnnual: z.nullable(z.number()),
    csrLevel: z.enum(CSR_LEVELS),
    /** Household-wide steps: household size, income, poverty-guideline ratios, the credit. */
    reasons: z.array(reason),
  }),
);
export type Determination = z.infer<typeof determination>;
