import type { ApiProblem } from './api-error';
import { problemsFromIssues } from './api-error';
import { type ApplicationV2, applicationV2 } from './application-v2';
import { authorization, PRIVACY_NOTICE_VERSION } from './authorization';
import { aNumberDigits, DOCUMENT_NUMBERS, IMMIGRATION_DOCUMENTS, ssnDigits } from './identity-v2';
import type { z } from './zod';

/**
 * A version-2 draft: what was typed, as strings, under flat field paths. Lists (members, incomes,
 * deductions) are a field holding space-separated keys, and each item's fields sit under its key
 * (`member.k2.firstName`), so removing a member never renames another member's fields.
 *
 *   members                     "m1 m2"
 *   member.m1.firstName         "Ana"
 *   member.m1.incomes           "i1"
 *   member.m1.income.i1.amount  "2,000"
 *   authorization.method        "oral"
 *
 * Yes/no answers are "yes" or "no"; multiple choices are space-separated values.
 */
export type DraftV2 = Partial<Record<string, string>>;

export const YES = 'yes';
export const NO = 'no';

/** The keys of a list field, in order. */
export function listKeys(draft: DraftV2, listField: string): string[] {
  return (draft[listField] ?? '').split(' ').filter(Boolean);
}

export const memberPath = (key: string, field: string) => `member.${key}.${field}`;
export const itemPath = (member: string, list: 'income' | 'deduction', key: string, f: string) =>
  `member.${member}.${list}.${key}.${f}`;

export type DraftV2Conversion =
  | { ok: true; application: ApplicationV2 }
  | { ok: false; problems: ApiProblem[] };

