import { useEffect, useState } from 'preact/hooks';
import { Button } from '../ds';
import { useI18n } from '../i18n/context';
import { applyUpdate, onUpdatePhase, type UpdatePhase } from '../update-state';

/**
 * "Reload to update", offered only when it is safe: `safe` is false while an application form is
 * open (half-filled answers) or a send is in flight (DESIGN.md §4). The new version waits meanwhile.
 * Once it has taken over, the page reloads onto it at the first safe moment: the takeover can come
 * minutes after the assister agreed (update-state.ts), and never reloads over an open application.
 */
export function UpdateBanner(props: { safe: boolean; reload?: () => void }) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<UpdatePhase>('none');
  useEffect(() => onUpdatePhase(setPhase), []);
  const reload = props.reload ?? (() => location.reload());
  useEffect(() => {
    if (phase === 'activated' && props.safe) reload();
  }, [phase, props.safe]);
  if (phase === 'none' || !props.safe) return null;
  return (
    <div class="update-banner" role="status" data-testid="update-banner">
      <div class="update-banner__inner">
        {phase === 'offered' ? (
          <>
            <span>{t('update.ready')}</span>
            <Button variation="solid" onClick={() => applyUpdate()}>
              {t('update.reload')}
            </Button>
          </>
        ) : (
          <span>{t(phase === 'slow' ? 'update.slow' : 'update.applying')}</span>
        )}
      </div>
    </div>
  );
}
