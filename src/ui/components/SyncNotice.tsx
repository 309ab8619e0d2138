import { canCorrect, holdsAnotherVersion } from '../../store/lifecycle';
import type { ApplicationRecord } from '../../store/records';
import { Button } from '../ds';
import { useI18n } from '../i18n/context';
import { hrefFor, navigate } from '../router';
import { useServices } from '../services';

/**
 * What sync did to this application that the assister must know (a receipt fetched after a lost
 * answer, a resend because the exchange had lost it), and the correction links: a sent application
 * is never edited; it is corrected by a new application that supersedes it (DESIGN.md §4).
 */
export function SyncNotice(props: { app: ApplicationRecord }) {
  const { app } = props;
  const { t, plural } = useI18n();
  const { applications } = useServices();
  const startCorrection = async () => {
    const correction = await applications.startCorrection(app.id);
    navigate(hrefFor({ name: 'application', id: correction.id }));
  };
  return (
    <>
      {app.notice && (
        <p class="note sync-notice" data-testid="sync-notice">
          {t(`notice.${app.notice}`, { number: app.previousReceipt?.confirmationNumber ?? '' })}
        </p>
      )}
      {app.status === 'needs_attention' && holdsAnotherVersion(app) && (
        // Read-only, so the editor's error summary is not there to say why: say it here.
        <p class="error" role="alert">
          {t('error.idempotency_key_reused')}
        </p>
      )}
      {app.purged && (
        // The retention purge (store/retention.ts): say what is gone, and why nothing can be copied.
        <p class="note" data-testid="details-removed">
          {plural('retention.removed', app.purged.afterDays)}{' '}
          {!app.supersededBy && t('retention.noCorrection')}
        </p>
      )}
      {app.supersedes && (
        <p class="note">
          {t('correction.of')}{' '}
          <a href={hrefFor({ name: 'application', id: app.supersedes })}>
            {t('correction.viewOriginal')}
          </a>
        </p>
      )}
      {app.supersededBy ? (
        <p>
          <a href={hrefFor({ name: 'application', id: app.supersededBy })}>
            {t('correction.open')}
          </a>
        </p>
      ) : (
        canCorrect(app) && <Button onClick={startCorrection}>{t('correction.start')}</Button>
      )}
    </>
  );
}
