import { IMMIGRATION_STATUSES } from '../schema/screening';
import { calendarDate } from '../schema/text';
import { US_STATES } from '../schema/us-states';
import { z } from '../schema/zod';

/**
 * The shape of a rule pack (README.md beside this file says how to add one). Bump the format
 * version when a change would make an older engine misread a pack; add optional fields otherwise.
 */
export const PACK_FORMAT_VERSION = 1;

/** Where a figure comes from: a statute, regulation, notice or agency page, never "common knowledge". */
const source = z.string().check(z.minLength(3));
/** FPL percentages are whole-number percents (138 = 138%), as in eligibility-facts.json. */
const fplPct = z.number().check(z.minimum(0), z.maximum(1000));
/** Applicable percentages and actuarial values are fractions (0.0996 = 9.96%). */
const fraction = z.number().check(z.minimum(0), z.maximum(1));
const monthDay = z
  .string()
  .check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'A month and day as MM-DD' }));

/** A figure the pack could not find in an official source: the engine must say so, not guess. */
const missing = z.strictObject({
  status: z.literal('missing'),
  reason: z.string().check(z.minLength(3)),
  searched: z.array(z.string().check(z.minLength(3))).check(z.minLength(1)),
});

const guideline = z.strictObject({
  base: z.number().check(z.positive()),
  perPerson: z.number().check(z.positive()),
});

const povertyGuideline = z.strictObject({
  year: z.int(),
  /** 48 contiguous states and DC; Alaska and Hawaii have their own. */
  contiguous: guideline,
  AK: guideline,
  HI: guideline,
  /** Federal Register publication date: the earliest a state can adopt it for Medicaid. */
  publishedOn: calendarDate,
  source,
});

const applicableBand = z.strictObject({
  /** "At least" this percent… */
  fromPct: fplPct,
  /** …"but less than" this one (the last band: "not more than"); null for no upper edge. */
  toPct: z.nullable(fplPct),
  initial: fraction,
  final: fraction,
});

const applicablePercentage = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('published'),
    bands: z.array(applicableBand).check(z.minLength(1)),
    /** 26 CFR 1.36B-3(g)(1): rounded to the nearest one-hundredth of one percent = 4 decimals. */
    roundToDecimals: z.int().check(z.minimum(2), z.maximum(10)),
    roundingSource: source,
    source,
  }),
  missing,
]);

const requiredContribution = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('published'), value: fraction, source }),
  missing,
]);

const nullablePct = z.nullable(fplPct);

/** A state's MAGI Medicaid and CHIP limits, each already including the 5-point disregard. */
const stateLimits = z.strictObject({
  expansion: z.boolean(),
  adultPct: nullablePct,
  parentPct: nullablePct,
  pregnantMedicaidPct: nullablePct,
  pregnantChipPct: nullablePct,
  unbornChildChipPct: nullablePct,
  infantMedicaidPct: nullablePct,
  child1to5MedicaidPct: nullablePct,
  child6to18MedicaidPct: nullablePct,
  youngAdult19to20MedicaidPct: nullablePct,
  separateChipChildPct: nullablePct,
  note: z.optional(z.string()),
});
export type StateLimits = z.infer<typeof stateLimits>;

const statusList = z.array(z.enum(IMMIGRATION_STATUSES)).check(z.minLength(1));

const federalPack = z.strictObject({
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  kind: z.literal('federal'),
  id: z.string().check(z.regex(/^federal-\d{4}$/)),
  version: z.string().check(z.minLength(1)),
  planYear: z.int(),
  description: z.string(),
  povertyGuidelines: z.array(povertyGuideline).check(z.minLength(1)),
  /** Guideline years that are not published yet (the engine says so when it would need one). */
  povertyGuidelinesMissing: z.array(z.strictObject({ year: z.int(), reason: z.string() })),
  ptc: z.strictObject({
    guidelineYear: z.int(),
    guidelineYearSource: source,
    incomeFloorPct: fplPct,
    /** Household income above this % gets no credit; null when there is no cliff that year. */
    cliffAbovePct: nullablePct,
    eligibilitySource: source,
    lawfullyPresentBelowFloor: z.strictObject({ allowed: z.boolean(), source }),
    eligibleStatuses: z.strictObject({ statuses: statusList, note: z.string(), source }),
    marriedFilingSeparatelySource: source,
  }),
  applicablePercentage,
  requiredContributionPercentage: requiredContribution,
  csr: z.strictObject({
    /** Lower edge exclusive, upper edge inclusive, in order; the first starts where APTC does. */
    bands: z
      .array(z.strictObject({ level: z.enum(['94', '87', '73']), upToPct: fplPct, av: fraction }))
      .check(z.minLength(1)),
    source,
  }),
  medicaid: z.strictObject({
    limitsSource: source,
    limitsNote: z.string(),
    states: z.record(z.enum(US_STATES), stateLimits),
    /** Status lists by the date they take effect; the latest one on or before the screening date. */
    eligibleStatuses: z
      .array(z.strictObject({ from: calendarDate, statuses: statusList, source }))
      .check(z.minLength(1)),
    fiveYearBar: z.strictObject({
      statuses: statusList,
      years: z.int().check(z.minimum(1)),
      source,
    }),
    /** How other members count a pregnant woman (state option): as 1, or as 1 + expected children. */
    pregnancyCountForOthers: z.enum(['one', 'one_plus_expected']),
    pregnancyCountSource: source,
  }),
});
export type FederalPack = z.infer<typeof federalPack>;

const connectorCare = z.strictObject({
  planTypes: z
    .array(
      z.strictObject({
        planType: z.string().check(z.minLength(1)),
        /** Lower edge exclusive (null: no lower edge), upper edge inclusive. */
        abovePct: nullablePct,
        upToPct: fplPct,
        /** Enrollee premium for the lowest-cost plan, per person per month; null when unknown. */
        enrolleeMonthlyPremium: z.nullable(z.number().check(z.minimum(0))),
      }),
    )
    .check(z.minLength(1)),
  premiumSource: source,
  source,
});

const massHealth = z.strictObject({
  chipProgramName: z.string().check(z.minLength(1)),
  emergencyProgramName: z.string().check(z.minLength(1)),
  familyAssistancePremiums: z.strictObject({
    bands: z.array(
      z.strictObject({
        abovePct: fplPct,
        upToPct: fplPct,
        perChildMonthly: z.number().check(z.minimum(0)),
      }),
    ),
    maxChildren: z.int().check(z.minimum(1)),
    source,
  }),
  healthSafetyNet: z.strictObject({
    programName: z.string().check(z.minLength(1)),
    fullUpToPct: fplPct,
    partialUpToPct: fplPct,
    source,
  }),
});

const statePack = z.strictObject({
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  kind: z.literal('state'),
  id: z.string().check(z.regex(/^[A-Z]{2}-\d{4}$/)),
  version: z.string().check(z.minLength(1)),
  planYear: z.int(),
  state: z.enum(US_STATES),
  description: z.string(),
  /** The day each year the state starts using the new poverty guidelines for Medicaid/CHIP. */
  medicaidGuidelineAdoption: z.strictObject({ monthDay, source }),
  massHealth: z.optional(massHealth),
  connectorCare: z.optional(connectorCare),
});
export type StatePack = z.infer<typeof statePack>;

export const rulePack = z.discriminatedUnion('kind', [federalPack, statePack]);
export type RulePack = z.infer<typeof rulePack>;
export type ConnectorCare = z.infer<typeof connectorCare>;
export type MassHealth = z.infer<typeof massHealth>;
export type PovertyGuideline = z.infer<typeof povertyGuideline>;
