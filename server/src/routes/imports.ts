import { Hono } from 'hono';
import { problemsFromIssues } from '../../../src/schema/api-error';
import { exportBundle, type ImportItemReport, type ImportReport } from '../../../src/schema/sealed';
import { requireSession } from '../auth/require-session';
import { readJsonBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { API_ERROR, problems } from '../http/problems';
import type { InFlightKeys } from '../intake/in-flight';
import { type IntakeDeps, intake } from '../intake/submit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `POST /api/v1/imports`: an exported outbox (src/schema/sealed.ts exportBundle). Each item goes
 * through the same intake as a POST, under its own id as the idempotency key, so importing a file
 * twice, or a file whose applications were also sent, adds nothing. One report per item. The
 * device that exported the file (`deviceId`) is kept with each application the import creates, as
 * a POST keeps its X-Device-Id; a form the file carries as `unsaved` is not an application, and is
 * left for a person.
 */
export function importRoutes(deps: IntakeDeps & { inFlight: InFlightKeys }) {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireSession(deps.db));

  routes.post('/', async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return body.response;
    const bundle = exportBundle.safeParse(body.value);
    if (!bundle.success) return problems(c, 422, problemsFromIssues(bundle.error.issues));

    const assisterId = c.get('assister').assisterId;
    const report: ImportReport = {
      items: [],
      counts: { created: 0, replayed: 0, refused: 0, key_reused: 0, in_flight: 0 },
    };
    // One at a time, in file order: an import is a batch job, and order keeps the report readable.
    for (const [index, item] of bundle.data.items.entries()) {
      const rawId = (item as { id?: unknown } | null)?.id;
      const id = typeof rawId === 'string' && UUID.test(rawId) ? rawId : undefined;
      const deviceId = bundle.data.deviceId ?? null;
      const entry = await importOne(deps, { index, id, item, assisterId, deviceId });
      report.items.push(entry);
      report.counts[entry.outcome] += 1;
    }
    return c.json(report, 200);
  });

  return routes;
}

async function importOne(
  deps: IntakeDeps & { inFlight: InFlightKeys },
  args: {
    index: number;
    id: string | undefined;
    item: unknown;
    assisterId: string;
    deviceId: string | null;
  },
): Promise<ImportItemReport> {
  const { index, id } = args;
  if (!id) {
    return {
      index,
      outcome: 'refused',
      errors: [
        {
          path: 'id',
          code: 'invalid_format',
          message: 'Each item needs its application id, a UUID',
        },
      ],
    };
  }
  const release = deps.inFlight.claim(id);
  if (!release) {
    return {
      index,
      id,
      outcome: 'in_flight',
      errors: [
        {
          code: API_ERROR.requestInFlight,
          message: 'This application is being received right now',
        },
      ],
    };
  }
  try {
    const result = await intake(deps, {
      key: id,
      body: args.item,
      assisterId: args.assisterId,
      via: 'import',
      deviceId: args.deviceId,
    });
    switch (result.kind) {
      case 'created':
        return { index, id, outcome: 'created', receipt: result.receipt };
      case 'replayed':
        return { index, id, outcome: 'replayed', receipt: result.receipt };
      case 'key_reused':
        return {
          index,
          id,
          outcome: 'key_reused',
          errors: [
            {
              code: API_ERROR.idempotencyKeyReused,
              message: 'The exchange holds a different application under this id',
            },
          ],
        };
      case 'refused':
        return { index, id, outcome: 'refused', errors: result.errors };
    }
  } finally {
    release();
  }
}
