import { type Catalog, createTranslator, type Language, type Translator } from './catalog';
import { en } from './en';
import { es } from './es';

/**
 * Every catalog at once, as modules: for tests, e2e page models and the build (vite.config.ts
 * turns each into a JSON asset). The app itself never imports this file: it fetches the one
 * language it shows (load.ts), so no catalog counts against its JavaScript budget.
 */
export const CATALOGS = { en, es } as const satisfies Record<Language, Catalog>;

/** A translator with its catalog already at hand (tests). */
export function translatorFor(lang: Language): Translator {
  return createTranslator(lang, CATALOGS[lang]);
}
