import type { ApiProblem } from '../../../schema/api-error';
import { problemsFromIssues } from '../../../schema/api-error';
import { FREQUENCIES, type Frequency, PAYMENTS_PER_YEAR } from '../../../schema/application-v2';
import {
  type ImmigrationStatus,
  type IncomeType,
  type Role,
  type ScreeningInput,
  type ScreeningInputRaw,
  screeningInput,
} from '../../../schema/screening';

/**
 * The "Check eligibility" form as typed (strings, as in the application's draft), and its
 * conversion into the screener's input: local checks first (a field left empty, a number that is
 * not one), then the shared zod schema `screeningInput`, the same one `npm run screen` uses. Every
 * problem names the id of the field it belongs to, so it shows next to that field.
 */

/** The open enrollment under way (for plan year 2027): what the form starts with. */
export const DEFAULT_PLAN_YEAR = 2027;

export type IncomeRow = { key: string; type: IncomeType | ''; amount: string; frequency: string };
export type MemberRow = {
  key: string;
  role: Role;
  age: string;
  pregnant: boolean;
  expectedChildren: string;
  immigrationStatus: ImmigrationStatus;
  /** Years in that status (optional): Medicaid's five-year bar for most green card holders. */
  yearsInStatus: string;
  medicare: boolean;
  incarcerated: boolean;
  incomes: IncomeRow[];
};
export type CheckForm = {
  planYear: string;
  state: string;
  zip: string;
  county: string;
  /** Second-lowest-cost silver premium a month, for the people who would enrol (optional). */
  benchmark: string;
  hasOffer: boolean;
  offeredTo: 'filer' | 'spouse';
  offerSelfOnly: string;
  offerFamily: string;
  offerMinimumValue: boolean;
  members: MemberRow[];
  /** Source of unique keys for members and incomes (field ids stay put when rows are removed). */
  nextKey: number;
};

export function newMember(key: string, role: Role): MemberRow {
  return {
    key,
    role,
    age: '',
    pregnant: false,
    expectedChildren: '',
    immigrationStatus: 'citizen',
    yearsInStatus: '',
    medicare: false,
    incarcerated: false,
    incomes: [],
  };
}

export function emptyForm(): CheckForm {
  return {
    planYear: String(DEFAULT_PLAN_YEAR),
    state: '',
    zip: '',
    county: '',
    benchmark: '',
    hasOffer: false,
    offeredTo: 'filer',
    offerSelfOnly: '',
    offerFamily: '',
    offerMinimumValue: true,
    members: [newMember('k1', 'filer')],
    nextKey: 2,
  };
}

/** The id of a field: the form's own (`check-state`) or a member's (`check-k2-age`). */
export const fieldId = (...parts: string[]) => ['check', ...parts].join('-');

export type FieldProblem = ApiProblem & { id: string };

export type Conversion =
  | { ok: true; input: ScreeningInput; raw: ScreeningInputRaw }
  | { ok: false; problems: FieldProblem[] };

const CENTS = 100;

/** "$2,000.50" → 2000.5, "-300" → -300; anything else → null. */
export function parseMoney(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null;
}

export function annualAmount(amount: number, frequency: Frequency): number {
  return Math.round(amount * PAYMENTS_PER_YEAR[frequency] * CENTS) / CENTS;
}

const isFrequency = (v: string): v is Frequency => (FREQUENCIES as readonly string[]).includes(v);

/**
 * `barred`: the statuses a rule pack counts years for (its five-year bar); only for those is the
 * number of years asked and sent.
 */
