import type { ApplicationRecord } from '../../store/records';
import { useI18n } from '../i18n/context';

/** When the application was last tried, why it did not go, and how many tries so far. */
export function LastAttempt(props: { app: ApplicationRecord }) {
  const { t, plural, dateTime } = useI18n();
  const { lastAttempt, attempts } = props.app;
  if (!lastAttempt) return null;
  return (
    <p class="note" data-testid="last-attempt">
      {t('form.lastAttempt', {
        time: dateTime(lastAttempt.at),
        reason: t(`reason.${lastAttempt.outcome}`),
      })}{' '}
      ({plural('form.attempts', attempts)})
    </p>
  );
}
