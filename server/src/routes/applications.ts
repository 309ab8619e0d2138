import { Hono } from 'hono';
import { requireSession } from '../auth/require-session';
import { listingRoutes } from '../backoffice/listing-routes';
import { findReceipt } from '../db/applications';
import { readJsonBody } from '../http/body';
import { optionalDeviceId } from '../http/device-id';
import type { AppEnv } from '../http/env';
import { API_ERROR, problem, problems } from '../http/problems';
import type { InFlightKeys } from '../intake/in-flight';
import { type IntakeDeps, intake } from '../intake/submit';

/** A same-key request is still being processed: ask the client to look again in a second. */
const RETRY_AFTER_IN_FLIGHT_S = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/api/v1/applications`: intake (DESIGN.md §4), receipt lookup, and the staff's listing. */
export function applicationRoutes(deps: IntakeDeps & { inFlight: InFlightKeys }) {
  const routes = new Hono<AppEnv>();
  const { db } = deps;
  routes.use('*', requireSession(db));

  // 201 first time, 200 with the same receipt on replay, 409 while in flight, 422 on key reuse.
  routes.post('/', async (c) => {
    const key = c.req.header('Idempotency-Key')?.trim();
    if (!key) {
      return problem(
        c,
        400,
        API_ERROR.idempotencyKeyMissing,
        'The Idempotency-Key header is required',
      );
    }
    const device = optionalDeviceId(c);
    if (!device.ok) return device.response;
    const { deviceId } = device;
    const release = deps.inFlight.claim(key);
    if (!release) {
      c.header('Retry-After', String(RETRY_AFTER_IN_FLIGHT_S));
      return problem(
        c,
        409,
        API_ERROR.requestInFlight,
        'A request with this Idempotency-Key is still being processed',
      );
    }
    try {
      const body = await readJsonBody(c);
      if (!body.ok) return body.response;
      const result = await intake(deps, {
        key,
        body: body.value,
        assisterId: c.get('assister').assisterId,
        via: 'api',
        deviceId,
      });
      switch (result.kind) {
        case 'created':
          return c.json(result.receipt, 201);
        case 'replayed':
          return c.json(result.receipt, 200);
        case 'key_reused':
          return problem(
            c,
            422,
            API_ERROR.idempotencyKeyReused,
            'This Idempotency-Key was already used with a different application',
          );
        case 'refused':
          return problems(c, 422, result.errors);
      }
    } finally {
      release();
    }
  });

  routes.route('/', listingRoutes(db));

  // How a client confirms after an ambiguous failure: the receipt, or 404.
  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const receipt = UUID.test(id) ? await findReceipt(db, id.toLowerCase()) : null;
    if (!receipt) return problem(c, 404, API_ERROR.notFound, 'No application with this id');
    return c.json(receipt, 200);
  });

  return routes;
}
