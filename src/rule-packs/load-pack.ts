import { problemsFromIssues } from '../schema/api-error';
import type { UsState } from '../schema/us-states';
import { type FederalPack, type RulePack, rulePack, type StatePack } from './pack-schema';

/** A pack that failed validation: `problems` name each bad field by its dotted path. */
export class PackError extends Error {
  constructor(
    readonly packName: string,
    readonly problems: readonly string[],
  ) {
    super(`Rule pack ${packName} is invalid: ${problems.join('; ')}`);
    this.name = 'PackError';
  }
}

/** Parses and validates one pack, including that its id agrees with its year and state. */
export function parsePack(raw: unknown, packName: string): RulePack {
  const parsed = rulePack.safeParse(raw);
  if (!parsed.success) {
    const problems = problemsFromIssues(parsed.error.issues).map(
      (p) => `${p.path ?? '(pack)'}: ${p.message}`,
    );
    throw new PackError(packName, problems);
  }
  const pack = parsed.data;
  const expectedId =
    pack.kind === 'federal' ? `federal-${pack.planYear}` : `${pack.state}-${pack.planYear}`;
  if (pack.id !== expectedId) {
    throw new PackError(packName, [`id: "${pack.id}" should be "${expectedId}"`]);
  }
  if (pack.kind === 'federal') checkFederal(pack, packName);
  return pack;
}

function checkFederal(pack: FederalPack, packName: string): void {
  const years = pack.povertyGuidelines.map((g) => g.year);
  if (!years.includes(pack.ptc.guidelineYear)) {
    throw new PackError(packName, [
      `ptc.guidelineYear: ${pack.ptc.guidelineYear} is not among povertyGuidelines (${years.join(', ')})`,
    ]);
  }
  if (pack.applicablePercentage.status === 'published') {
    const bands = pack.applicablePercentage.bands;
    bands.forEach((band, i) => {
      const next = bands[i + 1];
      if (band.toPct !== null && band.toPct <= band.fromPct) {
        throw new PackError(packName, [`applicablePercentage.bands.${i}: toPct ≤ fromPct`]);
      }
      if (next && next.fromPct !== band.toPct) {
        throw new PackError(packName, [`applicablePercentage.bands.${i + 1}: gap or overlap`]);
      }
    });
  }
}

/** Parses every pack; refuses two packs with the same id (which one would win is a coin toss). */
export function loadPacks(raws: Iterable<{ name: string; json: unknown }>): RulePack[] {
  const packs: RulePack[] = [];
  const seen = new Set<string>();
  for (const { name, json } of raws) {
    const pack = parsePack(json, name);
    if (seen.has(pack.id)) throw new PackError(name, [`id: "${pack.id}" appears twice`]);
    seen.add(pack.id);
    packs.push(pack);
  }
  return packs;
}

/** The packs one screening uses: the plan year's federal pack and, when there is one, the state's. */
export type PackSet = { federal: FederalPack; state: StatePack | null };

/** Picks the packs for (plan year, state), or null when no federal pack covers the plan year. */
export function selectPacks(
  packs: readonly RulePack[],
  planYear: number,
  state: UsState,
): PackSet | null {
  let federal: FederalPack | null = null;
  let statePack: StatePack | null = null;
  for (const pack of packs) {
    if (pack.planYear !== planYear) continue;
    if (pack.kind === 'federal') federal = pack;
    else if (pack.state === state) statePack = pack;
  }
  return federal ? { federal, state: statePack } : null;
}

/** Plan years some federal pack covers, ascending: what a caller can offer or name in an error. */
export function supportedPlanYears(packs: readonly RulePack[]): number[] {
  return packs
    .filter((p) => p.kind === 'federal')
    .map((p) => p.planYear)
    .sort((a, b) => a - b);
}
