import type { StorageHealth } from '../../store/storage-health';
import { Button } from '../ds';
import { useDeviceHealth } from '../hooks/use-device-health';
import { useI18n } from '../i18n/context';
import { useServices } from '../services';
import { ExportButton } from './ExportButton';

type Translate = ReturnType<typeof useI18n>;

/** Bytes as "1.2 GB" or "350 MB" in the assister's language. */
function bytes(n: number, lang: string): string {
  const gb = n >= 1e9;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: gb ? 'gigabyte' : 'megabyte',
    maximumFractionDigits: 1,
  }).format(gb ? n / 1e9 : n / 1e6);
}

function storageLines(health: StorageHealth | null, i18n: Translate): string[] {
  const { t, lang } = i18n;
  if (!health) return [];
  const persisted =
    health.persisted === null
      ? t('health.persistUnknown')
      : health.persisted
        ? t('health.persisted')
        : t('health.notPersisted');
  const { usageBytes: used, quotaBytes: quota } = health;
  const usage =
    used === null || !quota
      ? t('health.usageUnknown')
      : t('health.usage', {
          used: bytes(used, lang),
          quota: bytes(quota, lang),
          percent: new Intl.NumberFormat(lang, {
            style: 'percent',
            maximumFractionDigits: 1,
          }).format(used / quota),
        });
  return [persisted, usage];
}

/**
 * The device-health panel (DESIGN.md §4): how many applications wait and since when, whether the
 * storage is persistent and how full it is, the last check with the exchange and what it changed,
 * and "All sent — safe to close" when nothing waits.
 */
export function DeviceHealth() {
  const i18n = useI18n();
  const { t, plural, dateTime } = i18n;
  const { sendNow } = useServices();
  const { summary, check, storage } = useDeviceHealth();
  if (summary.state !== 'ready') return null;
  const queue = summary.value;
  const last = check.state === 'ready' ? check.value : null;
  return (
    <section class="device-health" aria-labelledby="device-health-heading">
      <h2 id="device-health-heading">{t('health.heading')}</h2>
      <ul data-testid="device-health">
        <li data-testid="health-queue">
          {queue.waiting === 0 ? t('health.safeToClose') : plural('status.waiting', queue.waiting)}
        </li>
        {queue.oldestQueuedAt && (
          <li>{t('health.oldest', { time: dateTime(queue.oldestQueuedAt) })}</li>
        )}
        {queue.needsAttention > 0 && (
          <li>{plural('health.needsAttention', queue.needsAttention)}</li>
        )}
        {storageLines(storage, i18n).map((line) => (
          <li key={line} data-testid="health-storage">
            {line}
          </li>
        ))}
        <li data-testid="health-check">
          {last
            ? t('health.lastCheck', { time: dateTime(new Date(last.atMs).toISOString()) })
            : t('health.neverChecked')}
        </li>
        {last && last.last.recovered.length > 0 && (
          <li>{plural('health.recovered', last.last.recovered.length)}</li>
        )}
        {last && last.last.resent.length > 0 && (
          <li data-testid="health-resent">{plural('health.resent', last.last.resent.length)}</li>
        )}
      </ul>
      <div class="device-health-actions">
        <Button onClick={sendNow} disabled={queue.waiting === 0}>
          {t('health.sendNow')}
        </Button>
        <ExportButton disabled={queue.waiting === 0} />
      </div>
    </section>
  );
}
