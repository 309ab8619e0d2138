import { useEffect, useLayoutEffect, useReducer, useState } from 'preact/hooks';
import { isStorageFull } from '../../store/errors';
import { useStableHandler } from './use-stable-handler';

/** Answers to save: a value per draft path, `null` to delete one that no longer applies. */
export type FieldChanges = Record<string, string | null>;

/** What the "saved on this device" line says. */
export type SaveStateName = 'saving' | 'unsaved' | 'saved';

/**
 * Saves each change as it is typed, and keeps what could not be saved. A full disk
 * (`QuotaExceededError`, issue 4) leaves the typing in memory and on screen for the export and a
 * retry; nothing saved before is touched. Any other failure is said as it came. While a write has
 * not committed, leaving the page asks for confirmation: a reload then would lose the keystroke.
 *
 * Outside the form's state on purpose: the form re-renders for the key typed, and only the lines
 * that show the saving (SaveFeedback.tsx, through useSaveStatus) re-render when it commits. As the
 * form's state, each keystroke rendered the whole wizard twice, and the second render delayed the
 * next keystroke's transaction (issue 8, the field change's p95).
 */
export class FieldSaves {
  private pending = 0;
  private changes: FieldChanges = {};
  private full = false;
  private error: string | null = null;
  private last: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  /** Counts the changes told, so that a late subscriber can tell it missed one. */
  version = 0;
  private readonly warn = (event: BeforeUnloadEvent) => event.preventDefault();

  constructor(
    private readonly write: (changes: FieldChanges) => Promise<unknown>,
    private readonly page: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  ) {}

  // Bound: handed to buttons and callbacks as they are.
  readonly save = (changes: FieldChanges): void => {
    this.changes = { ...this.changes, ...changes };
    if (this.pending++ === 0) this.page.addEventListener('beforeunload', this.warn);
    this.tell();
    const done = this.write(changes).then(
      () => {
        this.error = null;
        this.full = false;
        this.changes = withoutSaved(this.changes, changes);
      },
      (error: unknown) => this.record(error),
    );
    const counted = done.finally(() => {
      if (--this.pending === 0) this.page.removeEventListener('beforeunload', this.warn);
      this.tell();
    });
    this.last = Promise.allSettled([this.last, counted]);
  };

  /** A write that failed, or a submit that did: storage full, or another error to show. */
  readonly failed = (error: unknown): void => {
    this.record(error);
    this.tell();
  };

  /** Tries again every change that has not been saved. */
  readonly retry = (): void => {
    this.save(this.changes);
  };

  /** Resolves once every write so far has committed or failed. */
  readonly settled = (): Promise<unknown> => this.last;

  /** What was typed and not saved (deleted answers are not part of an export). */
  get unsaved(): Record<string, string> {
    return typedOnly(this.changes);
  }

  get storageFull(): boolean {
    return this.full;
  }

  get saveError(): string | null {
    return this.error;
  }

  get state(): SaveStateName {
    return this.pending > 0 ? 'saving' : this.error || this.full ? 'unsaved' : 'saved';
  }

  /** Called after every change of what the lines above show. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The form is gone: no confirmation is asked for its writes any more. */
  dispose(): void {
    this.page.removeEventListener('beforeunload', this.warn);
    this.listeners.clear();
  }

  private record(error: unknown): void {
    if (isStorageFull(error)) this.full = true;
    else this.error = error instanceof Error ? error.message : String(error);
  }

  private tell(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

/** One form's saves, for as long as it is on screen (both application forms save through this). */
export function useFieldSaves(write: (changes: FieldChanges) => Promise<unknown>): FieldSaves {
  // The latest closure: the application a form saves to is fixed, but its repository is not.
  const latest = useStableHandler(write);
  const [saves] = useState(() => new FieldSaves(latest));
  useEffect(() => () => saves.dispose(), [saves]);
  return saves;
}

/** Re-renders the calling component whenever `saves` changes what it shows. */
export function useSaveStatus(saves: FieldSaves): FieldSaves {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const changed = () => bump(undefined);
  const rendered = saves.version;
  // Before the frame is painted, and once more if a change came between the render and now.
  useLayoutEffect(() => {
    const unsubscribe = saves.subscribe(changed);
    if (saves.version !== rendered) changed();
    return unsubscribe;
  }, [saves]);
  return saves;
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
