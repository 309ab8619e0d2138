import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { US_STATES } from '../schema/us-states';
import { loadPacks, parsePack } from './load-pack';
import type { FederalPack, RulePack, StatePack } from './pack-schema';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const FILES = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.json'),
);
const PACKS: RulePack[] = loadPacks(
  FILES.map((f) => ({ name: f, json: JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) })),
);

function federal(year: number): FederalPack {
  const pack = PACKS.find((p): p is FederalPack => p.kind === 'federal' && p.planYear === year);
  if (!pack) throw new Error(`no federal ${year}`);
  return pack;
}
function state(id: string): StatePack {
  const pack = PACKS.find((p): p is StatePack => p.kind === 'state' && p.id === id);
  if (!pack) throw new Error(`no ${id}`);
  return pack;
}

describe('the shipped rule packs', () => {
  it('are the five packs issue 3 asks for, each valid (a new file is picked up with no code change)', () => {
    expect(PACKS.map((p) => p.id).sort()).toEqual([
      'MA-2025',
      'MA-2026',
      'federal-2025',
      'federal-2026',
      'federal-2027',
    ]);
    for (const f of FILES) {
      expect(() => parsePack(JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')), f)).not.toThrow();
    }
  });

  it('give Medicaid and CHIP limits for all 50 states and DC in every federal pack', () => {
    for (const year of [2025, 2026, 2027]) {
      expect(Object.keys(federal(year).medicaid.states).sort()).toEqual([...US_STATES].sort());
    }
  });

  it('[fpl.aptc] use the prior year poverty guideline for the credit: 2024, 2025, 2026', () => {
    expect([2025, 2026, 2027].map((y) => federal(y).ptc.guidelineYear)).toEqual([2024, 2025, 2026]);
  });

  it('[fpl] carry the HHS guidelines of 90 FR 5917 (2025) and FR Doc 2026-00755 (2026)', () => {
    const g2025 = federal(2026).povertyGuidelines.find((g) => g.year === 2025);
    expect(g2025?.contiguous).toEqual({ base: 15650, perPerson: 5500 });
    expect(g2025?.AK).toEqual({ base: 19550, perPerson: 6880 });
    expect(g2025?.HI).toEqual({ base: 17990, perPerson: 6330 });
    const g2026 = federal(2027).povertyGuidelines.find((g) => g.year === 2026);
    expect(g2026?.contiguous).toEqual({ base: 15960, perPerson: 5680 });
  });

  it('[aptc.band] hold the Rev. Proc. 2025-25 table for 2026, with the 400% cliff', () => {
    const table = federal(2026).applicablePercentage;
    if (table.status !== 'published') throw new Error('2026 table should be published');
    expect(table.bands.map((b) => [b.fromPct, b.toPct, b.initial, b.final])).toEqual([
      [0, 133, 0.021, 0.021],
      [133, 150, 0.0314, 0.0419],
      [150, 200, 0.0419, 0.066],
      [200, 250, 0.066, 0.0844],
      [250, 300, 0.0844, 0.0996],
      [300, 400, 0.0996, 0.0996],
    ]);
    expect(federal(2026).ptc.cliffAbovePct).toBe(400);
    expect(federal(2025).ptc.cliffAbovePct).toBeNull();
  });

  it('[aptc.table_missing] mark the 2027 table and required contribution missing, with the searches made', () => {
    const pack = federal(2027);
    expect(pack.applicablePercentage.status).toBe('missing');
    expect(pack.requiredContributionPercentage.status).toBe('missing');
    if (pack.applicablePercentage.status === 'missing') {
      expect(pack.applicablePercentage.searched.length).toBeGreaterThan(0);
    }
  });

  it('[employer] hold the required contribution percentages 9.02% (2025) and 9.96% (2026)', () => {
    const rcp = (y: number) => {
      const r = federal(y).requiredContributionPercentage;
      return r.status === 'published' ? r.value : null;
    };
    expect([rcp(2025), rcp(2026)]).toEqual([0.0902, 0.0996]);
  });

  it('[immigration.ptc_status] limit the credit to citizens and LPRs from 2027 (P.L. 119-21 s.71301)', () => {
    expect(federal(2026).ptc.eligibleStatuses.statuses).toContain('refugee');
    expect(federal(2027).ptc.eligibleStatuses.statuses).toEqual(['citizen', 'lpr']);
    expect([2025, 2026, 2027].map((y) => federal(y).ptc.lawfullyPresentBelowFloor.allowed)).toEqual(
      [true, false, false],
    );
  });

  it('[ma.connectorcare.plan_type] run ConnectorCare to 500% in 2025 and 100-400% in 2026', () => {
    const types = (id: string) => state(id).connectorCare?.planTypes.map((t) => t.planType);
    expect(types('MA-2025')).toEqual(['1', '2A', '2B', '3A', '3B', '3C', '3D']);
    expect(types('MA-2026')).toEqual(['2A', '2B', '3A', '3B', '3C']);
    expect(state('MA-2026').connectorCare?.planTypes.map((t) => t.enrolleeMonthlyPremium)).toEqual([
      0, 53, 103, 152, 235,
    ]);
  });

  it('refuse a figure block without its source, naming the block', () => {
    const raw = JSON.parse(readFileSync(`${DIR}/2026/federal.json`, 'utf8'));
    delete raw.povertyGuidelines[0].source;
    expect(() => parsePack(raw, 'no-source.json')).toThrow(/povertyGuidelines\.0\.source/);
    const ma = JSON.parse(readFileSync(`${DIR}/2026/ma.json`, 'utf8'));
    delete ma.connectorCare.premiumSource;
    expect(() => parsePack(ma, 'no-source.json')).toThrow(/connectorCare\.premiumSource/);
  });
});
