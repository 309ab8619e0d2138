import { createApp } from './app';
import { type Db, openPglite } from './db/client';
import { migrate } from './db/migrate';
import type { FaultInjector } from './faults';

/**
 * An app over a fresh in-memory database. Creating PGlite costs seconds (initdb in WASM), so make
 * one per test file and give each test its own application ids.
 */
export async function makeTestApp(
  options: { faults?: FaultInjector } = {},
): Promise<{ app: ReturnType<typeof createApp>; db: Db }> {
  const db = await openPglite('memory://');
  await migrate(db);
  return { app: createApp({ db, faults: options.faults ?? null }), db };
}

export function postJson(
  app: ReturnType<typeof createApp>,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return app.request('/api/v1/applications', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
