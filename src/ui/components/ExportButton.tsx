import { useState } from 'preact/hooks';
import { exportFileName, type UnsavedFields } from '../../store/export';
import { Button } from '../ds';
import { useI18n } from '../i18n/context';
import { useServices } from '../services';

/** Offers a JSON file to the browser's downloads (no network, no storage write). */
function download(content: unknown, name: string): void {
  const blob = new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Export waiting applications": the hand-off file for when they cannot be sent in time, or the
 * storage is full (then with what could not be saved). Reads only: it works on a full disk.
 */
export function ExportButton(props: {
  disabled?: boolean;
  /** With a form that could not be saved: exported along with the waiting applications. */
  unsaved?: { applicationId: string; fields: UnsavedFields };
}) {
  const { t } = useI18n();
  const { exportWaiting } = useServices();
  const [message, setMessage] = useState<string | null>(null);
  const onClick = async () => {
    try {
      const file = await exportWaiting(props.unsaved ? { unsaved: props.unsaved } : undefined);
      const name = exportFileName(new Date(), file.items.length);
      download(file, name);
      setMessage(t('health.exported', { file: name }));
    } catch (error) {
      setMessage(t('health.exportFailed', { reason: String(error) }));
    }
  };
  return (
    <>
      <Button onClick={onClick} disabled={props.disabled ?? false}>
        {props.unsaved ? t('form.exportUnsaved') : t('health.export')}
      </Button>
      {message && (
        <p class="note" aria-live="polite" data-testid="export-message">
          {message}
        </p>
      )}
    </>
  );
}
