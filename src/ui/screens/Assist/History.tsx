import type { ApplicationRecord } from '../../../store/records';
import { WATCHED_READS } from '../../../store/watched-reads';
import { useWatched } from '../../hooks/use-watch';
import { useI18n } from '../../i18n/context';
import { useServices } from '../../services';

/**
 * The application's timeline (issue 7): what was done to it and when, from the device's audit
 * log, which holds no personal data. The receipt's confirmation number sits beside its arrival.
 */
export function History(props: { app: ApplicationRecord }) {
  const { app } = props;
  const { t, dateTime } = useI18n();
  const { applications } = useServices();
  const events = useWatched(WATCHED_READS.history, [applications, app.id]);
  if (events.state !== 'ready' || events.value.length === 0) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <ol data-testid="history">
        {events.value.map((e) => (
          <li key={e.id}>
            <time dateTime={e.when}>{dateTime(e.when)}</time> {t(`history.${e.what}`)}
            {e.what === 'receipt_received' && app.receipt && ` ${app.receipt.confirmationNumber}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
