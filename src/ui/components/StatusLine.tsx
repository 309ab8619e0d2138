import type { SenderStatus } from '../../sync/sender';
import { useI18n } from '../i18n/context';
import { hrefFor } from '../router';

/** The line at the top: online or not, how many applications wait, and what the sender is doing. */
export function StatusLine(props: {
  online: boolean;
  waiting: number | null;
  sender: SenderStatus;
}) {
  const { t, plural, time } = useI18n();
  const { online, waiting, sender } = props;
  const parts: string[] = [online ? t('status.online') : t('status.offline')];
  if (waiting !== null) {
    parts.push(waiting === 0 ? t('status.allSent') : plural('status.waiting', waiting));
  }
  if (waiting) {
    if (sender.state === 'sending') parts.push(t('status.sending'));
    if (sender.state === 'waiting') {
      parts.push(
        `${t('status.retryAt', { time: time(sender.retryAt) })} (${t(`reason.${sender.reason}`)})`,
      );
    }
    if (sender.state === 'paused') parts.push(t('status.pausedSignIn'));
    if (!online) parts.push(t('status.offlineHint'));
  }
  return (
    <p class={`status-line ${online ? 'is-online' : 'is-offline'}`} data-testid="status-line">
      {/* The live region announces changes in connectivity and queue size to screen readers. */}
      <span role="status">{parts.join(' · ')}</span>
      {waiting && sender.state === 'paused' ? (
        <>
          {' '}
          <a href={hrefFor({ name: 'signIn' })}>{t('status.signInToSend')}</a>
        </>
      ) : null}
    </p>
  );
}
