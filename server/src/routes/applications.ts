import { Hono } from 'hono';
import { problemsFromIssues } from '../../../src/schema/api-error';
import { DEVICE_ID_HEADER, DEVICE_ID_PATTERN } from '../../../src/schema/http';
import { SCHEMA_VERSIONS, submission } from '../../../src/schema/submission';
import { newConfirmationNumber } from '../confirmation-number';
import { findReceipt, insertApplication } from '../db/applications';
import type { Db } from '../db/client';
import { API_ERROR, problem, problems } from '../http/problems';
import { payloadHash } from '../payload-hash';

/** Attempts at drawing an unused confirmation number before giving up (each is ~2^-59 to fail). */
const CONFIRMATION_DRAWS = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function applicationRoutes(db: Db) {
  const routes = new Hono();

  // DESIGN.md §4: 201 first time, 200 with the same receipt on replay, 422 on key reuse.
  routes.post('/', async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/json\b/i.test(type)) {
      return problem(
        c,
        415,
        API_ERROR.unsupportedMediaType,
        'Send JSON (Content-Type: application/json)',
      );
    }
    const key = c.req.header('Idempotency-Key')?.trim();
    if (!key) {
      return problem(
        c,
        400,
        API_ERROR.idempotencyKeyMissing,
        'The Idempotency-Key header is required',
      );
    }
    const deviceId = c.req.header(DEVICE_ID_HEADER)?.trim().toLowerCase() || null;
    if (deviceId !== null && !DEVICE_ID_PATTERN.test(deviceId)) {
      return problem(c, 400, API_ERROR.deviceIdInvalid, `${DEVICE_ID_HEADER} must be a UUID`);
    }
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return problem(c, 400, API_ERROR.malformedJson, 'The body is not valid JSON');
    }
    const version = (body as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (!(SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
      return problems(c, 422, [
        {
          path: 'schemaVersion',
          code: API_ERROR.unsupportedSchemaVersion,
          message: `schemaVersion must be one of ${SCHEMA_VERSIONS.join(', ')}`,
        },
      ]);
    }
    const parsed = submission.safeParse(body);
    if (!parsed.success) return problems(c, 422, problemsFromIssues(parsed.error.issues));
    if (parsed.data.id !== key) {
      return problems(c, 422, [
        {
          path: 'id',
          code: API_ERROR.idempotencyKeyMismatch,
          message: 'The Idempotency-Key header must equal the application id',
        },
      ]);
    }
    const hash = payloadHash(body);
    for (let draw = 0; draw < CONFIRMATION_DRAWS; draw += 1) {
      const result = await insertApplication(db, {
        key,
        submission: parsed.data,
        payloadHash: hash,
        confirmationNumber: newConfirmationNumber(),
        deviceId,
      });
      if (result.kind === 'created') return c.json(result.receipt, 201);
      if (result.kind === 'existing') {
        if (result.receipt.payloadHash === hash) return c.json(result.receipt, 200);
        return problem(
          c,
          422,
          API_ERROR.idempotencyKeyReused,
          'This Idempotency-Key was already used with a different application',
        );
      }
    }
    return problem(c, 500, API_ERROR.internal, 'Could not allocate a confirmation number');
  });

  // How a client confirms after an ambiguous failure: the receipt, or 404.
  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const receipt = UUID.test(id) ? await findReceipt(db, id.toLowerCase()) : null;
    if (!receipt) return problem(c, 404, API_ERROR.notFound, 'No application with this id');
    return c.json(receipt, 200);
  });

  return routes;
}
