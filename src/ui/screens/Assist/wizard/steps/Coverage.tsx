import { COVERAGE_KINDS } from '../../../../../schema/application-v2';
import { listKeys, memberPath, YES } from '../../../../../schema/draft-v2';
import { Checkboxes, TextInput, YesNo } from '../../../../components/Fields';
import { useI18n } from '../../../../i18n/context';
import { useDraft } from '../draft-context';
import { memberName } from '../steps';

/** Coverage each person has now, coverage a job offers, and pregnancy. */
export function CoverageStep() {
  const { t } = useI18n();
  const draft = useDraft();
  return (
    <>
      {listKeys(draft.fields, 'members').map((key) => {
        const name = memberName(draft.fields, key) ?? t('member.thisPerson');
        const f = (field: string) => memberPath(key, field);
        return (
          <fieldset class="ds-c-fieldset card" key={key}>
            <legend class="ds-c-label">{name}</legend>
            <Checkboxes
              path={f('currentCoverage')}
              label={t('member.currentCoverage', { name })}
              hint={t('member.currentCoverageHint')}
              options={COVERAGE_KINDS.map((c) => [c, t(`coverageKind.${c}`)] as const)}
            />
            <YesNo path={f('offer')} label={t('member.offer', { name })} />
            {draft.get(f('offer')) === YES && (
              <>
                <TextInput path={f('offer.employerName')} label={t('member.offer.employerName')} />
                <TextInput
                  path={f('offer.selfOnlyMonthlyPremium')}
                  label={t('member.offer.selfOnlyMonthlyPremium')}
                  inputMode="decimal"
                  maxLength={12}
                />
                <YesNo
                  path={f('offer.meetsMinimumValue')}
                  label={t('member.offer.meetsMinimumValue')}
                  hint={t('member.offer.meetsMinimumValueHint')}
                />
              </>
            )}
            {draft.get(f('sex')) !== 'male' && (
              <YesNo path={f('pregnant')} label={t('member.pregnant', { name })} />
            )}
            {draft.get(f('pregnant')) === YES && draft.get(f('sex')) !== 'male' && (
              <TextInput
                path={f('expectedChildren')}
                label={t('member.expectedChildren')}
                inputMode="numeric"
                maxLength={1}
              />
            )}
          </fieldset>
        );
      })}
    </>
  );
}
