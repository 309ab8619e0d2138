import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickDesignSystemStrings } from './strings';

const ESM = resolve('node_modules/@cmsgov/design-system/dist/preact-components/esm');
const read = (file: string) => readFileSync(file, 'utf8');
const locale = (lang: string) => JSON.parse(read(join(ESM, 'locale', `${lang}.json`)));

/** The design-system components src/ui/ds/index.ts re-exports (its first export line). */
function usedComponents(): string[] {
  const source = read(resolve('src/ui/ds/index.ts'));
  const list = /export \{([^}]+)\} from '@cmsgov\/design-system\/preact'/.exec(source)?.[1] ?? '';
  return list.split(',').map((name) => name.trim());
}

/** Does `file` declare an export named `name`? */
function declares(file: string, name: string): boolean {
  const source = read(file);
  return (
    new RegExp(`export (?:default )?(?:function|const|let|class) ${name}\\b`).test(source) ||
    new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\}`).test(source)
  );
}

/**
 * Every module those components load, following relative imports. An import from a folder (its
 * index.js re-exports the folder) follows only the files that declare the imported names, as the
 * bundler keeps only those.
 */
function reachableModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = read(file);
    for (const [, names, spec] of source.matchAll(
      /import\s+([^;]*?)\s+from\s+["'](\.{1,2}\/[^"']+)["']/g,
    )) {
      const target = join(dirname(file), spec as string);
      if (existsSync(`${target}.js`)) {
        visit(`${target}.js`);
        continue;
      }
      const barrel = join(target, 'index.js');
      if (!existsSync(barrel)) continue; // the locale files themselves, and nothing else
      const wanted = [...(names ?? '').matchAll(/\b(\w+)\b(?!\s+as\b)/g)].map((m) => m[1] ?? '');
      const parts = [...read(barrel).matchAll(/from\s+["']\.\/([^"']+)["']/g)].map((m) =>
        join(target, `${m[1]}.js`),
      );
      for (const name of wanted) for (const part of parts) if (declares(part, name)) visit(part);
    }
  };
  for (const name of usedComponents()) visit(join(ESM, name, `${name}.js`));
  return [...seen];
}

describe("the design system's words the build keeps", () => {
  it('finds the components the app uses, and what they load', () => {
    expect(usedComponents()).toEqual(['Alert', 'Button', 'ChoiceList', 'TextField']);
    expect(reachableModules().length).toBeGreaterThan(10);
  });

  it('keeps every key those components look up, with its text, in both languages', () => {
    const keys = new Set<string>();
    for (const file of reachableModules()) {
      const source = readFileSync(file, 'utf8');
      for (const [, key] of source.matchAll(/\bt\(['"]([\w.]+)['"]/g)) keys.add(key as string);
      // A key built at run time (t(`alert.${variation}`)): the whole section is needed.
      for (const [, section] of source.matchAll(/\bt\(`(\w+)\.\$\{/g)) keys.add(section as string);
    }
    expect(keys.size).toBeGreaterThan(0);
    for (const lang of ['en', 'es']) {
      const all = locale(lang);
      const kept = pickDesignSystemStrings(all);
      for (const key of keys) {
        const [section, name] = key.split('.') as [string, string | undefined];
        if (name === undefined) expect(kept[section], `${lang} ${key}`).toEqual(all[section]);
        else expect(kept[section]?.[name], `${lang} ${key}`).toBe(all[section][name]);
      }
    }
  });

  it('keeps a small part of the files', () => {
    const all = locale('es');
    expect(JSON.stringify(pickDesignSystemStrings(all)).length).toBeLessThan(
      JSON.stringify(all).length / 5,
    );
  });
});
