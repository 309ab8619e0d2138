import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiProblem } from '../../../../schema/api-error';
import type { DraftV2 } from '../../../../schema/draft-v2';

/**
 * The open draft as the step components see it: its current values (what is on screen, saved or
 * being saved), how to change them, and the problems to show next to each field.
 */
export interface DraftApi {
  id: string;
  fields: DraftV2;
  get(path: string): string;
  /** Saves one value as it changes (each keystroke); `null` deletes an answer that no longer applies. */
  set(path: string, value: string | null): void;
  /** Saves several values in one transaction (a new person, a removed income). */
  setMany(changes: Record<string, string | null>): void;
  problemFor(path: string): ApiProblem | undefined;
}

export const DraftContext = createContext<DraftApi | null>(null);

export function useDraft(): DraftApi {
  const draft = useContext(DraftContext);
  if (!draft) throw new Error('useDraft outside <DraftContext.Provider>');
  return draft;
}

/** The id of a field's input, from its draft path: `member.m2.ssn` → `f-member-m2-ssn`. */
export function fieldId(path: string): string {
  return `f-${path.replaceAll('.', '-')}`;
}

/** Where an error link lands: the input itself, or the first choice of a group of choices. */
export function anchorFor(path: string, kind: 'input' | 'choice'): string {
  return kind === 'choice' ? `${fieldId(path)}__choice--0` : fieldId(path);
}
