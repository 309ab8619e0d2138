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

// Three projects: the pure core under node, browser-side code under jsdom with fake-indexeddb,
// and the server under node.
export default defineConfig({
  plugins: [preact()],
  // One Preact for the design system's components too (see vite.config.ts).
  resolve: { dedupe: ['preact'] },
  test: {
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
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
