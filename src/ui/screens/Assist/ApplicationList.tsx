import type { ApplicationRecord } from '../../../store/records';
import { StateBadge } from '../../components/StateBadge';
import { useI18n } from '../../i18n/context';
import { hrefFor } from '../../router';

export function displayName(app: ApplicationRecord): string | null {
  const name = [app.fields['applicant.firstName'], app.fields['applicant.lastName']]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
  return name || null;
}

/** Every application on the device, each in its one visible state. */
export function ApplicationList(props: { applications: ApplicationRecord[]; onNew: () => void }) {
  const { t, date, dateTime } = useI18n();
  return (
    <section aria-labelledby="list-heading">
      <h1 id="list-heading" tabIndex={-1}>
        {t('list.heading')}
      </h1>
      <button type="button" class="button-primary" onClick={props.onNew}>
        {t('list.new')}
      </button>
      {props.applications.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul class="application-list">
          {props.applications.map((app) => (
            <li key={app.id} data-application-id={app.id}>
              <a href={hrefFor({ name: 'application', id: app.id })}>
                {displayName(app) ?? t('list.untitled')}
              </a>{' '}
              <StateBadge status={app.status} />
              {app.receipt && (
                <span class="confirmation">
                  {t('receipt.confirmation')}: <strong>{app.receipt.confirmationNumber}</strong>
                </span>
              )}
              <span class="meta">{t('list.started', { date: date(app.createdAt) })}</span>
              {app.lastAttempt && app.status !== 'submitted' && (
                <span class="meta" data-testid="row-last-attempt">
                  {t('list.lastAttempt', {
                    time: dateTime(app.lastAttempt.at),
                    reason: t(`reason.${app.lastAttempt.outcome}`),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
