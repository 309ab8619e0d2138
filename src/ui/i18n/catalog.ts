import { en, type MessageKey } from './en';
import { es } from './es';

export type Catalog = Record<MessageKey, string>;
export type { MessageKey };

/** Languages the app ships. Adding one is adding a catalog file and a line here. */
export const CATALOGS = { en, es } as const satisfies Record<string, Catalog>;
export type Language = keyof typeof CATALOGS;
export const LANGUAGES = Object.keys(CATALOGS) as Language[];
/** Each language's name in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type PluralKey = PluralBase<MessageKey>;

export interface Translator {
  lang: Language;
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

export function createTranslator(lang: Language): Translator {
  const catalog: Catalog = CATALOGS[lang];
  const rules = new Intl.PluralRules(lang);
  const numberFmt = new Intl.NumberFormat(lang);
  const moneyFmt = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' });
  const dateTimeFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const dateFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const timeFmt = new Intl.DateTimeFormat(lang, { timeStyle: 'medium' });
  return {
    lang,
    t: (key, params) => fill(catalog[key], params),
    plural: (key, count, params) => {
      const form = rules.select(count) === 'one' ? 'one' : 'other';
      return fill(catalog[`${key}.${form}` as MessageKey], {
        ...params,
        count: numberFmt.format(count),
      });
    },
    number: (n) => numberFmt.format(n),
    money: (n) => moneyFmt.format(n),
    dateTime: (iso) => dateTimeFmt.format(new Date(iso)),
    date: (iso) => dateFmt.format(new Date(iso)),
    time: (ms) => timeFmt.format(new Date(ms)),
  };
}

/** The language to start in: the saved choice, else the browser's, else English. */
export function initialLanguage(saved: string | null, browser: readonly string[]): Language {
  const candidates = [saved, ...browser].filter((x): x is string => Boolean(x));
  for (const tag of candidates) {
    const base = tag.toLowerCase().split('-')[0];
    if (base && (LANGUAGES as string[]).includes(base)) return base as Language;
  }
  return 'en';
}
