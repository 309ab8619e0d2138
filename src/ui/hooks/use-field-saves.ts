import { useState } from 'preact/hooks';
import { isStorageFull } from '../../store/errors';
import { usePendingSaves } from './use-pending-saves';

/** Answers to save: a value per draft path, `null` to delete one that no longer applies. */
export type FieldChanges = Record<string, string | null>;

/**
 * Saves each change as it is typed, and keeps what could not be saved. A full disk
 * (`QuotaExceededError`, issue 4) leaves the typing in memory and on screen for the export and a
 * retry; nothing saved before is touched. Any other failure is said as it came. Both application
 * forms (the wizard and the version-1 page) save through this.
 */
export function useFieldSaves(write: (changes: FieldChanges) => Promise<unknown>) {
  const pending = usePendingSaves();
  const [unsaved, setUnsaved] = useState<FieldChanges>({});
  const [storageFull, setStorageFull] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  /** A write that failed, or a submit that did: storage full, or another error to show. */
  const failed = (error: unknown) => {
    if (isStorageFull(error)) setStorageFull(true);
    else setSaveError(error instanceof Error ? error.message : String(error));
  };

  const save = (changes: FieldChanges) => {
    setUnsaved((u) => ({ ...u, ...changes }));
    pending.track(write(changes)).then(() => {
      setSaveError(null);
      setStorageFull(false);
      setUnsaved((u) => withoutSaved(u, changes));
    }, failed);
  };

  return {
    save,
    failed,
    /** Tries again every change that has not been saved. */
    retry: () => save(unsaved),
    /** What was typed and not saved (deleted answers are not part of an export). */
    unsaved: typedOnly(unsaved),
    storageFull,
    saveError,
    /** What the "saved on this device" line says. */
    state: (pending.count > 0 ? 'saving' : saveError || storageFull ? 'unsaved' : 'saved') as
      | 'saving'
      | 'unsaved'
      | 'saved',
    /** Resolves once every write so far has committed or failed. */
    settled: pending.settled,
  };
}

/** The changes still unsaved once `saved` has committed (a newer value for a path stays). */
function withoutSaved(unsaved: FieldChanges, saved: FieldChanges): FieldChanges {
  const rest = { ...unsaved };
  for (const [path, value] of Object.entries(saved)) if (rest[path] === value) delete rest[path];
  return rest;
}

function typedOnly(changes: FieldChanges): Record<string, string> {
  const typed: Record<string, string> = {};
  for (const [path, value] of Object.entries(changes)) if (value !== null) typed[path] = value;
  return typed;
}
