import type { MessageKey } from './en';

// NOTE: only types come from the catalogs here. The browser fetches one language's catalog as a
// JSON asset (load.ts, built by vite.config.ts) so no catalog is part of the app's JavaScript;
// tests and page models get every catalog at once from catalogs.ts.
export type Catalog = Record<MessageKey, string>;
export type { MessageKey };

/** Languages the app ships. Adding one is adding a catalog file, a line here and in catalogs.ts. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Each language's name in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

export interface Translator {
  lang: Language;
  /** Whether the catalog has this key (keys built at run time, e.g. from an error code). */
  has(key: string): key is MessageKey;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** Plural message: picks `.one`/`.other` by the language's rules; `{count}` is formatted. */
  plural(key: PluralKey, count: number, params?: Record<string, string | number>): string;
  number(n: number): string;
  money(n: number): string;
  dateTime(iso: string): string;
  date(iso: string): string;
  time(ms: number): string;
}

function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Builds `make()` on the first call and returns that one value ever after. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

export function createTranslator(lang: Language, catalog: Catalog): Translator {
  // Built on first use: a first screen formats no number, and the first Intl formatter is slow to
  // build (in Node, the first NumberFormat took 18 ms; issue 8, the first render's long task).
  const rules = once(() => new Intl.PluralRules(lang));
  const numberFmt = once(() => new Intl.NumberFormat(lang));
  const moneyFmt = once(() => new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' }));
  const dateTimeFmt = once(
    () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const dateFmt = once(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }));
  const timeFmt = once(() => new Intl.DateTimeFormat(lang, { timeStyle: 'medium' }));
  return {
    lang,
    has: (key): key is MessageKey => Object.hasOwn(catalog, key),
    t: (key, params) => fill(catalog[key], params),
    plural: (key, count, params) => {
      const form = rules().select(count) === 'one' ? 'one' : 'other';
      return fill(catalog[`${key}.${form}` as MessageKey], {
        ...params,
        count: numberFmt().format(count),
      });
    },
    number: (n) => numberFmt().format(n),
    money: (n) => moneyFmt().format(n),
    dateTime: (iso) => dateTimeFmt().format(new Date(iso)),
    date: (iso) => dateFmt().format(new Date(iso)),
    time: (ms) => timeFmt().format(new Date(ms)),
  };
}

/** The language to start in: the saved choice, else the browser's, else English. */
export function initialLanguage(saved: string | null, browser: readonly string[]): Language {
  const candidates = [saved, ...browser].filter((x): x is string => Boolean(x));
  for (const tag of candidates) {
    const base = tag.toLowerCase().split('-')[0];
    if (base && (LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}
