import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Env, Hono } from 'hono';

/** Hashed build assets never change under their name: cache them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, the manifest) must be revalidated, or updates never arrive. */
const REVALIDATE = 'no-cache';

function cacheHeaders(path: string, c: Context) {
  c.header('Cache-Control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : REVALIDATE);
}

/**
 * Serves the built PWA from `dir`, and index.html for any other GET outside /api so that deep
 * links load the app. Missing build: says how to make one instead of serving nothing silently.
 */
export function servePwa<E extends Env>(app: Hono<E>, dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    app.get('*', (c) =>
      c.text(`The app is not built: run "npm run build" (looked in ${dir}).`, 503),
    );
    return;
  }
  app.use('*', serveStatic({ root: dir, onFound: cacheHeaders }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    return serveStatic({ root: dir, path: 'index.html', onFound: cacheHeaders })(c, next);
  });
}
