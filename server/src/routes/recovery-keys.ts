import { Hono } from 'hono';
import type { RecoveryKeyResponse } from '../../../src/schema/recovery-key';
import { requireSession } from '../auth/require-session';
import type { Db } from '../db/client';
import { releaseRecoveryKey } from '../db/recovery-keys';
import { deviceIdOf } from '../http/device-id';
import type { AppEnv } from '../http/env';
import { API_ERROR, problem } from '../http/problems';
import type { Logger } from '../log';

/**
 * `POST /api/v1/recovery-keys` (issue 7): the signed-in assister's recovery key for the device in
 * `X-Device-Id`, created on first use (201), the same afterwards (200). Only a live session gets it,
 * so a forgotten PIN is reset by an online sign-in. The key is never logged.
 */
export function recoveryKeyRoutes(deps: { db: Db; logger: Logger }) {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireSession(deps.db));

  routes.post('/', async (c) => {
    const device = deviceIdOf(c);
    if (device.kind !== 'ok') {
      return problem(
        c,
        400,
        API_ERROR.deviceIdInvalid,
        'Send the device id (a UUID) in the X-Device-Id header',
      );
    }
    const { assisterId } = c.get('assister');
    const released = await releaseRecoveryKey(deps.db, { assisterId, deviceId: device.deviceId });
    deps.logger.log('info', 'recovery_key_released', {
      requestId: c.get('requestId'),
      assisterId,
      outcome: released.created ? 'created' : 'released',
    });
    const body: RecoveryKeyResponse = {
      deviceId: device.deviceId,
      recoveryKey: released.recoveryKey,
      createdAt: released.createdAt.toISOString(),
    };
    return c.json(body, released.created ? 201 : 200);
  });

  return routes;
}
