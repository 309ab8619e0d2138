import { Hono } from 'hono';
import type { Db } from '../db/client';

/**
 * Healthy means the database answers, not merely that the process is up. A stopping server
 * answers 503 before this runs (http/lifecycle.ts), so a load balancer stops sending to it.
 */
export function healthRoutes(db: Db) {
  const routes = new Hono();
  routes.get('/', async (c) => {
    try {
      await db.query('SELECT 1');
      return c.json({ status: 'ok', database: 'ok' }, 200);
    } catch {
      return c.json({ status: 'unavailable', database: 'unreachable' }, 503);
    }
  });
  return routes;
}
