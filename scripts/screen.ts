// The screener's command line (issue 3): `npm run --silent screen -- FILE.json`, or `-` for
// standard input. Prints one JSON determination on stdout; invalid input prints what is wrong,
// naming the field, on stderr and exits 2. A broken rule pack is our bug: exit 1.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadPacks, PackError, selectPacks, supportedPlanYears } from '../src/rule-packs/load-pack';
import type { RulePack } from '../src/rule-packs/pack-schema';
import { problemsFromIssues } from '../src/schema/api-error';
import '../src/schema/zod-messages';
import { screeningInput } from '../src/schema/screening';
import { screen } from '../src/screener/determine';

export const EXIT_OK = 0;
export const EXIT_BUG = 1;
export const EXIT_INVALID_INPUT = 2;

/** Where the packs live: every `*.json` below it is a pack (README.md there says how to add one). */
export const PACKS_DIR = fileURLToPath(new URL('../src/rule-packs/', import.meta.url));

/** Reads every pack file under `dir`, in a stable order, named by its path relative to `dir`. */
export function readPackFiles(dir: string = PACKS_DIR): { name: string; json: unknown }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      return { name: relative(dir, path), json: JSON.parse(readFileSync(path, 'utf8')) };
    });
}

export type CliResult = { code: number; stdout: string; stderr: string };

const invalid = (lines: string[]): CliResult => ({
  code: EXIT_INVALID_INPUT,
  stdout: '',
  stderr: `Invalid input:\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
});

/** Screens one JSON text against the packs: the whole CLI minus the reading and the printing. */
export function runScreen(text: string, packs: readonly RulePack[]): CliResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return invalid([`(input): not JSON: ${(error as Error).message}`]);
  }
  const parsed = screeningInput.safeParse(json);
  if (!parsed.success) {
    return invalid(
      problemsFromIssues(parsed.error.issues).map((p) => `${p.path ?? '(input)'}: ${p.message}`),
    );
  }
  const input = parsed.data;
  const selected = selectPacks(packs, input.planYear, input.state);
  if (!selected) {
    const years = supportedPlanYears(packs).join(', ');
    return invalid([
      `planYear: no rule pack for plan year ${input.planYear} (packs cover ${years})`,
    ]);
  }
  const determination = screen(input, selected);
  return { code: EXIT_OK, stdout: `${JSON.stringify(determination, null, 2)}\n`, stderr: '' };
}

function main(argv: readonly string[]): CliResult {
  const file = argv[0];
  if (!file || argv.length > 1) {
    return invalid(['usage: npm run --silent screen -- FILE.json   (or - for standard input)']);
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    return invalid([
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    ]);
  }
  let packs: RulePack[];
  try {
    packs = loadPacks(readPackFiles());
  } catch (error) {
    const detail = error instanceof PackError ? error.message : String(error);
    return { code: EXIT_BUG, stdout: '', stderr: `Rule packs could not be loaded: ${detail}\n` };
  }
  return runScreen(text, packs);
}

// Run only when executed, not when a test or the benchmark imports the helpers above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = main(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
