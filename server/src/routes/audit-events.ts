import { Hono } from 'hono';
import { problemsFromIssues } from '../../../src/schema/api-error';
import { type AuditBatchReport, auditBatch } from '../../../src/schema/audit';
import { requireSession } from '../auth/require-session';
import { storeAuditEvents } from '../db/audit-events';
import type { Db } from '../db/client';
import { readJsonBody } from '../http/body';
import { optionalDeviceId } from '../http/device-id';
import type { AppEnv } from '../http/env';
import { problems } from '../http/problems';

/**
 * `POST /api/v1/audit-events` (issue 7): a batch of {id, who, what, when, applicationId} from a
 * device, no personal data (src/schema/audit.ts). The schema is strict, so a field that could carry
 * personal data is refused, not stored. All or nothing; resent events count as duplicates.
 */
export function auditEventRoutes(deps: { db: Db }) {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireSession(deps.db));

  routes.post('/', async (c) => {
    const device = optionalDeviceId(c);
    if (!device.ok) return device.response;
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const parsed = auditBatch.safeParse(body.value);
    if (!parsed.success) return problems(c, 422, problemsFromIssues(parsed.error.issues));

    const report: AuditBatchReport = await storeAuditEvents(deps.db, {
      events: parsed.data.events,
      sentBy: c.get('assister').assisterId,
      deviceId: device.deviceId,
    });
    return c.json(report, 200);
  });

  return routes;
}
