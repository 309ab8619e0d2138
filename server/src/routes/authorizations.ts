import { Hono } from 'hono';
import { problemsFromIssues } from '../../../src/schema/api-error';
import {
  type AuthorizationRecordReceipt,
  authorizationRecord,
} from '../../../src/schema/consent-record';
import { requireSession } from '../auth/require-session';
import { storeAuthorizationRecord } from '../db/authorization-records';
import type { Db } from '../db/client';
import { readJsonBody } from '../http/body';
import { optionalDeviceId } from '../http/device-id';
import type { AppEnv } from '../http/env';
import { API_ERROR, problem, problems } from '../http/problems';

/**
 * `POST /api/v1/authorizations` (issue 7; research/security-ux.md P1, P2): a consumer authorization
 * or its revocation, kept by the exchange. Idempotent by the record's id: 201 the first time, 200
 * for the same record again, 422 for another record under a used id.
 */
export function authorizationRoutes(deps: { db: Db }) {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireSession(deps.db));

  routes.post('/', async (c) => {
    const device = optionalDeviceId(c);
    if (!device.ok) return device.response;
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const parsed = authorizationRecord.safeParse(body.value);
    if (!parsed.success) return problems(c, 422, problemsFromIssues(parsed.error.issues));

    const record = parsed.data;
    const result = await storeAuthorizationRecord(deps.db, {
      record,
      assisterId: c.get('assister').assisterId,
      deviceId: device.deviceId,
    });
    if (result.kind === 'id_reused') {
      return problem(
        c,
        422,
        API_ERROR.idempotencyKeyReused,
        'The exchange holds a different record under this id',
      );
    }
    const receipt: AuthorizationRecordReceipt = {
      id: record.id,
      kind: record.kind,
      applicationId: record.applicationId,
      receivedAt: result.receivedAt.toISOString(),
    };
    return c.json(receipt, result.kind === 'created' ? 201 : 200);
  });

  return routes;
}
