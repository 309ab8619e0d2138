import { listKeys, YES } from '../../../../../schema/draft-v2';
import { FILING_STATUSES } from '../../../../../schema/screening';
import { RadioGroup, YesNo } from '../../../../components/Fields';
import { useI18n } from '../../../../i18n/context';
import { useDraft } from '../draft-context';
import { memberName } from '../steps';

/** The applicant's tax filing plans for the coverage year (dependents are asked per person). */
export function TaxStep() {
  const { t } = useI18n();
  const draft = useDraft();
  const first = listKeys(draft.fields, 'members')[0];
  const name = (first && memberName(draft.fields, first)) || t('member.thisPerson');
  return (
    <>
      <YesNo path="taxFiling.plansToFile" label={t('taxFiling.plansToFile', { name })} />
      {draft.get('taxFiling.plansToFile') === YES && (
        <RadioGroup
          path="taxFiling.filingStatus"
          label={t('taxFiling.filingStatus')}
          options={FILING_STATUSES.map((s) => [s, t(`filingStatus.${s}`)] as const)}
        />
      )}
    </>
  );
}
