import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { determination } from '../schema/screening';

/** The CLI contract of issue 3, exercised by spawning the real script. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SPAWN_TIMEOUT_MS = 30_000;

const INPUT = {
  planYear: 2026,
  screeningDate: '2026-04-15',
  state: 'MA',
  benchmarkSilverMonthlyPremium: 1000,
  household: [
    {
      role: 'filer',
      age: 36,
      immigrationStatus: 'citizen',
      incomes: [{ type: 'wages', annual: 45000 }],
    },
  ],
};

function cli(args: string[], stdin?: string) {
  const r = spawnSync(TSX, ['scripts/screen.ts', ...args], {
    cwd: ROOT,
    input: stdin ?? '',
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'screen-')), 'input.json');
  writeFileSync(path, content);
  return path;
}

describe('npm run screen', () => {
  it(
    'prints one JSON determination for a file, and the same for standard input',
    () => {
      const fromFile = cli([file(JSON.stringify(INPUT))]);
      expect([fromFile.code, fromFile.stderr]).toEqual([0, '']);
      const d = determination.parse(JSON.parse(fromFile.stdout));
      // $45,000 / $15,650 (2025 guideline for 1) = 287.5%: ConnectorCare 3B in 2026.
      expect([d.fplPercent, d.members[0]?.stateProgramDetail]).toEqual([287.5, 'Plan Type 3B']);
      expect(cli(['-'], JSON.stringify(INPUT)).stdout).toBe(fromFile.stdout);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'works through npm exactly as the contract says',
    () => {
      const r = spawnSync('npm', ['run', '--silent', 'screen', '--', file(JSON.stringify(INPUT))], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: SPAWN_TIMEOUT_MS,
      });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).packs).toEqual(['federal-2026', 'MA-2026']);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'exits 2 and names the bad field on standard error',
    () => {
      const bad = { ...INPUT, household: [{ ...INPUT.household[0], age: -3 }] };
      const r = cli(['-'], JSON.stringify(bad));
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(/household\.0\.age/);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'exits 2 for a plan year no pack covers, naming planYear',
    () => {
      const r = cli(['-'], JSON.stringify({ ...INPUT, planYear: 2031 }));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/planYear: no rule pack for plan year 2031/);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'exits 2 for text that is not JSON, and for a missing argument',
    () => {
      expect(cli(['-'], '{ nope').code).toBe(2);
      const usage = cli([]);
      expect([usage.code, usage.stderr.includes('usage')]).toEqual([2, true]);
    },
    SPAWN_TIMEOUT_MS,
  );
});
