import type { FederalPack } from '../rule-packs/pack-schema';
import type { EmployerOffer, Role } from '../schema/screening';

export type OfferTest =
  | { kind: 'none' }
  | { kind: 'not_minimum_value' }
  | { kind: 'unknown'; reason: string }
  | {
      kind: 'affordable' | 'unaffordable';
      premiumMonthly: number;
      limitMonthly: number;
      rate: number;
      tier: 'self-only' | 'family';
    };

/**
 * Whether an employer offer bars the credit for one member (26 USC 36B(c)(2)(C)). The employee is
 * tested on the self-only share; since 2023 the family is tested on the family share (T.D. 9968).
 * Coverage that fails minimum value never bars the credit.
 */
export function testOffer(
  federal: FederalPack,
  offer: EmployerOffer | undefined,
  role: Role,
  householdIncome: number,
): OfferTest {
  if (!offer) return { kind: 'none' };
  const isEmployee = role === offer.offeredTo;
  const premium = isEmployee
    ? offer.selfOnlyEmployeeMonthly
    : (offer.familyEmployeeMonthly ?? null);
  // No family tier offered: the family has no offer to be barred by.
  if (premium === null) return { kind: 'none' };
  if (!offer.meetsMinimumValue) return { kind: 'not_minimum_value' };
  const rcp = federal.requiredContributionPercentage;
  if (rcp.status === 'missing') return { kind: 'unknown', reason: rcp.reason };
  const limitMonthly = (rcp.value * Math.max(0, householdIncome)) / 12;
  return {
    kind: premium <= limitMonthly ? 'affordable' : 'unaffordable',
    premiumMonthly: premium,
    limitMonthly,
    rate: rcp.value,
    tier: isEmployee ? 'self-only' : 'family',
  };
}
