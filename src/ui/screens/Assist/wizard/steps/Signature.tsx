import { Checkboxes, TextInput } from '../../../../components/Fields';
import { useI18n } from '../../../../i18n/context';
import { useDraft } from '../draft-context';
import { localToday, usePrefill } from '../use-prefill';

/** The applicant's consent: the attestation, the typed signature, the date and the assister. */
export function SignatureStep() {
  const { t } = useI18n();
  const draft = useDraft();
  usePrefill({
    'signature.date': localToday(),
    'signature.assisterId': draft.get('authorization.assisterId'),
  });
  return (
    <>
      <p>{t('sign.intro')}</p>
      <Checkboxes
        path="signature.attestsTrue"
        label={t('step.signature')}
        options={[['yes', t('signature.attestsTrue')]]}
      />
      <TextInput path="signature.typedName" label={t('signature.typedName')} />
      <TextInput path="signature.date" type="date" label={t('signature.date')} />
      <TextInput path="signature.assisterId" label={t('signature.assisterId')} maxLength={40} />
    </>
  );
}