export function toScreeningInput(
  form: CheckForm,
  screeningDate: string,
  barred: ReadonlySet<string> = new Set(),
): Conversion {
  const problems: FieldProblem[] = [];
  const problem = (id: string, path: string, code: string) =>
    problems.push({ id, path, code, message: code });
  const required = (value: string, id: string, path: string) => {
    if (value.trim() === '') problem(id, path, 'required');
    return value.trim();
  };
  const number = (value: string, id: string, path: string, optional = false) => {
    if (optional && value.trim() === '') return undefined;
    if (required(value, id, path) === '') return undefined;
    const n = parseMoney(value);
    if (n === null) problem(id, path, 'not_a_number');
    return n ?? undefined;
  };
  const whole = (value: string, id: string, path: string) => {
    const n = number(value, id, path);
    if (n !== undefined && !Number.isInteger(n)) problem(id, path, 'not_a_number');
    return n;
  };

  const state = required(form.state, fieldId('state'), 'state');
  const household = form.members.map((m) => {
    const f = (name: string) => fieldId(m.key, name);
    // In the order of the form, so the error summary reads from top to bottom.
    const age = whole(m.age, f('age'), 'age') ?? 0;
    const expectedChildren = m.pregnant
      ? (whole(m.expectedChildren, f('children'), 'children') ?? 0)
      : 0;
    const years =
      barred.has(m.immigrationStatus) && m.yearsInStatus.trim() !== ''
        ? number(m.yearsInStatus, f('years'), 'yearsInStatus')
        : undefined;
    const incomes = m.incomes.map((i) => {
      const g = (name: string) => fieldId(m.key, i.key, name);
      const type = required(i.type, g('type'), 'type');
      const amount = number(i.amount, g('amount'), 'amount');
      const frequency = required(i.frequency, g('frequency'), 'frequency');
      const annual =
        amount !== undefined && isFrequency(frequency) ? annualAmount(amount, frequency) : 0;
      return { type: type as IncomeType, annual };
    });
    return {
      role: m.role,
      age,
      pregnant: m.pregnant,
      expectedChildren,
      immigrationStatus: m.immigrationStatus,
      yearsInStatus: years ?? null,
      medicare: m.medicare,
      incarcerated: m.incarcerated,
      incomes,
    };
  });
  const benchmark = number(form.benchmark, fieldId('benchmark'), 'benchmark', true);
  const raw: ScreeningInputRaw = {
    planYear: Number(form.planYear),
    screeningDate,
    state: state as ScreeningInputRaw['state'],
    household,
  };
  if (form.zip.trim()) raw.zip = form.zip.trim();
  if (form.county.trim()) raw.county = form.county.trim();
  if (benchmark !== undefined) raw.benchmarkSilverMonthlyPremium = benchmark;
  if (form.hasOffer) {
    const selfOnly = number(form.offerSelfOnly, fieldId('offer', 'self'), 'offerSelfOnly');
    const family = number(form.offerFamily, fieldId('offer', 'family'), 'offerFamily', true);
    raw.employerOffer = {
      offeredTo: form.offeredTo,
      selfOnlyEmployeeMonthly: selfOnly ?? 0,
      familyEmployeeMonthly: family ?? null,
      meetsMinimumValue: form.offerMinimumValue,
    };
  }
  const parsed = screeningInput.safeParse(raw);
  if (!parsed.success) {
    const reported = new Set(problems.map((p) => p.id));
    for (const p of problemsFromIssues(parsed.error.issues)) {
      const id = idForPath(form, p.path ?? '');
      if (!reported.has(id)) problems.push({ ...p, id });
      reported.add(id);
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, input: parsed.data, raw };
}

const TOP_FIELDS: Record<string, string> = {
  planYear: fieldId('planYear'),
  state: fieldId('state'),
  zip: fieldId('zip'),
  county: fieldId('county'),
  benchmarkSilverMonthlyPremium: fieldId('benchmark'),
  'employerOffer.offeredTo': fieldId('offer', 'to'),
  'employerOffer.selfOnlyEmployeeMonthly': fieldId('offer', 'self'),
  'employerOffer.familyEmployeeMonthly': fieldId('offer', 'family'),
};

/** The field a schema path belongs to (`household.1.incomes.0.annual` → `check-k2-k3-amount`). */
export function idForPath(form: CheckForm, path: string): string {
  const top = TOP_FIELDS[path];
  if (top) return top;
  const [head, index, field, itemIndex] = path.split('.');
  const first = form.members[0]?.key ?? 'k1';
  if (head !== 'household' || index === undefined) return fieldId(first, 'role');
  const member = form.members[Number(index)];
  if (!member) return fieldId(first, 'role');
  if (field === 'incomes' && itemIndex !== undefined) {
    const item = member.incomes[Number(itemIndex)];
    if (item) return fieldId(member.key, item.key, 'amount');
  }
  if (field === 'expectedChildren') return fieldId(member.key, 'children');
  if (field === 'yearsInStatus') return fieldId(member.key, 'years');
  if (field === 'age' || field === 'immigrationStatus') return fieldId(member.key, field);
  return fieldId(member.key, 'role');
}
