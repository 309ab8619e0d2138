import { availableParallelism } from 'node:os';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/** Pure code (no DOM, no storage) runs under node: faster, and proves it needs nothing else. */
const CORE = [
  'src/schema/**/*.test.ts',
  'src/screener/**/*.test.ts',
  'src/rule-packs/**/*.test.ts',
  // WebCrypto is globalThis.crypto in Node 20 as in a window or a worker: no DOM needed.
  'src/crypto/**/*.test.ts',
];

function serverProject(name: string, engine: 'pglite' | 'postgres') {
  return {
    test: {
      name,
      environment: 'node',
      include: ['server/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      env: { TEST_DB_ENGINE: engine },
    },
  };
}

// The server suite runs on both engines: PGlite always, and PostgreSQL when TEST_DATABASE_URL
// names a server (bash .ci/run starts one; scripts/test.mjs says so when it is missing).
const postgresProject = process.env.TEST_DATABASE_URL
  ? [serverProject('server-postgres', 'postgres')]
  : [];

// The pure core under node, browser-side code under jsdom with fake-indexeddb, and the server
// under node on each database engine.
export default defineConfig({
  plugins: [preact()],
  // One Preact for the design system's components too (see vite.config.ts).
  resolve: { dedupe: ['preact'] },
  test: {
    // Vitest runs one file at a time on a 2-core machine (cores − 1). Two halve the suite there
    // (7 min 40 s → 4 min 27 s, 1,027 tests): many files wait on a child process, a database or
    // an import, not on the CPU.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: { name: 'core', environment: 'node', include: CORE },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          // Transform the design system through Vite so `dedupe` applies to its `preact` imports.
          server: { deps: { inline: [/@cmsgov\/design-system/] } },
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: CORE,
          // test/*.test.ts start the reference server in process (PGlite, an RSA key): seconds.
          hookTimeout: 60_000,
        },
      },
      serverProject('server', 'pglite'),
      ...postgresProject,
    ],
  },
});
