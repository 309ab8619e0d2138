/**
 * Types for the parts of @cmsgov/design-system's Preact build this app uses. The package ships
 * types only for its React build (dist/preact-components/types holds just the locale files), and
 * those pull in @types/react; these declare exactly the props we pass.
 */
declare module '@cmsgov/design-system/preact' {
  import type { ComponentChildren, JSX, Ref } from 'preact';

  interface FieldProps {
    label: ComponentChildren;
    name: string;
    id?: string;
    hint?: ComponentChildren;
    errorMessage?: ComponentChildren;
    errorId?: string;
    className?: string;
  }

  /** No `mask` or `labelMask`: the app's build leaves the masks out (src/ui/ds/no-masks.ts). */
  export interface TextFieldProps extends FieldProps {
    type?: 'text' | 'date' | 'email' | 'tel';
    defaultValue?: string;
    value?: string;
    onChange?: (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
    onBlur?: (event: JSX.TargetedFocusEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
    autoComplete?: string;
    inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
    spellCheck?: boolean;
    maxLength?: number;
    multiline?: boolean;
    rows?: number;
    size?: 'small' | 'medium';
    inputRef?: Ref<HTMLInputElement>;
  }
  export function TextField(props: TextFieldProps): JSX.Element;

  export interface ChoiceProps {
    label: ComponentChildren;
    value: string;
    hint?: ComponentChildren;
    defaultChecked?: boolean;
    checked?: boolean;
  }
  export interface ChoiceListProps extends FieldProps {
    type: 'radio' | 'checkbox';
    choices: ChoiceProps[];
    onChange?: (event: JSX.TargetedEvent<HTMLInputElement>) => void;
    size?: 'small';
  }
  export function ChoiceList(props: ChoiceListProps): JSX.Element;

  export interface AlertProps {
    heading?: ComponentChildren;
    headingLevel?: '1' | '2' | '3' | '4' | '5' | '6';
    variation?: 'error' | 'warn' | 'success';
    weight?: 'lightweight';
    role?: 'alert' | 'status' | 'region';
    hideIcon?: boolean;
    className?: string;
    children?: ComponentChildren;
  }
  export function Alert(props: AlertProps): JSX.Element;

  export interface ButtonProps {
    children: ComponentChildren;
    variation?: 'solid' | 'ghost';
    size?: 'small' | 'big';
    type?: 'button' | 'submit';
    href?: string;
    disabled?: boolean;
    className?: string;
    onClick?: (event: MouseEvent) => void;
    'data-testid'?: string;
  }
  export function Button(props: ButtonProps): JSX.Element;

  /** The design system's own strings (screen-reader prefixes) follow this language. */
  export function setLanguage(lang: string): void;
  export function config(options: { errorPlacementDefault?: 'top' | 'bottom' }): unknown;
}
