import { describe, expect, it } from 'vitest';
import { guidelineFor, medicaidGuideline, percentOf } from './fpl';
import { packsFor } from './testing';

describe('poverty guidelines (HHS; 26 CFR 1.36B-1(h); 42 CFR 435.4)', () => {
  const g2025 = packsFor(2026, 'TX').federal.povertyGuidelines.find((g) => g.year === 2025);
  if (!g2025) throw new Error('2025 guideline missing');

  it('[fpl] adds the same increment per person: 1 → $15,650, 4 → $32,150, 8 → $54,150 (2025)', () => {
    // The 1 and 4 figures are the ones the MA Health Connector/MTF notice quotes.
    expect([1, 4, 8].map((n) => guidelineFor(g2025, 'TX', n))).toEqual([15650, 32150, 54150]);
  });

  it('[fpl] uses Alaska and Hawaii their own tables; DC shares the 48 states', () => {
    expect(guidelineFor(g2025, 'AK', 2)).toBe(19550 + 6880);
    expect(guidelineFor(g2025, 'HI', 2)).toBe(17990 + 6330);
    expect(guidelineFor(g2025, 'DC', 2)).toBe(15650 + 5500);
  });

  it('[fpl] computes an exact percent at an exact edge (133% of $15,060 is 133, not 132.99…)', () => {
    expect(percentOf(20029.8, 15060)).toBe(133);
  });
});

describe('the Medicaid guideline in force on the screening date', () => {
  it('[fpl.medicaid] MassHealth switches to the 2026 guideline on 1 March 2026', () => {
    const packs = packsFor(2026, 'MA');
    expect(medicaidGuideline(packs, '2026-02-28')?.guideline.year).toBe(2025);
    expect(medicaidGuideline(packs, '2026-03-01')?.guideline.year).toBe(2026);
  });

  it('[fpl.medicaid] without a state date, a guideline applies from its Federal Register publication', () => {
    const packs = packsFor(2026, 'TX');
    expect(medicaidGuideline(packs, '2026-01-14')?.guideline.year).toBe(2025);
    const jan15 = medicaidGuideline(packs, '2026-01-15');
    expect([jan15?.guideline.year, jan15?.stateAdoption]).toEqual([2026, false]);
  });

  it('[fpl.medicaid] is null before every guideline in the pack', () => {
    expect(medicaidGuideline(packsFor(2026, 'TX'), '2024-06-01')).toBeNull();
  });

  it('[fpl.medicaid_newer] flags a 2027 guideline the 2027 pack does not have yet', () => {
    const packs = packsFor(2027, 'TX');
    expect(medicaidGuideline(packs, '2026-12-01')?.possiblyNewer).toBeNull();
    expect(medicaidGuideline(packs, '2027-04-15')?.possiblyNewer).toBe(2027);
  });
});
