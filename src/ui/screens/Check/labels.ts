import type { MessageKey } from '../../i18n/catalog';
import type { CheckForm } from './check-form';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

const OWN: Record<string, MessageKey> = {
  'check-planYear': 'check.planYear',
  'check-state': 'address.state',
  'check-zip': 'check.zip',
  'check-county': 'check.county',
  'check-benchmark': 'check.benchmark',
  'check-offer-to': 'check.offeredTo',
  'check-offer-self': 'member.offer.selfOnlyMonthlyPremium',
  'check-offer-family': 'check.offerFamily',
};

const MEMBER: Record<string, MessageKey> = {
  role: 'check.role',
  age: 'check.age',
  immigrationStatus: 'check.status',
  children: 'member.expectedChildren',
  years: 'check.yearsInStatus',
};

const INCOME: Record<string, MessageKey> = {
  type: 'income.kind',
  amount: 'income.amount',
  frequency: 'income.frequency',
};

/**
 * The words an error summary uses for a field: its label, and for a person's field whose it is
 * ("Person 2, Age"), so that five "This field is required" lines say which five fields.
 */
export function labelFor(id: string, form: CheckForm, t: T): string {
  const own = OWN[id];
  if (own) return t(own);
  const [, memberKey, second, third] = id.split('-');
  const index = form.members.findIndex((m) => m.key === memberKey);
  const person = t('household.person', { n: index + 1 });
  const member = second ? MEMBER[second] : undefined;
  if (member) return `${person}, ${t(member)}`;
  const item = form.members[index]?.incomes.findIndex((i) => i.key === second) ?? -1;
  const income = third ? INCOME[third] : undefined;
  if (income && item >= 0) {
    return `${person}, ${t('item.number', { n: item + 1 })}, ${t(income)}`;
  }
  return person;
}
