import { useEffect, useState } from 'preact/hooks';
import type { StoredScreening } from '../../../schema/stored-screening';
import { Button } from '../../ds';
import { useI18n } from '../../i18n/context';
import { hrefFor, navigate } from '../../router';
import { useServicesIfReady } from '../../services';
import type { Outcome } from './CheckScreen';
import { draftFromCheck } from './prefill';

/**
 * For a signed-in assister: a new application with the check's answers already in it, and the
 * check itself (input, result, rule-pack versions) kept with it for its receipt. Nobody else sees
 * the button: an applicant checking on their own phone stores nothing. The application is sealed
 * with the assister's data key (issue 7), so the button waits until the app is unlocked.
 */
export function StartApplication(props: { outcome: Outcome }) {
  const { t } = useI18n();
  const services = useServicesIfReady();
  const [signedIn, setSignedIn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [unlocked, setUnlocked] = useState(false);
  useEffect(() => {
    if (!services) return;
    let live = true;
    void services.session.current().then((s) => live && setSignedIn(Boolean(s)));
    const { vault } = services;
    setUnlocked(vault.state().kind === 'unlocked');
    const unsubscribe = vault.subscribe((state) => setUnlocked(state.kind === 'unlocked'));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [services]);
  if (!services || !signedIn || !unlocked) return null;

  const start = async () => {
    setBusy(true);
    const { outcome } = props;
    const screening: StoredScreening = {
      screenedAt: new Date().toISOString(),
      input: outcome.raw,
      determination: outcome.determination,
      packVersions: outcome.determination.packVersions,
    };
    try {
      const draft = await services.applications.createDraft({
        fields: draftFromCheck(outcome.form),
        screening,
      });
      navigate(hrefFor({ name: 'application', id: draft.id }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card no-print" aria-labelledby="check-start-heading">
      <h2 id="check-start-heading">{t('check.startHeading')}</h2>
      <p>{t('check.startHint')}</p>
      <Button variation="solid" disabled={busy} onClick={() => void start()}>
        {t('check.start')}
      </Button>
    </section>
  );
}
