import { DEDUCTION_KINDS, FREQUENCIES, INCOME_KINDS } from '../../../../../schema/application-v2';
import { itemPath, listKeys, memberPath } from '../../../../../schema/draft-v2';
import { Select, TextInput } from '../../../../components/Fields';
import { Button } from '../../../../ds';
import type { MessageKey } from '../../../../i18n/catalog';
import { useI18n } from '../../../../i18n/context';
import { useDraft } from '../draft-context';
import { fieldsUnder, memberName, newKey } from '../steps';

/** Each person's income sources and deductions: kind, amount before taxes, and how often. */
export function IncomeStep() {
  const { t } = useI18n();
  const draft = useDraft();
  return (
    <>
      <p>{t('income.intro')}</p>
      {listKeys(draft.fields, 'members').map((key) => {
        const name = memberName(draft.fields, key) ?? t('member.thisPerson');
        return (
          <div class="card" key={key}>
            <Items member={key} name={name} list="income" />
            <Items member={key} name={name} list="deduction" />
          </div>
        );
      })}
    </>
  );
}

function Items(props: { member: string; name: string; list: 'income' | 'deduction' }) {
  const { t } = useI18n();
  const draft = useDraft();
  const listField = memberPath(props.member, props.list === 'income' ? 'incomes' : 'deductions');
  const keys = listKeys(draft.fields, listField);
  const kinds = props.list === 'income' ? INCOME_KINDS : DEDUCTION_KINDS;
  const add = () =>
    draft.setMany({ [listField]: [...keys, newKey(draft.fields, props.list[0] ?? 'x')].join(' ') });
  const remove = (key: string) => {
    const changes: Record<string, string | null> = {
      [listField]: keys.filter((k) => k !== key).join(' '),
    };
    const prefix = `${itemPath(props.member, props.list, key, '')}`;
    for (const path of fieldsUnder(draft.fields, prefix)) changes[path] = null;
    draft.setMany(changes);
  };
  return (
    <fieldset class="ds-c-fieldset">
      <legend class="ds-c-label">
        {t(props.list === 'income' ? 'income.heading' : 'deduction.heading', { name: props.name })}
      </legend>
      {props.list === 'income' && keys.length === 0 && <p class="note">{t('income.none')}</p>}
      {keys.map((key, index) => {
        const f = (field: string) => itemPath(props.member, props.list, key, field);
        return (
          <fieldset class="ds-c-fieldset card" key={key}>
            <legend class="ds-c-label">{t('item.number', { n: index + 1 })}</legend>
            <Select
              path={f('kind')}
              label={t(props.list === 'income' ? 'income.kind' : 'deduction.kind')}
              placeholder={t('answer.choose')}
              options={kinds.map(
                (k) =>
                  [
                    k,
                    t(
                      (props.list === 'income'
                        ? `incomeKind.${k}`
                        : `deductionKind.${k}`) as MessageKey,
                    ),
                  ] as const,
              )}
            />
            <TextInput
              path={f('amount')}
              label={t('income.amount')}
              inputMode="decimal"
              maxLength={15}
            />
            <Select
              path={f('frequency')}
              label={t('income.frequency')}
              placeholder={t('answer.choose')}
              options={FREQUENCIES.map((q) => [q, t(`frequency.${q}`)] as const)}
            />
            <div class="button-row">
              <Button onClick={() => remove(key)}>
                {t(props.list === 'income' ? 'income.remove' : 'deduction.remove')}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div class="button-row">
        <Button onClick={add}>
          {t(props.list === 'income' ? 'income.add' : 'deduction.add', { name: props.name })}
        </Button>
      </div>
    </fieldset>
  );
}
