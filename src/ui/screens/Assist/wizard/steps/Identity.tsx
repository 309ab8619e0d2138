import { memberPath } from '../../../../../schema/draft-v2';
import { SSN_ABSENT_REASONS } from '../../../../../schema/identity-v2';
import { RadioGroup, TextInput } from '../../../../components/Fields';
import { useI18n } from '../../../../i18n/context';
import { useDraft } from '../draft-context';
import { applyingMembers, memberName } from '../steps';

/** The SSN of each member asking for coverage, optional, with the reason when there is none. */
export function IdentityStep() {
  const { t } = useI18n();
  const draft = useDraft();
  return (
    <>
      <p>{t('identity.intro')}</p>
      {applyingMembers(draft.fields).map((key) => {
        const name = memberName(draft.fields, key) ?? t('member.thisPerson');
        const ssn = memberPath(key, 'ssn');
        return (
          <div class="card" key={key}>
            <TextInput
              path={ssn}
              label={t('member.ssn', { name })}
              hint={t('member.ssnHint')}
              inputMode="numeric"
              maxLength={11}
            />
            {draft.get(ssn).trim() === '' && (
              <RadioGroup
                path={memberPath(key, 'ssnAbsentReason')}
                label={t('member.ssnAbsentReason', { name })}
                options={SSN_ABSENT_REASONS.map((r) => [r, t(`ssnReason.${r}`)] as const)}
              />
            )}
          </div>
        );
      })}
    </>
  );
}
