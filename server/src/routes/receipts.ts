import { Hono } from 'hono';
import { problemsFromIssues } from '../../../src/schema/api-error';
import { RECEIPTS_PAGE_MAX, receiptsQuery } from '../../../src/schema/receipts-list';
import { listReceiptsForDevice } from '../db/applications';
import type { Db } from '../db/client';
import { API_ERROR, problems } from '../http/problems';

/**
 * `GET /api/v1/receipts?device=<deviceId>&since=<ISO datetime>` (DESIGN.md §4): how a device
 * reconciles its ledger on reconnect. A plain sub-app with no auth of its own, so that the sign-in
 * track can put `app.use('/api/v1/receipts/*', requireSession)` in front of it in app.ts.
 */
export function receiptRoutes(db: Db) {
  const routes = new Hono();

  routes.get('/', async (c) => {
    const parsed = receiptsQuery.safeParse({
      device: c.req.query('device'),
      since: c.req.query('since'),
    });
    if (!parsed.success) {
      return problems(
        c,
        400,
        problemsFromIssues(parsed.error.issues).map((p) => ({
          ...p,
          code: API_ERROR.invalidQuery,
        })),
      );
    }
    const page = await listReceiptsForDevice(db, {
      deviceId: parsed.data.device.toLowerCase(),
      since: new Date(parsed.data.since),
      limit: RECEIPTS_PAGE_MAX,
    });
    return c.json(page, 200);
  });

  return routes;
}
