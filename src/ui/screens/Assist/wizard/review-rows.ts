import { type DraftV2, listKeys, memberPath, parseAmount, YES } from '../../../../schema/draft-v2';
import type { MessageKey, Translator } from '../../../i18n/catalog';
import { TAGLINES } from '../../Languages/taglines';
import { applyingMembers, memberName, type StepId } from './steps';

export interface Row {
  label: string;
  value: string;
}

type T = Translator;

const yesNo = (t: T, v: string | undefined) =>
  v ? t.t(v === YES ? 'answer.yes' : 'answer.no') : '';
const option = (t: T, prefix: string, v: string | undefined) =>
  v ? t.t(`${prefix}.${v}` as MessageKey) : '';

/**
 * What the review page shows for one step, in the applicant's language. Identity numbers are not
 * shown back (the screen may be seen by others at an event): only that they were given.
 */
export function reviewRows(step: StepId, d: DraftV2, t: T): Row[] {
  const members = listKeys(d, 'members');
  const name = (k: string) => memberName(d, k) ?? t.t('member.thisPerson');
  const m = (k: string, f: string) => d[memberPath(k, f)];
  const date = (v: string | undefined) =>
    v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? t.date(`${v}T12:00:00`) : (v ?? '');
  switch (step) {
    case 'authorization':
      return [
        { label: t.t('auth.method'), value: option(t, 'authMethod', d['authorization.method']) },
        { label: t.t('auth.givenBy'), value: d['authorization.givenBy'] ?? '' },
        { label: t.t('auth.date'), value: date(d['authorization.date']) },
        {
          label: t.t('auth.assisterName'),
          value: `${d['authorization.assisterName'] ?? ''} (${d['authorization.assisterId'] ?? ''})`,
        },
        { label: t.t('auth.limits'), value: d['authorization.limits'] || t.t('review.none') },
      ];
    case 'household':
      return members.flatMap((k) => [
        {
          label: name(k),
          value: [
            date(m(k, 'dateOfBirth')),
            option(t, 'sex', m(k, 'sex')),
            option(t, 'relationship', m(k, 'relationship')),
          ]
            .filter(Boolean)
            .join(' · '),
        },
        { label: t.t('member.applying', { name: name(k) }), value: yesNo(t, m(k, 'applying')) },
      ]);
    case 'identity':
      return applyingMembers(d).map((k) => ({
        label: t.t('member.ssn', { name: name(k) }),
        value: m(k, 'ssn')?.trim()
          ? t.t('review.hidden')
          : option(t, 'ssnReason', m(k, 'ssnAbsentReason')),
      }));
    case 'citizenship':
      return applyingMembers(d).map((k) => ({
        label: t.t('member.usCitizen', { name: name(k) }),
        value: [yesNo(t, m(k, 'usCitizen')), option(t, 'documentKind', m(k, 'document.type'))]
          .filter(Boolean)
          .join(' · '),
      }));
    case 'contact': {
      const lang = d['contact.preferredLanguage'];
      return [
        {
          label: t.t('address.street'),
          value: [
            d['address.street'],
            d['address.unit'],
            d['address.city'],
            d['address.state'],
            d['address.zip'],
          ]
            .filter(Boolean)
            .join(', '),
        },
        { label: t.t('contact.phone'), value: d['contact.phone'] || t.t('review.none') },
        { label: t.t('contact.email'), value: d['contact.email'] || t.t('review.none') },
        {
          label: t.t('contact.preferredLanguage'),
          value:
            TAGLINES.find((tl) => tl.lang === lang)?.name ??
            (lang === 'en' ? 'English' : (lang ?? '')),
        },
      ];
    }
    case 'income':
      return members.map((k) => {
        const items = listKeys(d, memberPath(k, 'incomes')).map((i) => {
          const p = (f: string) => d[`member.${k}.income.${i}.${f}`];
          const amount = parseAmount(p('amount') ?? '');
          return `${option(t, 'incomeKind', p('kind'))}: ${amount === null ? (p('amount') ?? '') : t.money(amount)} ${option(t, 'frequency', p('frequency')).toLowerCase()}`;
        });
        return {
          label: t.t('income.heading', { name: name(k) }),
          value: items.join('; ') || t.t('review.none'),
        };
      });
    case 'coverage':
      return members.map((k) => ({
        label: name(k),
        value:
          [
            ...(m(k, 'currentCoverage') ?? '')
              .split(' ')
              .filter(Boolean)
              .map((c) => option(t, 'coverageKind', c)),
            m(k, 'offer') === YES ? m(k, 'offer.employerName') : '',
            m(k, 'pregnant') === YES ? t.t('member.pregnant', { name: name(k) }) : '',
          ]
            .filter(Boolean)
            .join(' · ') || t.t('review.none'),
      }));
    case 'tax':
      return [
        {
          label: t.t('taxFiling.plansToFile', { name: members[0] ? name(members[0]) : '' }),
          value: [
            yesNo(t, d['taxFiling.plansToFile']),
            option(t, 'filingStatus', d['taxFiling.filingStatus']),
          ]
            .filter(Boolean)
            .join(' · '),
        },
      ];
    case 'signature':
      return [
        { label: t.t('signature.typedName'), value: d['signature.typedName'] ?? '' },
        { label: t.t('signature.date'), value: date(d['signature.date']) },
        { label: t.t('signature.assisterId'), value: d['signature.assisterId'] ?? '' },
      ];
    default:
      return [];
  }
}
