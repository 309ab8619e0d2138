import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { setDesignSystemLanguage } from '../ds';
import { createTranslator, type Language, type Translator } from './catalog';

export const LANGUAGE_STORAGE_KEY = 'enrollment-assist:language';

interface I18nValue extends Translator {
  setLanguage(lang: Language): void;
  /** False until a language was chosen on this device (the first screen asks for one). */
  chosen: boolean;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider(props: {
  initial: Language;
  /** Whether the language was chosen before (saved), rather than guessed from the browser. */
  chosen?: boolean;
  children: ComponentChildren;
}) {
  const [lang, setLang] = useState<Language>(props.initial);
  const [chosen, setChosen] = useState(props.chosen ?? true);
  const value = useMemo<I18nValue>(
    () => ({
      ...createTranslator(lang),
      chosen,
      setLanguage: (next) => {
        setLang(next);
        setChosen(true);
        try {
          localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
        } catch {
          // Private mode or full storage: the choice lasts for this visit only.
        }
      },
    }),
    [lang, chosen],
  );
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
