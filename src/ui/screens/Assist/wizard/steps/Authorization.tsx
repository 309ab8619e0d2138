import { useState } from 'preact/hooks';
import { AUTHORIZATION_METHODS, PRIVACY_NOTICE_VERSION } from '../../../../../schema/authorization';
import { RadioGroup, TextInput, YesNo } from '../../../../components/Fields';
import { Alert, Button } from '../../../../ds';
import { useI18n } from '../../../../i18n/context';
import { useDraft } from '../draft-context';
import { localToday, usePrefill } from '../use-prefill';

/**
 * Consumer authorization, before any personal data (P1, P7): the plain-language notice, then how
 * and when permission was given, by whom, to which assister, with what limits. Revocable here.
 */
export function AuthorizationStep() {
  const { t, date } = useI18n();
  const draft = useDraft();
  const method = draft.get('authorization.method');
  const revokedAt = draft.get('authorization.revokedAt');
  usePrefill({ 'authorization.date': localToday() });
  if (revokedAt) {
    return (
      <Alert variation="warn" headingLevel="2" heading={t('auth.revoke')}>
        {t('auth.revoked', { date: date(revokedAt) })}
      </Alert>
    );
  }
  if (!draft.get('authorization.noticeVersion')) {
    // Recorded once shown: the record says which notice the applicant heard.
    queueMicrotask(() => draft.set('authorization.noticeVersion', PRIVACY_NOTICE_VERSION));
  }
  return (
    <>
      <section class="card" aria-labelledby="notice-heading">
        <h2 id="notice-heading">{t('auth.noticeHeading')}</h2>
        <p>{t('auth.notice1')}</p>
        <p>{t('auth.notice2')}</p>
        <p>{t('auth.notice3')}</p>
        <p>{t('auth.notice4')}</p>
      </section>
      <RadioGroup
        path="authorization.method"
        label={t('auth.method')}
        options={AUTHORIZATION_METHODS.map((m) => [m, t(`authMethod.${m}`)] as const)}
      />
      <TextInput path="authorization.givenBy" label={t('auth.givenBy')} />
      <YesNo path="authorization.representative" label={t('auth.representative')} />
      {method === 'signed' && (
        <TextInput path="authorization.signature" label={t('auth.signature')} />
      )}
      <TextInput path="authorization.date" type="date" label={t('auth.date')} />
      <TextInput path="authorization.assisterName" label={t('auth.assisterName')} />
      <TextInput path="authorization.assisterId" label={t('auth.assisterId')} maxLength={40} />
      <TextInput
        path="authorization.limits"
        label={t('auth.limits')}
        hint={t('auth.limitsHint')}
        multiline
        maxLength={500}
      />
      <RevokeButton />
    </>
  );
}

/** Taking back permission deletes every answer but the record of the permission itself (P2). */
function RevokeButton() {
  const { t } = useI18n();
  const draft = useDraft();
  const [confirming, setConfirming] = useState(false);
  if (!draft.get('authorization.givenBy')) return null;
  const revoke = () => {
    const changes: Record<string, string | null> = {
      'authorization.revokedAt': new Date().toISOString(),
    };
    for (const path of Object.keys(draft.fields)) {
      if (!path.startsWith('authorization.')) changes[path] = null;
    }
    draft.setMany(changes);
  };
  return (
    <div class="card no-print">
      <p class="ds-c-hint">{t('auth.revokeHint')}</p>
      {confirming ? (
        <Button variation="solid" onClick={revoke}>
          {t('auth.revokeConfirm')}
        </Button>
      ) : (
        <Button onClick={() => setConfirming(true)}>{t('auth.revoke')}</Button>
      )}
    </div>
  );
}
