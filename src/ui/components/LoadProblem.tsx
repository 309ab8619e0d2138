import { useI18n } from '../i18n/context';
import { ReloadAlert } from './ReloadAlert';

/**
 * Shown in place of the screen when it cannot be drawn: part of the app failed to load
 * (load-failure.ts), or the device storage could not be read. Says that nothing saved is lost.
 */
export function LoadProblem(props: { cause?: 'load' | 'storage' }) {
  const { t } = useI18n();
  return (
    <ReloadAlert
      message={t(props.cause === 'storage' ? 'app.storageReadFailed' : 'app.loadFailed')}
    />
  );
}
