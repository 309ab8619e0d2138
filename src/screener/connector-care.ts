import type { ConnectorCare } from '../rule-packs/pack-schema';

export type PlanType = ConnectorCare['planTypes'][number];

/**
 * The ConnectorCare plan type for a household income (% of the credit's guideline, unrounded).
 * Bands exclude their bottom edge and include their top (956 CMR 12.04): exactly 200% is 2B.
 * Null outside every band of the year (above 400% in 2026, above 500% in 2025).
 */
export function connectorCarePlan(cc: ConnectorCare, percent: number): PlanType | null {
  for (const plan of cc.planTypes) {
    const aboveBottom = plan.abovePct === null || percent > plan.abovePct;
    if (aboveBottom && percent <= plan.upToPct) return plan;
  }
  return null;
}
