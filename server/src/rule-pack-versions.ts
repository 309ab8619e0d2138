import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The packs as data files (server/ never imports src/rule-packs code, DESIGN.md §8). */
const PACKS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'rule-packs');

const packHeader = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  planYear: z.int(),
});

export interface RulePackRef {
  id: string;
  version: string;
  planYear: number;
  /** `id@version`, as the screener's determinations name the packs they used. */
  ref: string;
}

/** Every rule pack shipped with this exchange (year folders of JSON files), sorted by ref. */
export function shippedRulePacks(dir: string = PACKS_DIR): RulePackRef[] {
  const refs: RulePackRef[] = [];
  for (const year of readdirSync(dir, { withFileTypes: true })) {
    if (!year.isDirectory() || !/^\d{4}$/.test(year.name)) continue;
    for (const file of readdirSync(join(dir, year.name))) {
      if (!file.endsWith('.json')) continue;
      const header = packHeader.parse(JSON.parse(readFileSync(join(dir, year.name, file), 'utf8')));
      refs.push({ ...header, ref: `${header.id}@${header.version}` });
    }
  }
  return refs.sort((a, b) => a.ref.localeCompare(b.ref));
}
