import { describe, expect, it } from 'vitest';
import { connectorCarePlan } from './connector-care';
import { packsFor } from './testing';

const cc = (year: number) => {
  const c = packsFor(year, 'MA').state?.connectorCare;
  if (!c) throw new Error(`no ConnectorCare in MA-${year}`);
  return c;
};
const plan = (year: number, percent: number) =>
  connectorCarePlan(cc(year), percent)?.planType ?? null;

describe('ConnectorCare plan types (956 CMR 12.04: bottom edge excluded, top included)', () => {
  it('[ma.connectorcare.plan_type] 2026: 2A to 150, 2B to 200, 3A to 250, 3B to 300, 3C to 400', () => {
    expect(
      [100.01, 150, 150.01, 200, 200.01, 250, 250.01, 300, 300.01, 400].map((p) => plan(2026, p)),
    ).toEqual(['2A', '2A', '2B', '2B', '3A', '3A', '3B', '3B', '3C', '3C']);
  });

  it('[ma.connectorcare.plan_type] 2026 has no Plan Type 1 (under 100%) and no 3D (over 400%)', () => {
    expect([plan(2026, 100), plan(2026, 80), plan(2026, 400.01)]).toEqual([null, null, null]);
  });

  it('[ma.connectorcare.plan_type] 2025: Plan Type 1 to 100%, 3D from over 400% to 500%', () => {
    expect([
      plan(2025, 50),
      plan(2025, 100),
      plan(2025, 400.01),
      plan(2025, 500),
      plan(2025, 500.01),
    ]).toEqual(['1', '1', '3D', '3D', null]);
  });

  it('[ma.connectorcare.premium] 2026 enrollee premiums rise by band: $0, $53, $103, $152, $235', () => {
    expect(
      [120, 180, 220, 280, 350].map((p) => connectorCarePlan(cc(2026), p)?.enrolleeMonthlyPremium),
    ).toEqual([0, 53, 103, 152, 235]);
  });
});
