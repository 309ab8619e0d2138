/**
 * The design system's own words that this app's screens can show. Its locale files hold every
 * component's words in English and Spanish (14 KB, in the first screen's chunk); the build keeps
 * only these (vite.config.ts), and strings.test.ts fails when a component the app uses needs one
 * that is not kept. A key names one string, or a whole section (`alert`: the key is built from
 * the alert's variation).
 */
export const DS_STRING_KEYS = [
  'alert',
  'icons.alertCircle',
  'icons.checkCircle',
  'icons.infoCircle',
  'icons.warning',
  'inlineError.prefix',
] as const;

type Strings = Record<string, Record<string, string>>;

/** The kept part of one of the design system's locale files. */
export function pickDesignSystemStrings(all: Strings): Strings {
  const kept: Strings = {};
  for (const key of DS_STRING_KEYS) {
    const [section, name] = key.split('.') as [string, string | undefined];
    const from = all[section];
    if (!from) continue;
    if (name === undefined) kept[section] = { ...from };
    else if (from[name] !== undefined) kept[section] = { ...kept[section], [name]: from[name] };
  }
  return kept;
}
