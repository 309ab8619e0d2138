import type { UnsavedFields } from '../../store/export';
import { Button } from '../ds';
import { useI18n } from '../i18n/context';
import { ExportButton } from './ExportButton';

/**
 * Storage full (`QuotaExceededError`): the change was not saved, what was typed stays on screen
 * and in memory, nothing saved before is touched, and the waiting applications can leave the
 * device as a file together with this form (DESIGN.md §4).
 */
export function StorageFullNotice(props: {
  applicationId: string;
  unsaved: UnsavedFields;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <div class="storage-full" role="alert" data-testid="storage-full">
      <p>{t('form.storageFull')}</p>
      <Button onClick={props.onRetry}>{t('form.retrySave')}</Button>{' '}
      <ExportButton unsaved={{ applicationId: props.applicationId, fields: props.unsaved }} />
    </div>
  );
}
