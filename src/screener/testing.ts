/**
 * Typed builders for the screener's tests (and the benchmark): the shipped packs, a person, a
 * household at a given % of a guideline. Imports the pack files directly so it needs no file system.
 */
import federal2025 from '../rule-packs/2025/federal.json';
import ma2025 from '../rule-packs/2025/ma.json';
import federal2026 from '../rule-packs/2026/federal.json';
import ma2026 from '../rule-packs/2026/ma.json';
import federal2027 from '../rule-packs/2027/federal.json';
import { loadPacks, type PackSet, selectPacks } from '../rule-packs/load-pack';
import {
  type Determination,
  type ScreeningInput,
  type ScreeningInputRaw,
  screeningInput,
} from '../schema/screening';
import type { UsState } from '../schema/us-states';
import { screen } from './determine';
import { guidelineFor } from './fpl';

export const PACKS = loadPacks([
  { name: '2025/federal.json', json: federal2025 },
  { name: '2025/ma.json', json: ma2025 },
  { name: '2026/federal.json', json: federal2026 },
  { name: '2026/ma.json', json: ma2026 },
  { name: '2027/federal.json', json: federal2027 },
]);

export function packsFor(planYear: number, state: UsState): PackSet {
  const set = selectPacks(PACKS, planYear, state);
  if (!set) throw new Error(`no packs for ${planYear}`);
  return set;
}

type RawMember = ScreeningInputRaw['household'][number];

/** A citizen adult filer of 40 with no income, changed by `over`. */
export function person(over: Partial<RawMember> = {}): RawMember {
  return { role: 'filer', age: 40, immigrationStatus: 'citizen', incomes: [], ...over };
}

export const wages = (annual: number): RawMember['incomes'] => [{ type: 'wages', annual }];

/** Parses like the CLI does (defaults filled in); throws on invalid input. */
export function parse(raw: ScreeningInputRaw): ScreeningInput {
  return screeningInput.parse(raw);
}

/** Parses and screens against the shipped packs. */
export function run(raw: ScreeningInputRaw): Determination {
  const input = parse(raw);
  return screen(input, packsFor(input.planYear, input.state));
}

/** Annual income that is exactly `percent`% of the credit's guideline for the plan year. */
export function incomeAt(
  percent: number,
  size: number,
  planYear: number,
  state: UsState = 'TX',
): number {
  const packs = packsFor(planYear, state);
  const g = packs.federal.povertyGuidelines.find((x) => x.year === packs.federal.ptc.guidelineYear);
  if (!g) throw new Error('no guideline');
  return (guidelineFor(g, state, size) * percent) / 100;
}

/** A household of `size`: a filer plus dependents aged 10, all income on the filer. */
export function household(
  size: number,
  income: number,
  over: Partial<RawMember> = {},
): RawMember[] {
  const members: RawMember[] = [person({ incomes: wages(income), ...over })];
  for (let i = 1; i < size; i++) members.push(person({ role: 'dependent', age: 10 }));
  return members;
}
