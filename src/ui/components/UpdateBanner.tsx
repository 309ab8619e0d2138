import { useEffect, useState } from 'preact/hooks';
import { Button } from '../ds';
import { useI18n } from '../i18n/context';
import { applyUpdate, onUpdateReady } from '../update-state';

/**
 * "Reload to update", offered only when it is safe: `safe` is false while an application form is
 * open (half-filled answers) or a send is in flight (DESIGN.md §4). The new version waits meanwhile.
 */
export function UpdateBanner(props: { safe: boolean }) {
  const { t } = useI18n();
  const [ready, setReady] = useState(false);
  useEffect(() => onUpdateReady(setReady), []);
  if (!ready || !props.safe) return null;
  return (
    <div class="update-banner" role="status" data-testid="update-banner">
      <div class="update-banner__inner">
        <span>{t('update.ready')}</span>
        <Button variation="solid" onClick={applyUpdate}>
          {t('update.reload')}
        </Button>
      </div>
    </div>
  );
}
