import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPacks, PackError, parsePack, selectPacks, supportedPlanYears } from './load-pack';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8'));
const federal2026 = read('./2026/federal.json') as Record<string, unknown>;
const ma2026 = read('./2026/ma.json') as Record<string, unknown>;
const federal2025 = read('./2025/federal.json');

describe('parsePack', () => {
  it('refuses a pack with a bad figure and names the field', () => {
    const broken = structuredClone(federal2026) as { ptc: { incomeFloorPct: unknown } };
    broken.ptc.incomeFloorPct = 'a hundred';
    expect(() => parsePack(broken, 'broken.json')).toThrow(/ptc\.incomeFloorPct/);
  });

  it('refuses a pack whose id disagrees with its plan year', () => {
    expect(() => parsePack({ ...federal2026, id: 'federal-2030' }, 'x.json')).toThrow(
      /should be "federal-2026"/,
    );
  });

  it('refuses a newer pack format than this engine reads', () => {
    expect(() => parsePack({ ...federal2026, formatVersion: 2 }, 'x.json')).toThrow(PackError);
  });

  it('refuses applicable-percentage bands with a gap', () => {
    const gap = structuredClone(federal2026) as {
      applicablePercentage: { bands: { fromPct: number }[] };
    };
    const band = gap.applicablePercentage.bands[2];
    if (band) band.fromPct = 155;
    expect(() => parsePack(gap, 'gap.json')).toThrow(/bands\.2: gap or overlap/);
  });
});

describe('loadPacks and selectPacks', () => {
  const packs = loadPacks([
    { name: 'f25', json: federal2025 },
    { name: 'f26', json: federal2026 },
    { name: 'ma26', json: ma2026 },
  ]);

  it('refuses two packs with the same id', () => {
    expect(() =>
      loadPacks([
        { name: 'a', json: federal2026 },
        { name: 'b', json: federal2026 },
      ]),
    ).toThrow(/appears twice/);
  });

  it('picks the federal pack and the state overlay for (plan year, state)', () => {
    const set = selectPacks(packs, 2026, 'MA');
    expect(set?.federal.id).toBe('federal-2026');
    expect(set?.state?.id).toBe('MA-2026');
  });

  it('gives no overlay for a state without a pack, and nothing for an uncovered year', () => {
    expect(selectPacks(packs, 2026, 'TX')?.state).toBeNull();
    expect(selectPacks(packs, 2025, 'MA')?.state).toBeNull();
    expect(selectPacks(packs, 2031, 'MA')).toBeNull();
    expect(supportedPlanYears(packs)).toEqual([2025, 2026]);
  });
});
