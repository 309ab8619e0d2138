import { FREQUENCIES } from '../../../schema/application-v2';
import { IMMIGRATION_STATUSES, INCOME_TYPES, ROLES } from '../../../schema/screening';
import { Button } from '../../ds';
import { useI18n } from '../../i18n/context';
import { type CheckForm, fieldId, type IncomeRow, type MemberRow } from './check-form';
import { CheckBox, type Options, SelectBox, TextBox } from './fields';

type Update = (change: (form: CheckForm) => CheckForm) => void;

/** One person of the check: role, age, status, situation, and their incomes (amount, how often). */
export function MemberFields(props: {
  member: MemberRow;
  n: number;
  update: Update;
  errorFor: (id: string) => string | undefined;
  barred: ReadonlySet<string>;
  removable: boolean;
}) {
  const { t } = useI18n();
  const { member: m, n, update, errorFor } = props;
  const person = t('household.person', { n });
  const change = (patch: Partial<MemberRow>) =>
    update((f) => ({
      ...f,
      members: f.members.map((x) => (x.key === m.key ? { ...x, ...patch } : x)),
    }));
  const remove = () => update((f) => ({ ...f, members: f.members.filter((x) => x.key !== m.key) }));
  const addIncome = () =>
    update((f) => ({
      ...f,
      members: f.members.map((x) =>
        x.key === m.key
          ? {
              ...x,
              incomes: [
                ...x.incomes,
                { key: `k${f.nextKey}`, type: '', amount: '', frequency: '' },
              ],
            }
          : x,
      ),
      nextKey: f.nextKey + 1,
    }));
  const changeIncome = (key: string, patch: Partial<IncomeRow>) =>
    change({ incomes: m.incomes.map((i) => (i.key === key ? { ...i, ...patch } : i)) });
  const f = (name: string) => fieldId(m.key, name);
  const roleOptions: Options = ROLES.map((r) => [r, t(`role.${r}`)] as const);
  const statusOptions: Options = IMMIGRATION_STATUSES.map(
    (s) => [s, t(`immigrationStatus.${s}`)] as const,
  );
  return (
    <fieldset class="ds-c-fieldset card check-member">
      <legend class="ds-c-label">{person}</legend>
      <SelectBox
        id={f('role')}
        label={t('check.role')}
        error={errorFor(f('role'))}
        value={m.role}
        options={roleOptions}
        onChange={(v) => change({ role: v as MemberRow['role'] })}
      />
      <TextBox
        id={f('age')}
        label={t('check.age')}
        error={errorFor(f('age'))}
        inputMode="numeric"
        size="small"
        maxLength={3}
        value={m.age}
        onInput={(v) => change({ age: v })}
      />
      <SelectBox
        id={f('immigrationStatus')}
        label={t('check.status')}
        error={errorFor(f('immigrationStatus'))}
        value={m.immigrationStatus}
        options={statusOptions}
        onChange={(v) => change({ immigrationStatus: v as MemberRow['immigrationStatus'] })}
      />
      {props.barred.has(m.immigrationStatus) && (
        <TextBox
          id={f('years')}
          label={t('check.yearsInStatus')}
          hint={t('check.yearsInStatusHint')}
          error={errorFor(f('years'))}
          inputMode="decimal"
          size="small"
          maxLength={5}
          value={m.yearsInStatus}
          onInput={(v) => change({ yearsInStatus: v })}
        />
      )}
      <fieldset class="ds-c-fieldset">
        <legend class="ds-c-label">{t('check.situation', { person })}</legend>
        <CheckBox
          id={f('pregnant')}
          label={t('check.pregnant')}
          checked={m.pregnant}
          onChange={(v) => change({ pregnant: v })}
        />
        {m.pregnant && (
          <TextBox
            id={f('children')}
            label={t('member.expectedChildren')}
            error={errorFor(f('children'))}
            inputMode="numeric"
            size="small"
            maxLength={1}
            value={m.expectedChildren}
            onInput={(v) => change({ expectedChildren: v })}
          />
        )}
        <CheckBox
          id={f('medicare')}
          label={t('check.medicare')}
          checked={m.medicare}
          onChange={(v) => change({ medicare: v })}
        />
        <CheckBox
          id={f('incarcerated')}
          label={t('check.incarcerated')}
          checked={m.incarcerated}
          onChange={(v) => change({ incarcerated: v })}
        />
      </fieldset>
      <h3>{t('income.heading', { name: person })}</h3>
      {m.incomes.length === 0 && <p>{t('income.none')}</p>}
      {m.incomes.map((i, k) => {
        const g = (name: string) => fieldId(m.key, i.key, name);
        return (
          <fieldset class="ds-c-fieldset check-income" key={i.key}>
            <legend class="ds-c-label">{t('item.number', { n: k + 1 })}</legend>
            <SelectBox
              id={g('type')}
              label={t('income.kind')}
              error={errorFor(g('type'))}
              value={i.type}
              placeholder={t('answer.choose')}
              options={INCOME_TYPES.map((x) => [x, t(`incomeType.${x}`)] as const)}
              onChange={(v) => changeIncome(i.key, { type: v as IncomeRow['type'] })}
            />
            <TextBox
              id={g('amount')}
              label={t('income.amount')}
              error={errorFor(g('amount'))}
              inputMode="decimal"
              value={i.amount}
              onInput={(v) => changeIncome(i.key, { amount: v })}
            />
            <SelectBox
              id={g('frequency')}
              label={t('income.frequency')}
              error={errorFor(g('frequency'))}
              value={i.frequency}
              placeholder={t('answer.choose')}
              options={FREQUENCIES.map((x) => [x, t(`frequency.${x}`)] as const)}
              onChange={(v) => changeIncome(i.key, { frequency: v })}
            />
            <Button
              size="small"
              variation="ghost"
              onClick={() => change({ incomes: m.incomes.filter((x) => x.key !== i.key) })}
            >
              {t('check.removeIncome', { n: k + 1, person })}
            </Button>
          </fieldset>
        );
      })}
      <div class="button-row">
        <Button onClick={addIncome}>{t('income.add', { name: person })}</Button>
        {props.removable && (
          <Button variation="ghost" onClick={remove}>
            {t('household.remove', { name: person })}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
