import { z } from 'zod';
import { IMMIGRATION_STATUSES } from '../schema/screening';
import { calendarDate } from '../schema/text';
import { US_STATES } from '../schema/us-states';

/**
 * The shape of a rule pack (README.md beside this file says how to add one). Bump the format
 * version when a change would make an older engine misread a pack; add optional fields otherwise.
 */
export const PACK_FORMAT_VERSION = 1;

/** Where a figure comes from: a statute, regulation, notice or agency page, never "common knowledge". */
const source = z.string().min(3);
/** FPL percentages are whole-number percents (138 = 138%), as in eligibility-facts.json. */
const fplPct = z.number().min(0).max(1000);
/** Applicable percentages and actuarial values are fractions (0.0996 = 9.96%). */
const fraction = z.number().min(0).max(1);
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
  error: 'A month and day as MM-DD',
});

/** A figure the pack could not find in an official source: the engine must say so, not guess. */
const missing = z.strictObject({
  status: z.literal('missing'),
  reason: z.string().min(3),
  searched: z.array(z.string().min(3)).min(1),
});

const guideline = z.strictObject({
  base: z.number().positive(),
  perPerson: z.number().positive(),
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
  toPct: fplPct.nullable(),
  initial: fraction,
  final: fraction,
});

const applicablePercentage = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('published'),
    bands: z.array(applicableBand).min(1),
    /** 26 CFR 1.36B-3(g)(1): rounded to the nearest one-hundredth of one percent = 4 decimals. */
    roundToDecimals: z.int().min(2).max(10),
    roundingSource: source,
    source,
  }),
  missing,
]);

const requiredContribution = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('published'), value: fraction, source }),
  missing,
]);

const nullablePct = fplPct.nullable();

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
  note: z.string().optional(),
});
export type StateLimits = z.infer<typeof stateLimits>;

const statusList = z.array(z.enum(IMMIGRATION_STATUSES)).min(1);

const federalPack = z.strictObject({
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  kind: z.literal('federal'),
  id: z.string().regex(/^federal-\d{4}$/),
  version: z.string().min(1),
  planYear: z.int(),
  description: z.string(),
  povertyGuidelines: z.array(povertyGuideline).min(1),
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
      .min(1),
    source,
  }),
  medicaid: z.strictObject({
    limitsSource: source,
    limitsNote: z.string(),
    states: z.record(z.enum(US_STATES), stateLimits),
    /** Status lists by the date they take effect; the latest one on or before the screening date. */
    eligibleStatuses: z
      .array(z.strictObject({ from: calendarDate, statuses: statusList, source }))
      .min(1),
    fiveYearBar: z.strictObject({ statuses: statusList, years: z.int().min(1), source }),
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
        planType: z.string().min(1),
        /** Lower edge exclusive (null: no lower edge), upper edge inclusive. */
        abovePct: nullablePct,
        upToPct: fplPct,
        /** Enrollee premium for the lowest-cost plan, per person per month; null when unknown. */
        enrolleeMonthlyPremium: z.number().min(0).nullable(),
      }),
    )
    .min(1),
  premiumSource: source,
  source,
});

const massHealth = z.strictObject({
  chipProgramName: z.string().min(1),
  emergencyProgramName: z.string().min(1),
  familyAssistancePremiums: z.strictObject({
    bands: z.array(
      z.strictObject({ abovePct: fplPct, upToPct: fplPct, perChildMonthly: z.number().min(0) }),
    ),
    maxChildren: z.int().min(1),
    source,
  }),
  healthSafetyNet: z.strictObject({
    programName: z.string().min(1),
    fullUpToPct: fplPct,
    partialUpToPct: fplPct,
    source,
  }),
});

const statePack = z.strictObject({
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  kind: z.literal('state'),
  id: z.string().regex(/^[A-Z]{2}-\d{4}$/),
  version: z.string().min(1),
  planYear: z.int(),
  state: z.enum(US_STATES),
  description: z.string(),
  /** The day each year the state starts using the new poverty guidelines for Medicaid/CHIP. */
  medicaidGuidelineAdoption: z.strictObject({ monthDay, source }),
  massHealth: massHealth.optional(),
  connectorCare: connectorCare.optional(),
});
export type StatePack = z.infer<typeof statePack>;

export const rulePack = z.discriminatedUnion('kind', [federalPack, statePack]);
export type RulePack = z.infer<typeof rulePack>;
export type ConnectorCare = z.infer<typeof connectorCare>;
export type MassHealth = z.infer<typeof massHealth>;
export type PovertyGuideline = z.infer<typeof povertyGuideline>;
