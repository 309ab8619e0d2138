import { US_STATES } from '../../../schema/us-states';
import { Button } from '../../ds';
import { useI18n } from '../../i18n/context';
import { type CheckForm, fieldId, newMember } from './check-form';
import { CheckBox, SelectBox, TextBox } from './fields';
import { MemberFields } from './MemberFields';

type Update = (change: (form: CheckForm) => CheckForm) => void;

/** The questions of the check: where and when, the people, their incomes, the optional costs. */
export function CheckFormFields(props: {
  form: CheckForm;
  update: Update;
  planYears: readonly number[];
  /** Statuses whose years the rule packs count (Medicaid's five-year bar). */
  barred: ReadonlySet<string>;
  errorFor: (id: string) => string | undefined;
}) {
  const { t } = useI18n();
  const { form, update, errorFor } = props;
  const set = <K extends keyof CheckForm>(key: K, value: CheckForm[K]) =>
    update((f) => ({ ...f, [key]: value }));
  const addMember = () =>
    update((f) => ({
      ...f,
      members: [...f.members, newMember(`k${f.nextKey}`, 'dependent')],
      nextKey: f.nextKey + 1,
    }));
  const text = (id: string, label: string, key: 'zip' | 'county' | 'benchmark') => (
    <TextBox
      id={fieldId(id)}
      label={label}
      error={errorFor(fieldId(id))}
      value={form[key]}
      onInput={(v) => set(key, v)}
      {...(key === 'county' ? {} : { inputMode: key === 'zip' ? 'numeric' : 'decimal' })}
      {...(key === 'benchmark' ? { hint: t('check.benchmarkHint') } : {})}
    />
  );
  return (
    <>
      <fieldset class="ds-c-fieldset check-group">
        <legend class="ds-c-label">{t('check.whereHeading')}</legend>
        <SelectBox
          id={fieldId('planYear')}
          label={t('check.planYear')}
          hint={t('check.planYearHint')}
          value={form.planYear}
          options={props.planYears.map((y) => [String(y), String(y)] as const)}
          onChange={(v) => set('planYear', v)}
        />
        <SelectBox
          id={fieldId('state')}
          label={t('address.state')}
          error={errorFor(fieldId('state'))}
          value={form.state}
          placeholder={t('form.chooseState')}
          options={US_STATES.map((s) => [s, s] as const)}
          onChange={(v) => set('state', v)}
        />
        {text('zip', t('check.zip'), 'zip')}
        {text('county', t('check.county'), 'county')}
      </fieldset>

      <h2>{t('check.membersHeading')}</h2>
      <p>{t('check.membersIntro')}</p>
      {form.members.map((m, i) => (
        <MemberFields
          key={m.key}
          member={m}
          n={i + 1}
          update={update}
          errorFor={errorFor}
          barred={props.barred}
          removable={i > 0}
        />
      ))}
      <div class="button-row">
        <Button onClick={addMember}>{t('household.add')}</Button>
      </div>

      <fieldset class="ds-c-fieldset check-group">
        <legend class="ds-c-label">{t('check.costsHeading')}</legend>
        {text('benchmark', t('check.benchmark'), 'benchmark')}
        <CheckBox
          id={fieldId('offer')}
          label={t('check.hasOffer')}
          checked={form.hasOffer}
          onChange={(v) => set('hasOffer', v)}
        />
        {form.hasOffer && (
          <>
            <SelectBox
              id={fieldId('offer', 'to')}
              label={t('check.offeredTo')}
              error={errorFor(fieldId('offer', 'to'))}
              value={form.offeredTo}
              options={[
                ['filer', t('role.filer')],
                ['spouse', t('role.spouse')],
              ]}
              onChange={(v) => set('offeredTo', v === 'spouse' ? 'spouse' : 'filer')}
            />
            <TextBox
              id={fieldId('offer', 'self')}
              label={t('member.offer.selfOnlyMonthlyPremium')}
              error={errorFor(fieldId('offer', 'self'))}
              inputMode="decimal"
              value={form.offerSelfOnly}
              onInput={(v) => set('offerSelfOnly', v)}
            />
            <TextBox
              id={fieldId('offer', 'family')}
              label={t('check.offerFamily')}
              error={errorFor(fieldId('offer', 'family'))}
              inputMode="decimal"
              value={form.offerFamily}
              onInput={(v) => set('offerFamily', v)}
            />
            <CheckBox
              id={fieldId('offer', 'mv')}
              label={t('check.offerMinimumValue')}
              checked={form.offerMinimumValue}
              onChange={(v) => set('offerMinimumValue', v)}
            />
          </>
        )}
      </fieldset>
    </>
  );
}
