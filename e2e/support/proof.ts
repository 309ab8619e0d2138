import { expect } from 'vitest';
import type { AppHooks } from './app-hooks';
import type { FaultControl } from './faults';

/**
 * The promise of issue 4, checked against the real server's database: for this device, the
 * exchange holds exactly the applications the device shows as sent — none missing (0 lost), none
 * twice or extra (0 duplicated) — each with the confirmation number the device shows; every
 * application the test expected to land did; and the device's store is consistent.
 */
export async function expectNothingLostNothingDoubled(
  faults: FaultControl,
  hooks: AppHooks,
  expected: { landed: readonly string[] },
): Promise<void> {
  const device = await hooks.deviceId();
  const rows = await faults.rows({ device });
  const local = await hooks.applications();
  const sentLocally = local.filter((a) => a.status === 'submitted');

  const rowIds = rows.map((r) => r.id);
  expect(new Set(rowIds).size, 'one row per application').toBe(rowIds.length);
  expect([...rowIds].sort(), 'the rows are exactly what the device shows as sent').toEqual(
    sentLocally.map((a) => a.id).sort(),
  );
  for (const id of expected.landed) expect(rowIds, `${id} landed`).toContain(id);
  const numbers = new Map(rows.map((r) => [r.id, r.confirmation_number]));
  for (const a of sentLocally) {
    expect(a.confirmationNumber, `${a.id}: the number shown is the exchange's`).toBe(
      numbers.get(a.id),
    );
  }
  expect(await hooks.audit(), 'store invariants').toEqual([]);
}
