import { config, setLanguage } from '@cmsgov/design-system/preact';

/**
 * The CMS Design System as this app uses it: the Preact components imported one by one (each
 * screen pays only for what it renders) and its compiled CSS (see styles.css). Errors go above the
 * field, next to its label, as the error summary links to them.
 */
config({ errorPlacementDefault: 'top' });

export { Alert, Button, ChoiceList, TextField } from '@cmsgov/design-system/preact';

/** Keeps the design system's own words (e.g. the "Error:" prefix read by screen readers) in step. */
export function setDesignSystemLanguage(lang: string): void {
  setLanguage(lang);
}
