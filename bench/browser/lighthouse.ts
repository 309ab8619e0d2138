// Lighthouse 12 (mobile: its default Moto G Power profile, simulated slow 4G and 4× CPU) against
// the built app served by the real server, through its CLI as a person would run it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../e2e/support/browser';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];
export type LighthouseScores = Record<LighthouseCategory, number>;

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin', 'lighthouse');

interface Report {
  categories: Record<string, { score: number | null }>;
  runtimeError?: { message: string };
}

/** One Lighthouse run on `url`; scores 0–100. */
export async function lighthouse(url: string): Promise<LighthouseScores> {
  const dir = mkdtempSync(join(tmpdir(), 'ea-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    const args = [
      url,
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
      '--quiet',
      `--chrome-flags=${['--headless=new', ...CHROMIUM_FLAGS].join(' ')}`,
    ];
    const log = await new Promise<string>((ok, fail) => {
      const child = spawn(BIN, args, {
        env: { ...process.env, CHROME_PATH: CHROMIUM },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.stderr.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', fail);
      child.on('exit', (code) =>
        code === 0 ? ok(text) : fail(new Error(`lighthouse exited ${code}:\n${text}`)),
      );
    });
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}\n${log}`);
    const score = (c: LighthouseCategory) => {
      const value = report.categories[c]?.score;
      if (value === null || value === undefined) throw new Error(`lighthouse gave no ${c} score`);
      return Math.round(value * 100);
    };
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