/** "$2,000.50" → 2000.5; anything else that is not a plain decimal number → null. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[$,\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Converts what was typed into a version-2 application, or says which fields are wrong and why. */
export function applicationFromDraftV2(draft: DraftV2): DraftV2Conversion {
  const problems: ApiProblem[] = [];
  const raw = (path: string) => draft[path]?.trim() ?? '';
  const opt = (path: string) => raw(path) || undefined;
  const req = requiredReader(draft, problems);
  const yesNo = (path: string) => {
    const v = req(path);
    return v === undefined ? undefined : v === YES;
  };
  const num = (path: string, required = true) => {
    const v = required ? req(path) : opt(path);
    if (v === undefined) return undefined;
    const n = parseAmount(v);
    if (n === null) problems.push({ path, code: 'not_a_number', message: 'Not a number' });
    return n ?? undefined;
  };
  const formatted = (path: string, parse: (s: string) => string | null, required: boolean) => {
    const v = required ? req(path) : opt(path);
    if (v === undefined) return undefined;
    return parse(v) ?? v.toUpperCase().replace(/[\s-]/g, '');
  };

  const members = listKeys(draft, 'members').map((k) => {
    const f = (name: string) => memberPath(k, name);
    const applying = yesNo(f('applying'));
    // Pregnancy is asked of female members only; for the others the answer is no.
    const pregnant = raw(f('sex')) === 'male' ? false : yesNo(f('pregnant'));
    const m: Record<string, unknown> = {
      firstName: req(f('firstName')),
      lastName: req(f('lastName')),
      dateOfBirth: req(f('dateOfBirth')),
      sex: req(f('sex')),
      relationship: req(f('relationship')),
      applying,
      pregnant,
      expectedChildren: pregnant ? num(f('expectedChildren')) : undefined,
      taxDependent: yesNo(f('taxDependent')),
      incomes: items(k, 'income', 'incomes'),
      deductions: items(k, 'deduction', 'deductions'),
      currentCoverage: raw(f('currentCoverage')).split(' ').filter(Boolean),
    };
    if (applying) {
      const hasSsn = raw(f('ssn')) !== '';
      m.ssn = hasSsn ? formatted(f('ssn'), ssnDigits, true) : undefined;
      m.ssnAbsentReason = hasSsn ? undefined : req(f('ssnAbsentReason'));
      m.citizenship = citizenship(k);
    }
    if (raw(f('offer')) === YES) {
      m.employerOffer = {
        employerName: req(f('offer.employerName')),
        selfOnlyMonthlyPremium: num(f('offer.selfOnlyMonthlyPremium')),
        meetsMinimumValue: yesNo(f('offer.meetsMinimumValue')),
      };
    } else req(f('offer'));
    return m;
  });

  function items(member: string, list: 'income' | 'deduction', listField: string) {
    return listKeys(draft, memberPath(member, listField)).map((key) => ({
      kind: req(itemPath(member, list, key, 'kind')),
      amount: num(itemPath(member, list, key, 'amount')),
      frequency: req(itemPath(member, list, key, 'frequency')),
    }));
  }

  function citizenship(k: string) {
    const f = (name: string) => memberPath(k, name);
    const usCitizen = yesNo(f('usCitizen'));
    if (usCitizen !== false) return { usCitizen };
    const eligible = yesNo(f('eligibleImmigrationStatus'));
    if (!eligible) return { usCitizen, eligibleImmigrationStatus: eligible };
    const type = req(f('document.type'));
    const known = (IMMIGRATION_DOCUMENTS as readonly string[]).includes(type ?? '');
    const needs = known ? DOCUMENT_NUMBERS[type as keyof typeof DOCUMENT_NUMBERS] : [];
    const doc: Record<string, unknown> = { type };
    const need = (n: (typeof needs)[number]) => needs.includes(n);
    if (need('aNumber')) doc.aNumber = formatted(f('document.aNumber'), aNumberDigits, true);
    if (need('cardNumber')) doc.cardNumber = formatted(f('document.cardNumber'), () => null, true);
    if (need('i94Number')) doc.i94Number = formatted(f('document.i94Number'), () => null, true);
    if (need('passportNumber')) {
      doc.passportNumber = formatted(f('document.passportNumber'), () => null, true);
      doc.passportCountry = req(f('document.passportCountry'))?.toUpperCase();
    }
    if (need('description')) doc.description = req(f('document.description'));
    return { usCitizen, eligibleImmigrationStatus: eligible, document: doc };
  }

  reportRevoked(draft, problems);
  const authorization = authorizationOf(draft, req);
  const plansToFile = yesNo('taxFiling.plansToFile');
  const candidate = {
    authorization,
    members,
    address: {
      street: req('address.street'),
      unit: opt('address.unit'),
      city: req('address.city'),
      state: req('address.state')?.toUpperCase(),
      zip: req('address.zip'),
    },
    contact: {
      phone: opt('contact.phone')
        ?.replace(/[^\d]/g, '')
        .replace(/^1(\d{10})$/, '$1'),
      email: opt('contact.email'),
      preferredLanguage: raw('contact.preferredLanguage') || 'en',
    },
    taxFiling: {
      plansToFile,
      filingStatus: plansToFile ? req('taxFiling.filingStatus') : undefined,
    },
    signature: {
      typedName: req('signature.typedName'),
      date: req('signature.date'),
      attestsTrue: raw('signature.attestsTrue') === YES ? true : undefined,
      assisterId: req('signature.assisterId'),
    },
  };
  const parsed = applicationV2.safeParse(dropUndefined(candidate));
  if (parsed.success && problems.length === 0) return { ok: true, application: parsed.data };
  return { ok: false, problems: withIssues(draft, problems, parsed.error?.issues ?? []) };
}

/**
 * The problems of the authorization alone: those `applicationFromDraftV2` finds under
 * `authorization.`, in the same order, without converting and parsing the rest of the application.
 * The wizard asks at every key whether the application is authorized (no step opens before it):
 * the whole conversion cost 4 ms of each key at 4x (issue 8, the field change).
 */
export function authorizationProblems(draft: DraftV2): ApiProblem[] {
  const problems: ApiProblem[] = [];
  reportRevoked(draft, problems);
  const parsed = authorization.safeParse(authorizationOf(draft, requiredReader(draft, problems)));
  return withIssues(draft, problems, parsed.error?.issues ?? [], 'authorization');
}

