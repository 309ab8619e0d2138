import { memberPath, NO, YES } from '../../../../../schema/draft-v2';
import { DOCUMENT_NUMBERS, IMMIGRATION_DOCUMENTS } from '../../../../../schema/identity-v2';
import { Select, TextInput, YesNo } from '../../../../components/Fields';
import { useI18n } from '../../../../i18n/context';
import { useDraft } from '../draft-context';
import { applyingMembers, memberName } from '../steps';

/** Citizenship, and for others the immigration document with the numbers that document carries. */
export function CitizenshipStep() {
  const { t } = useI18n();
  const draft = useDraft();
  return (
    <>
      {applyingMembers(draft.fields).map((key) => {
        const name = memberName(draft.fields, key) ?? t('member.thisPerson');
        const f = (field: string) => memberPath(key, field);
        const docType = draft.get(f('document.type'));
        const needs = DOCUMENT_NUMBERS[docType as keyof typeof DOCUMENT_NUMBERS] ?? [];
        return (
          <div class="card" key={key}>
            <YesNo path={f('usCitizen')} label={t('member.usCitizen', { name })} />
            {draft.get(f('usCitizen')) === NO && (
              <YesNo
                path={f('eligibleImmigrationStatus')}
                label={t('member.eligibleImmigrationStatus', { name })}
                hint={t('member.eligibleHint')}
              />
            )}
            {draft.get(f('usCitizen')) === NO &&
              draft.get(f('eligibleImmigrationStatus')) === YES && (
                <>
                  <Select
                    path={f('document.type')}
                    label={t('member.document.type', { name })}
                    placeholder={t('answer.choose')}
                    options={IMMIGRATION_DOCUMENTS.map((d) => [d, t(`documentKind.${d}`)] as const)}
                  />
                  {needs.includes('aNumber') && (
                    <TextInput
                      path={f('document.aNumber')}
                      label={t('member.document.aNumber')}
                      hint={t('member.document.aNumberHint')}
                      maxLength={12}
                    />
                  )}
                  {needs.includes('cardNumber') && (
                    <TextInput
                      path={f('document.cardNumber')}
                      label={t('member.document.cardNumber')}
                      hint={t('member.document.cardNumberHint')}
                      maxLength={13}
                    />
                  )}
                  {needs.includes('passportNumber') && (
                    <>
                      <TextInput
                        path={f('document.passportNumber')}
                        label={t('member.document.passportNumber')}
                        maxLength={12}
                      />
                      <TextInput
                        path={f('document.passportCountry')}
                        label={t('member.document.passportCountry')}
                        hint={t('member.document.passportCountryHint')}
                        maxLength={3}
                      />
                    </>
                  )}
                  {needs.includes('i94Number') && (
                    <TextInput
                      path={f('document.i94Number')}
                      label={t('member.document.i94Number')}
                      hint={t('member.document.i94NumberHint')}
                      maxLength={11}
                    />
                  )}
                  {needs.includes('description') && (
                    <TextInput
                      path={f('document.description')}
                      label={t('member.document.description')}
                    />
                  )}
                </>
              )}
          </div>
        );
      })}
    </>
  );
}
