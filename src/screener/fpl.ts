import type { PackSet } from '../rule-packs/load-pack';
import type { PovertyGuideline } from '../rule-packs/pack-schema';
import type { UsState } from '../schema/us-states';

/** One year's guideline for one household size in one state (26 CFR 1.36B-1(h); 42 CFR 435.4). */
export function guidelineFor(guideline: PovertyGuideline, state: UsState, size: number): number {
  // Alaska and Hawaii have their own guidelines; the 48 states and DC share one.
  const table =
    state === 'AK' ? guideline.AK : state === 'HI' ? guideline.HI : guideline.contiguous;
  return table.base + table.perPerson * (Math.max(1, size) - 1);
}

/** Income as a percent of a guideline, unrounded: thresholds are tested on this, never on a display. */
export function percentOf(income: number, guidelineAmount: number): number {
  // Multiply first: 20,029.80 / 15,060 × 100 is 132.99999999999997 (under the 133% edge);
  // (20,029.80 × 100) / 15,060 is exactly 133.
  return (income * 100) / guidelineAmount;
}

/** The guideline the credit uses: the one published before open enrollment (the prior year's). */
export function ptcGuideline(packs: PackSet): PovertyGuideline {
  const { federal } = packs;
  const found = federal.povertyGuidelines.find((g) => g.year === federal.ptc.guidelineYear);
  // load-pack checks that the year is there; a pack that got past it is a programming error.
  if (!found) throw new Error(`${federal.id}: no guideline for ${federal.ptc.guidelineYear}`);
  return found;
}

export type MedicaidGuideline = {
  guideline: PovertyGuideline;
  /** The date the state started using it (or its publication date, when the pack has no date). */
  inForceFrom: string;
  /** True when the state's own adoption date comes from a state pack. */
  stateAdoption: boolean;
  /** A later year the pack knows is unpublished but may already be in force on the screening date. */
  possiblyNewer: number | null;
};

/**
 * The guideline Medicaid and CHIP use on the screening date: the current year's, from the day the
 * state adopts it (MassHealth: 1 March); without a state date, from its Federal Register
 * publication. Null when the screening date is before every guideline in the pack.
 */
export function medicaidGuideline(packs: PackSet, screeningDate: string): MedicaidGuideline | null {
  const monthDay = packs.state?.medicaidGuidelineAdoption.monthDay ?? null;
  let chosen: MedicaidGuideline | null = null;
  for (const guideline of packs.federal.povertyGuidelines) {
    const inForceFrom = monthDay ? `${guideline.year}-${monthDay}` : guideline.publishedOn;
    // ISO dates compare correctly as strings.
    if (inForceFrom > screeningDate) continue;
    if (chosen && chosen.guideline.year > guideline.year) continue;
    chosen = { guideline, inForceFrom, stateAdoption: monthDay !== null, possiblyNewer: null };
  }
  if (!chosen) return null;
  const screeningYear = Number(screeningDate.slice(0, 4));
  const chosenYear = chosen.guideline.year;
  const newer = packs.federal.povertyGuidelinesMissing.find(
    (m) => m.year > chosenYear && m.year <= screeningYear,
  );
  return { ...chosen, possiblyNewer: newer ? newer.year : null };
}
