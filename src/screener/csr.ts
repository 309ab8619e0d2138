import type { FederalPack } from '../rule-packs/pack-schema';
import type { CsrLevel } from '../schema/screening';

export type CsrBand = FederalPack['csr']['bands'][number];

/**
 * The cost-sharing reduction level for a household eligible for the credit (45 CFR 155.305(g)):
 * bands include their top edge (exactly 150% is 94; exactly 250% is 73). Without the credit, none.
 */
export function csrBand(federal: FederalPack, percent: number, hasCredit: boolean): CsrBand | null {
  if (!hasCredit) return null;
  for (const band of federal.csr.bands) if (percent <= band.upToPct) return band;
  return null;
}

export function csrLevel(band: CsrBand | null): CsrLevel {
  return band ? band.level : 'none';
}
