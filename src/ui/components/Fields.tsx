import type { ComponentChildren, Ref } from 'preact';
import { memo } from 'preact/compat';
import { ChoiceList, TextField } from '../ds';
import { useStableHandler } from '../hooks/use-stable-handler';
import { useI18n } from '../i18n/context';
import { fieldId, useDraft } from '../screens/Assist/wizard/draft-context';
import { problemMessage } from './messages';

/**
 * Form fields bound to the open draft: each shows the saved value, saves every change as it
 * happens, and shows its problem above the input in plain words. Text and choices are the CMS
 * Design System's components; a select is native (the design system's Dropdown costs 36 KB gzip
 * of JavaScript) with the design system's classes.
 */

interface Common {
  path: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
}

/**
 * The design system's fields, drawn again only when what they show changes. A keystroke re-renders
 * the step (its questions may depend on any answer), and redrawing every field of it was most of
 * the cost of a keystroke on a slow tablet (issue 8, the field change): now only the field typed in
 * is. Choices are compared by what they show: a step builds its list of options at every render.
 */
const PureTextField = memo(TextField, sameProps);
const PureChoiceList = memo(ChoiceList, sameProps);

type Choice = { value: string; label: ComponentChildren; defaultChecked?: boolean };

function sameProps(before: object, after: object): boolean {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) =>
    key === 'choices'
      ? sameChoices(a[key] as Choice[], b[key] as Choice[])
      : key in b && Object.is(a[key], b[key]),
  );
}

function sameChoices(a: Choice[], b: Choice[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (c, i) =>
        c.value === b[i]?.value &&
        Object.is(c.label, b[i]?.label) &&
        c.defaultChecked === b[i]?.defaultChecked,
    )
  );
}

function useProblem(path: string): string | undefined {
  const i18n = useI18n();
  const problem = useDraft().problemFor(path);
  return problem ? problemMessage(i18n, problem) : undefined;
}

export function TextInput(
  props: Common & {
    type?: 'text' | 'date' | 'email' | 'tel';
    inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
    maxLength?: number;
    /** Personal fields stay out of the browser's autofill and history (P9, A6). */
    autoComplete?: string;
    multiline?: boolean;
    onBlur?: () => void;
    inputRef?: Ref<HTMLInputElement>;
  },
) {
  const draft = useDraft();
  const error = useProblem(props.path);
  const onChange = useStableHandler(
    (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      draft.set(props.path, e.currentTarget.value),
  );
  return (
    <PureTextField
      id={fieldId(props.path)}
      name={props.path}
      label={props.label}
      hint={props.hint}
      errorMessage={error}
      type={props.type ?? 'text'}
      inputMode={props.inputMode ?? 'text'}
      autoComplete={props.autoComplete ?? 'off'}
      spellCheck={false}
      maxLength={props.maxLength ?? 100}
      multiline={props.multiline ?? false}
      defaultValue={draft.get(props.path)}
      onChange={onChange}
      {...(props.onBlur ? { onBlur: props.onBlur } : {})}
      {...(props.inputRef ? { inputRef: props.inputRef } : {})}
    />
  );
}

export type Options = readonly (readonly [value: string, label: string])[];

/** One answer among a few (radio buttons in a fieldset with its legend). */
export function RadioGroup(props: Common & { options: Options; onPick?: (value: string) => void }) {
  const draft = useDraft();
  const error = useProblem(props.path);
  const current = draft.get(props.path);
  const onChange = useStableHandler((e: { currentTarget: HTMLInputElement }) => {
    const value = e.currentTarget.value;
    if (props.onPick) props.onPick(value);
    else draft.set(props.path, value);
  });
  return (
    <PureChoiceList
      id={fieldId(props.path)}
      name={props.path}
      type="radio"
      label={props.label}
      hint={props.hint}
      errorMessage={error}
      choices={props.options.map(([value, label]) => ({
        value,
        label,
        defaultChecked: value === current,
      }))}
      onChange={onChange}
    />
  );
}

export function YesNo(props: Common & { onPick?: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <RadioGroup
      {...props}
      options={[
        ['yes', t('answer.yes')],
        ['no', t('answer.no')],
      ]}
    />
  );
}

/** Several answers at once; saved as space-separated values. */
export function Checkboxes(props: Common & { options: Options }) {
  const draft = useDraft();
  const error = useProblem(props.path);
  const chosen = new Set(draft.get(props.path).split(' ').filter(Boolean));
  const onChange = useStableHandler((e: { currentTarget: HTMLInputElement }) => {
    const next = new Set(draft.get(props.path).split(' ').filter(Boolean));
    if (e.currentTarget.checked) next.add(e.currentTarget.value);
    else next.delete(e.currentTarget.value);
    draft.set(props.path, [...next].join(' '));
  });
  return (
    <PureChoiceList
      id={fieldId(props.path)}
      name={props.path}
      type="checkbox"
      label={props.label}
      hint={props.hint}
      errorMessage={error}
      choices={props.options.map(([value, label]) => ({
        value,
        label,
        defaultChecked: chosen.has(value),
      }))}
      onChange={onChange}
    />
  );
}

export function Select(props: Common & { options: Options; placeholder: string }) {
  const draft = useDraft();
  const error = useProblem(props.path);
  const id = fieldId(props.path);
  const current = draft.get(props.path);
  const described = [props.hint ? `${id}__hint` : '', error ? `${id}__error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class="ds-u-clearfix">
      <label class="ds-c-label" for={id}>
        {props.label}
      </label>
      {props.hint && (
        <p class="ds-c-hint" id={`${id}__hint`}>
          {props.hint}
        </p>
      )}
      {error && (
        <p class="ds-c-inline-error" id={`${id}__error`}>
          {error}
        </p>
      )}
      <select
        id={id}
        name={props.path}
        class={`ds-c-field${error ? ' ds-c-field--error' : ''}`}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => draft.set(props.path, e.currentTarget.value)}
      >
        {/* `selected` on the saved option: Preact applies `value` before the options exist. */}
        <option value="" selected={current === ''}>
          {props.placeholder}
        </option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value} selected={value === current}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
