import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { setDesignSystemLanguage } from '../ds';
import { type Catalog, createTranslator, type Language, type Translator } from './catalog';

export const LANGUAGE_STORAGE_KEY = 'enrollment-assist:language';

export type LoadedCatalogs = Partial<Record<Language, Catalog>>;

interface I18nValue extends Translator {
  /** Switches once the language's catalog is here (fetched first if need be): no untranslated keys. */
  setLanguage(lang: Language): void;
  /** False until a language was chosen on this device (the first screen asks for one). */
  chosen: boolean;
  /** The catalogs loaded so far: the first screen on a new device greets in every language. */
  catalogs: LoadedCatalogs;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider(props: {
  initial: Language;
  /** Catalogs already loaded; must hold `initial`'s (main.tsx fetches it before rendering). */
  catalogs: LoadedCatalogs;
  /** Fetches a language's catalog on a switch to one not loaded yet. */
  load?: (lang: Language) => Promise<Catalog>;
  /** Whether the language was chosen before (saved), rather than guessed from the browser. */
  chosen?: boolean;
  children: ComponentChildren;
}) {
  const [lang, setLang] = useState<Language>(props.initial);
  const [chosen, setChosen] = useState(props.chosen ?? true);
  const [catalogs, setCatalogs] = useState<LoadedCatalogs>(props.catalogs);
  const catalog = catalogs[lang];
  if (!catalog) throw new Error(`I18nProvider: the ${lang} catalog is not loaded`);
  const value = useMemo<I18nValue>(() => {
    const choose = (next: Language) => {
      setLang(next);
      setChosen(true);
      try {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
      } catch {
        // Private mode or full storage: the choice lasts for this visit only.
      }
    };
    return {
      ...createTranslator(lang, catalog),
      chosen,
      catalogs,
      setLanguage: (next) => {
        const have = catalogs[next];
        if (have || !props.load) {
          if (have) choose(next);
          return;
        }
        // Offline the catalog comes from the precache; if even that fails, stay in this language.
        props.load(next).then(
          (loaded) => {
            setCatalogs((all) => ({ ...all, [next]: loaded }));
            choose(next);
          },
          (error: unknown) => console.error('language switch failed', error),
        );
      },
    };
  }, [lang, chosen, catalog, catalogs, props.load]);
  useEffect(() => {
    document.documentElement.lang = lang;
    setDesignSystemLanguage(lang);
    document.title = value.t('app.title');
  }, [lang, value]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}
