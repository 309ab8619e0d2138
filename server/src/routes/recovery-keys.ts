import { Hono } from 'hono';
import {
  RECOVERY_FRESH_SIGN_IN_SECONDS,
  type RecoveryKeyResponse,
} from '../../../src/schema/recovery-key';
import { requireSession } from '../auth/require-session';
import type { Db } from '../db/client';
import { releaseRecoveryKey } from '../db/recovery-keys';
import { deviceIdOf } from '../http/device-id';
import type { AppEnv } from '../http/env';
import { API_ERROR, problem } from '../http/problems';
import type { Logger } from '../log';

/**
 * `POST /api/v1/recovery-keys` (issue 7): the signed-in assister's recovery key for the device in
 * `X-Device-Id`, created on first use (201), the same afterwards (200). Only a session signed in
 * moments ago gets it (RECOVERY_FRESH_SIGN_IN_SECONDS), so a forgotten PIN is reset by an online
 * sign-in, and a token left on a stolen tablet does not unlock it. The key is never logged.
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
    const { assisterId, signedInAt } = c.get('assister');
    // A token kept on the device is not proof enough: its holder may be the thief of the tablet.
    if (Date.now() - signedInAt.getTime() > RECOVERY_FRESH_SIGN_IN_SECONDS * 1000) {
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      return problem(
        c,
        401,
        API_ERROR.signInNotFresh,
        'Sign in again: the recovery key needs a sign-in made in the last few minutes',
      );
    }
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
