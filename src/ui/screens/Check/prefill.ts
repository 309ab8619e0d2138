import type { INCOME_KINDS } from '../../../schema/application-v2';
import { type DraftV2, itemPath, memberPath, NO, YES } from '../../../schema/draft-v2';
import type { ImmigrationStatus, IncomeType, Role } from '../../../schema/screening';
import type { CheckForm, MemberRow } from './check-form';
import { parseMoney } from './check-form';

/**
 * A version-2 draft started from an eligibility check: only the answers the check really has, in
 * the fields of the application that mean the same thing. Nothing is invented: the check knows an
 * age but not a date of birth, a dependent but not whether a son or a niece, so those stay empty
 * for the assister to ask. Incomes keep the amount and how often, as typed.
 */

type IncomeKind = (typeof INCOME_KINDS)[number];

/** The application's kind of income for each screener kind; null: not income on the application. */
const INCOME_KIND: Record<IncomeType, IncomeKind | null> = {
  wages: 'job',
  self_employment: 'self_employment',
  unemployment: 'unemployment',
  social_security: 'social_security',
  social_security_nontaxable: 'social_security',
  retirement: 'retirement',
  tax_exempt_interest: 'other',
  alimony: 'other',
  other: 'other',
  // Not counted toward MAGI, and the application does not ask for them.
  child_support_received: null,
  ssi: null,
  veterans_benefits: null,
  gifts: null,
};

/** Filer and spouse: on the return, nobody's dependent; the filer is the applicant ("self"). */
const RELATIONSHIP: Record<Role, string | null> = {
  filer: 'self',
  spouse: 'spouse',
  dependent: null,
};

const ELIGIBLE_STATUS: Record<ImmigrationStatus, string | null> = {
  citizen: null,
  lpr: YES,
  refugee: YES,
  asylee: YES,
  lawfully_present_other: YES,
  undocumented: NO,
};

export function draftFromCheck(form: CheckForm): DraftV2 {
  const draft: DraftV2 = {};
  // The application's first person is the applicant: the one filing taxes comes first.
  const members = [
    ...form.members.filter((m) => m.role === 'filer'),
    ...form.members.filter((m) => m.role !== 'filer'),
  ];
  let incomeCount = 0;
  const keys = members.map((member, i) => {
    const key = `m${i + 1}`;
    const set = (field: string, value: string | null) => {
      if (value !== null) draft[memberPath(key, field)] = value;
    };
    set('relationship', RELATIONSHIP[member.role]);
    set('taxDependent', member.role === 'dependent' ? YES : NO);
    if (member.pregnant) {
      set('pregnant', YES);
      set('expectedChildren', member.expectedChildren.trim());
    }
    set('usCitizen', member.immigrationStatus === 'citizen' ? YES : NO);
    set('eligibleImmigrationStatus', ELIGIBLE_STATUS[member.immigrationStatus]);
    if (member.medicare) set('currentCoverage', 'medicare');
    if (form.hasOffer && form.offeredTo === member.role) {
      set('offer', YES);
      set('offer.selfOnlyMonthlyPremium', cleanAmount(form.offerSelfOnly));
      set('offer.meetsMinimumValue', form.offerMinimumValue ? YES : NO);
    }
    const incomeKeys = incomesOf(member).map(({ kind, amount, frequency }) => {
      incomeCount += 1;
      const itemKey = `i${incomeCount}`;
      draft[itemPath(key, 'income', itemKey, 'kind')] = kind;
      draft[itemPath(key, 'income', itemKey, 'amount')] = amount;
      draft[itemPath(key, 'income', itemKey, 'frequency')] = frequency;
      return itemKey;
    });
    if (incomeKeys.length > 0) set('incomes', incomeKeys.join(' '));
    return key;
  });
  draft.members = keys.join(' ');
  if (form.state) draft['address.state'] = form.state;
  if (form.zip.trim()) draft['address.zip'] = form.zip.trim();
  return draft;
}

function incomesOf(member: MemberRow) {
  return member.incomes.flatMap((i) => {
    const kind = i.type === '' ? null : INCOME_KIND[i.type];
    return kind ? [{ kind, amount: cleanAmount(i.amount), frequency: i.frequency }] : [];
  });
}

/** "$2,000.50" → "2000.5": the number as the application's amount field reads it. */
function cleanAmount(text: string): string {
  const n = parseMoney(text);
  return n === null ? text.trim() : String(n);
}
