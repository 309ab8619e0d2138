import { Hono } from 'hono';
import { z } from 'zod';
import { API_ERROR } from '../../../src/schema/api-error';
import type { Db } from '../db/client';
import { type FaultInjector, faultScript, PORTAL_HTML } from '../faults';
import { problem } from '../http/problems';

/** Where the fault-mode control endpoints live. Mounted only when fault mode is on. */
export const TEST_CONTROL_PATH = '/api/test';

const idList = z.strictObject({
  ids: z.array(z.uuid()).max(10_000).optional(),
  /** Only rows sent from this device (X-Device-Id). */
  device: z.uuid().optional(),
});

interface RowView {
  id: string;
  confirmation_number: string;
  device_id: string | null;
  payload_hash: string;
  supersedes: string | null;
}

/**
 * The test-only control surface of fault mode: script the faults, read what the server saw, and
 * look at (or lose) rows of the real database. NEVER mounted in production: it exists only when
 * the process was started with FAULTS (or a test built the app with a FaultInjector), and it has no
 * authentication because nothing on it may exist outside a test.
 */
export function testControlRoutes(db: Db, faults: FaultInjector) {
  const routes = new Hono();

  routes.put('/faults', async (c) => {
    const parsed = faultScript.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) {
      return problem(c, 400, API_ERROR.invalidQuery, z.prettifyError(parsed.error));
    }
    return c.json(faults.load(parsed.data), 200);
  });

  routes.get('/faults/log', (c) => c.json({ entries: faults.log() }, 200));

  // The rows the exchange holds, straight from its database: what "0 lost, 0 duplicated" counts.
  routes.post('/rows', async (c) => {
    const parsed = idList.safeParse(await c.req.json().catch(() => ({})));
    if (!parsed.success) return problem(c, 400, API_ERROR.invalidQuery, 'ids must be UUIDs');
    const columns = 'id, confirmation_number, device_id, payload_hash, supersedes';
    const { ids, device } = parsed.data;
    const rows = await db.query<RowView>(
      `SELECT ${columns} FROM applications
        WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
          AND ($2::uuid IS NULL OR device_id = $2::uuid)
        ORDER BY received_at`,
      [ids ?? null, device ?? null],
    );
    const total = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications');
    return c.json({ total: total[0]?.n ?? 0, rows }, 200);
  });

  // Simulates an exchange that lost rows (a restore from an older backup): what reconciliation
  // must notice from the device's side.
  routes.post('/rows/forget', async (c) => {
    const parsed = idList.safeParse(await c.req.json().catch(() => ({})));
    if (!parsed.success || !parsed.data.ids) {
      return problem(c, 400, API_ERROR.invalidQuery, 'ids must be UUIDs');
    }
    const gone = await db.query<{ id: string }>(
      'DELETE FROM applications WHERE id = ANY($1::uuid[]) RETURNING id',
      [parsed.data.ids],
    );
    return c.json({ forgotten: gone.length }, 200);
  });

  routes.get('/portal', (c) => c.html(PORTAL_HTML, 200));

  return routes;
}
