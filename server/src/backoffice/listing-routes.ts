import { type Context, Hono } from 'hono';
import { problemsFromIssues } from '../../../src/schema/api-error';
import { listingQuery } from '../../../src/schema/backoffice';
import { z } from '../../../src/schema/zod';
import { requireRole } from '../auth/require-session';
import type { Db } from '../db/client';
import type { AppEnv } from '../http/env';
import { API_ERROR, problems } from '../http/problems';
import { exportCsv } from './export-csv';
import { decodeCursor, encodeCursor, listApplications } from './listing';

/**
 * The exchange staff's back office (staff accounts only; assisters never list others' work):
 * `GET /api/v1/applications?since=…` as JSON pages and `GET /api/v1/applications/export.csv?since=…`.
 * Mounted under the applications routes, which already require a session; receipt lookups by id
 * (`GET /api/v1/applications/:id`) stay open to every signed-in account.
 */
export function listingRoutes(db: Db) {
  const routes = new Hono<AppEnv>();
  const staff = requireRole('staff');

  routes.get('/', staff, async (c) => {
    const query = listingQuery.safeParse(c.req.query());
    if (!query.success) return invalidQuery(c, query.error.issues);
    const cursor = query.data.after ? decodeCursor(query.data.after) : null;
    if (query.data.after && !cursor) {
      return problems(c, 400, [
        { path: 'after', code: API_ERROR.invalidQuery, message: 'Not a cursor from this listing' },
      ]);
    }
    const page = await listApplications(db, {
      since: new Date(query.data.since),
      cursor,
      limit: query.data.limit,
    });
    const full = page.applications.length === query.data.limit && page.last;
    return c.json(
      {
        applications: page.applications,
        ...(full && page.last ? { next: encodeCursor(page.last) } : {}),
        serverTime: new Date().toISOString(),
      },
      200,
    );
  });

  routes.get('/export.csv', staff, (c) => {
    const query = z.pick(listingQuery, { since: true }).safeParse({ since: c.req.query('since') });
    if (!query.success) return invalidQuery(c, query.error.issues);
    const since = query.data.since;
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="applications-since-${since.slice(0, 10)}.csv"`,
    );
    return c.body(exportCsv(db, new Date(since)), 200);
  });

  return routes;
}

function invalidQuery(c: Context, issues: readonly z.core.$ZodIssue[]) {
  return problems(
    c,
    400,
    problemsFromIssues(issues).map((p) => ({ ...p, code: API_ERROR.invalidQuery })),
  );
}
