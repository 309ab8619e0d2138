import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialLanguage, LANGUAGES } from './catalog';
import { CATALOGS, translatorFor as createTranslator } from './catalogs';
import { en } from './en';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('translation catalogs', () => {
  it('every language the app offers has a catalog', () => {
    expect(Object.keys(CATALOGS).sort()).toEqual([...LANGUAGES].sort());
  });

  it('every language has exactly the English keys, none empty', () => {
    for (const [lang, catalog] of Object.entries(CATALOGS)) {
      expect(Object.keys(catalog).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(catalog))
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('every language keeps the same {placeholders} in each message', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [lang, catalog] of Object.entries(CATALOGS)) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(names(catalog[key]), `${lang} ${key}`).toEqual(names(en[key]));
      }
    }
  });

  it('every key is used somewhere in the UI (no dead strings)', () => {
    const code = sources('src/ui')
      .filter((p) => !p.includes('/i18n/'))
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    // Keys built at run time: `state.${status}`, `reason.${outcome}`, `field.${field}`,
    // `error.${code}`, plural bases — their prefixes appear as template literals.
    const dynamic = [...code.matchAll(/`([a-zA-Z]+)\.\$\{/g)].map((m) => `${m[1]}.`);
    const unused = Object.keys(en).filter((key) => {
      if (dynamic.some((prefix) => key.startsWith(prefix))) return false;
      const base = key.replace(/\.(one|other)$/, '');
      return !code.includes(`'${key}'`) && !code.includes(`'${base}'`);
    });
    expect(unused).toEqual([]);
  });
});

describe('createTranslator', () => {
  it('fills placeholders and picks plural forms by language', () => {
    expect(createTranslator('en').plural('status.waiting', 1)).toBe(
      '1 application waiting to be sent',
    );
    expect(createTranslator('es').plural('status.waiting', 1200)).toBe(
      '1200 solicitudes en espera de envío',
    );
  });

  it('formats money for the language', () => {
    expect(createTranslator('en').money(52000)).toBe('$52,000.00');
    expect(createTranslator('es').money(52000).replace(/\s/g, ' ')).toMatch(/52\.000,00/);
  });
});

describe('has', () => {
  it('knows the keys of the catalog and nothing else', () => {
    const t = createTranslator('en');
    expect(t.has('error.generic')).toBe(true);
    expect(t.has('error.no_such_code')).toBe(false);
    expect(t.has('toString')).toBe(false);
  });
});

describe('initialLanguage', () => {
  it('prefers the saved choice, then the browser, then English', () => {
    expect(initialLanguage('es', ['en-US'])).toBe('es');
    expect(initialLanguage(null, ['es-MX', 'en'])).toBe('es');
    expect(initialLanguage(null, ['fr-FR'])).toBe('en');
  });
});
