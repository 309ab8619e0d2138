import type { ComponentChildren } from 'preact';

/**
 * Native form controls in the design system's classes (its Preact TextField and ChoiceList would
 * add their JavaScript to this screen; the JavaScript budget is nearly spent). The problem, in
 * plain words, sits above the control, next to its label, as in the application's wizard.
 */

interface Common {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren | undefined;
  error?: string | undefined;
}

function describedBy(p: Common): string | undefined {
  const ids = [p.hint ? `${p.id}__hint` : '', p.error ? `${p.id}__error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function LabelBlock(p: Common) {
  return (
    <>
      <label class="ds-c-label" for={p.id}>
        {p.label}
      </label>
      {p.hint && (
        <p class="ds-c-hint" id={`${p.id}__hint`}>
          {p.hint}
        </p>
      )}
      {p.error && (
        <p class="ds-c-inline-error" id={`${p.id}__error`}>
          {p.error}
        </p>
      )}
    </>
  );
}

export function TextBox(
  p: Common & {
    value: string;
    onInput: (value: string) => void;
    inputMode?: 'text' | 'numeric' | 'decimal';
    size?: 'small' | 'medium';
    maxLength?: number;
  },
) {
  return (
    <div class="ds-u-clearfix check-field">
      <LabelBlock {...p} />
      <input
        id={p.id}
        type="text"
        class={`ds-c-field${p.size ? ` ds-c-field--${p.size}` : ''}${p.error ? ' ds-c-field--error' : ''}`}
        inputMode={p.inputMode ?? 'text'}
        autoComplete="off"
        spellcheck={false}
        maxLength={p.maxLength ?? 100}
        value={p.value}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

export type Options = readonly (readonly [value: string, label: string])[];

export function SelectBox(
  p: Common & {
    value: string;
    options: Options;
    placeholder?: string;
    onChange: (v: string) => void;
  },
) {
  return (
    <div class="ds-u-clearfix check-field">
      <LabelBlock {...p} />
      <select
        id={p.id}
        class={`ds-c-field${p.error ? ' ds-c-field--error' : ''}`}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={describedBy(p)}
        onChange={(e) => p.onChange(e.currentTarget.value)}
      >
        {p.placeholder !== undefined && (
          <option value="" selected={p.value === ''}>
            {p.placeholder}
          </option>
        )}
        {p.options.map(([value, label]) => (
          <option key={value} value={value} selected={value === p.value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckBox(p: {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="ds-c-choice-wrapper">
      <input
        id={p.id}
        type="checkbox"
        class="ds-c-choice"
        checked={p.checked}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
      />
      <label class="ds-c-label" for={p.id}>
        {p.label}
      </label>
    </div>
  );
}
