import { type FieldSaves, useSaveStatus } from '../hooks/use-field-saves';
import { useI18n } from '../i18n/context';
import { StorageFullNotice } from './StorageFullNotice';

/**
 * "All changes saved on this device", said only once the write has committed (a reload before
 * then loses the keystroke); "Saving…" meanwhile; nothing while a save has failed (its error says
 * why).
 */
export function SaveState(props: { saves: FieldSaves }) {
  const { t } = useI18n();
  const { state } = useSaveStatus(props.saves);
  return (
    <p class="save-state" data-testid="save-state" aria-live="polite">
      {state === 'saving' ? t('form.saving') : state === 'saved' ? t('form.saved') : ''}
    </p>
  );
}

/** Why the last change was not saved: a full disk (with the export and a retry), or the error. */
export function SaveProblems(props: { saves: FieldSaves; applicationId: string }) {
  const { t } = useI18n();
  const saves = useSaveStatus(props.saves);
  return (
    <>
      {saves.saveError && (
        <p class="error" role="alert">
          {t('form.saveFailed', { reason: saves.saveError })}
        </p>
      )}
      {saves.storageFull && (
        <StorageFullNotice
          applicationId={props.applicationId}
          unsaved={saves.unsaved}
          onRetry={saves.retry}
        />
      )}
    </>
  );
}