/** Reads a field as typed (trimmed); a blank one goes into `problems` as required. */
function requiredReader(draft: DraftV2, problems: ApiProblem[]) {
  return (path: string) => {
    const v = draft[path]?.trim() ?? '';
    if (v === '') problems.push({ path, code: 'required', message: 'Required' });
    return v || undefined;
  };
}

/** A withdrawn authorization ends the application: nothing more may be sent (P1). */
function reportRevoked(draft: DraftV2, problems: ApiProblem[]): void {
  if (draft['authorization.revokedAt']?.trim()) {
    problems.push({
      path: 'authorization.method',
      code: 'authorization_revoked',
      message: 'Revoked',
    });
  }
}

/**
 * The problems found while reading the draft, then zod's under the draft's field names (`prefix`:
 * where the parsed object sits in the application). A field already reported as missing or not a
 * number is not reported twice.
 */
function withIssues(
  draft: DraftV2,
  problems: ApiProblem[],
  issues: readonly z.core.$ZodIssue[],
  prefix = '',
): ApiProblem[] {
  const reported = new Set(problems.map((p) => p.path));
  const more = problemsFromIssues(issues, prefix)
    .map((p) => (p.path ? { ...p, path: draftPathFor(draft, p.path) } : p))
    .filter((p) => !reported.has(p.path));
  return [...problems, ...more];
}

/**
 * The draft field holding the authorization as it was recorded (`{ id, recordedAt, authorization }`
 * as JSON): what the exchange keeps under that id (src/schema/consent-record.ts).
 */
export const AUTHORIZATION_RECORD_FIELD = 'authorization.record';

/**
 * The authorization as typed, not yet checked (the `authorization` schema does): what the
 * application carries and what the exchange keeps on its own when it is recorded.
 */
export function authorizationOf(
  draft: DraftV2,
  req: (path: string) => string | undefined = (path) => draft[path]?.trim() || undefined,
) {
  const raw = (path: string) => draft[path]?.trim() ?? '';
  const method = req('authorization.method');
  const representative = req('authorization.representative');
  return dropUndefined({
    noticeVersion: raw('authorization.noticeVersion') || PRIVACY_NOTICE_VERSION,
    method,
    givenBy: req('authorization.givenBy'),
    representative: representative === undefined ? undefined : representative === YES,
    date: req('authorization.date'),
    assister: { name: req('authorization.assisterName'), id: req('authorization.assisterId') },
    limits: raw('authorization.limits'),
    signature: method === 'signed' ? req('authorization.signature') : undefined,
  });
}

/** Removes undefined properties, so that a missing optional answer is absent, not `undefined`. */
function dropUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(dropUndefined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, dropUndefined(v)]),
    ) as T;
  }
  return value;
}

const RENAMED: Record<string, string> = {
  'authorization.assister.name': 'authorization.assisterName',
  'authorization.assister.id': 'authorization.assisterId',
};

/**
 * The draft field behind a path of the application (`members.1.citizenship.document.aNumber` →
 * `member.m2.document.aNumber`): where local and exchange errors are shown.
 */
export function draftPathFor(draft: DraftV2, path: string): string {
  const renamed = RENAMED[path];
  if (renamed) return renamed;
  const parts = path.split('.');
  if (parts[0] !== 'members' || parts[1] === undefined) return path;
  const key = listKeys(draft, 'members')[Number(parts[1])];
  if (!key) return path;
  const rest = parts.slice(2);
  const [head, index, ...tail] = rest;
  if ((head === 'incomes' || head === 'deductions') && index !== undefined) {
    const list = head === 'incomes' ? 'income' : 'deduction';
    const itemKey = listKeys(draft, memberPath(key, head))[Number(index)];
    if (itemKey) return itemPath(key, list, itemKey, tail.join('.'));
  }
  const field = rest
    .join('.')
    .replace(/^citizenship\.document\./, 'document.')
    .replace(/^citizenship\./, '')
    .replace(/^employerOffer\./, 'offer.');
  return memberPath(key, field);
}
