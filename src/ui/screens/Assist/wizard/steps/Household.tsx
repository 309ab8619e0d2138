import { RELATIONSHIPS, SEXES } from '../../../../../schema/application-v2';
import { listKeys, memberPath, NO } from '../../../../../schema/draft-v2';
import { RadioGroup, Select, TextInput, YesNo } from '../../../../components/Fields';
import { Button } from '../../../../ds';
import { useI18n } from '../../../../i18n/context';
import { useDraft } from '../draft-context';
import { fieldsUnder, memberName, newKey } from '../steps';

/** Answers that only people applying give: removed from the device when someone is not (P5). */
const APPLICANT_ONLY = /^(ssn|ssnAbsentReason|usCitizen|eligibleImmigrationStatus|document\.)/;

/** Everyone in the household, how each is related to the applicant, and who asks for coverage. */
export function HouseholdStep() {
  const { t } = useI18n();
  const draft = useDraft();
  const keys = listKeys(draft.fields, 'members');
  const first = keys[0] ? (memberName(draft.fields, keys[0]) ?? '') : '';

  const add = () => {
    const key = newKey(draft.fields, 'm');
    draft.setMany({ members: [...keys, key].join(' ') });
  };
  const remove = (key: string) => {
    const changes: Record<string, string | null> = {
      members: keys.filter((k) => k !== key).join(' '),
    };
    for (const path of fieldsUnder(draft.fields, `member.${key}.`)) changes[path] = null;
    draft.setMany(changes);
  };
  const setApplying = (key: string, value: string) => {
    const changes: Record<string, string | null> = { [memberPath(key, 'applying')]: value };
    if (value === NO) {
      for (const path of fieldsUnder(draft.fields, `member.${key}.`)) {
        if (APPLICANT_ONLY.test(path.slice(`member.${key}.`.length))) changes[path] = null;
      }
    }
    draft.setMany(changes);
  };

  return (
    <>
      <p>{t('household.intro')}</p>
      {keys.map((key, index) => {
        const name = memberName(draft.fields, key) ?? t('member.thisPerson');
        const f = (field: string) => memberPath(key, field);
        return (
          <fieldset class="ds-c-fieldset card" key={key}>
            <legend class="ds-c-label">
              {t('household.person', { n: index + 1 })}
              {memberName(draft.fields, key) ? `: ${name}` : ''}
            </legend>
            <TextInput path={f('firstName')} label={t('member.firstName')} />
            <TextInput path={f('lastName')} label={t('member.lastName')} />
            <TextInput path={f('dateOfBirth')} type="date" label={t('member.dateOfBirth')} />
            <RadioGroup
              path={f('sex')}
              label={t('member.sex')}
              options={SEXES.map((s) => [s, t(`sex.${s}`)] as const)}
            />
            {index > 0 && (
              <Select
                path={f('relationship')}
                label={t('member.relationship', {
                  first: first || t('household.person', { n: 1 }),
                })}
                placeholder={t('answer.choose')}
                options={RELATIONSHIPS.filter((r) => r !== 'self').map(
                  (r) => [r, t(`relationship.${r}`)] as const,
                )}
              />
            )}
            <YesNo
              path={f('applying')}
              label={t('member.applying', { name })}
              hint={t('member.applyingHint')}
              onPick={(value) => setApplying(key, value)}
            />
            {index > 0 && (
              <YesNo
                path={f('taxDependent')}
                label={t('member.taxDependent', {
                  first: first || t('household.person', { n: 1 }),
                  name,
                })}
              />
            )}
            {index > 0 && (
              <div class="button-row">
                <Button onClick={() => remove(key)}>{t('household.remove', { name })}</Button>
              </div>
            )}
          </fieldset>
        );
      })}
      <div class="button-row">
        <Button onClick={add}>{t('household.add')}</Button>
      </div>
    </>
  );
}

/** The first member exists from the start: the applicant, who is "self" and nobody's dependent. */
export function firstMemberFields(): Record<string, string> {
  return {
    members: 'm1',
    [memberPath('m1', 'relationship')]: 'self',
    [memberPath('m1', 'taxDependent')]: NO,
  };
}
