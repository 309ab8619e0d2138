import { useI18n } from '../i18n/context';

/**
 * Shown in place of the screen when it cannot be drawn: part of the app failed to load
 * (load-failure.ts), or the device storage could not be read. Says that nothing saved is lost and
 * offers the one thing that helps, a reload.
 */
export function LoadProblem(props: { cause?: 'load' | 'storage' }) {
  const { t } = useI18n();
  return (
    <div class="reload-notice" role="alert">
      <p>{t(props.cause === 'storage' ? 'app.storageReadFailed' : 'app.loadFailed')}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
