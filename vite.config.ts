/// <reference types="vitest/config" />
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Preloads the two faces of the design system's font that every first screen paints with. Found
 * late (by the CSS), they arrived after the first render and re-laid the text out: a layout shift
 * of 0.12 and a later LCP in Lighthouse's mobile run (issue 8).
 */
function preloadFirstScreenFonts(): Plugin {
  const FACES = /^assets\/opensans-(regular|bold)-webfont-[\w-]+\.woff2$/;
  return {
    name: 'preload-first-screen-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => FACES.test(file))
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `/${file}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head' as const,
          })),
    },
  };
}

// NOTE: registerType 'prompt', never 'autoUpdate': an automatic reload loses half-filled
// applications (DESIGN.md §4, research/offline-sync.md #27). Chosen once, before the first release.
export default defineConfig({
  plugins: [
    preact(),
    preloadFirstScreenFonts(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Enrollment Assist',
        short_name: 'Enroll',
        description: 'Offline-first health coverage applications for in-person assisters',
        theme_color: '#0b4778',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,json,woff2}'],
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: {
    // @cmsgov/design-system pins preact 10 as its own dependency; two copies of Preact in one page
    // break hooks. Its Preact build runs on our Preact 11 (checked in Chromium), so use one copy.
    dedupe: ['preact'],
    // Dexie's default browser entry is its ES5 UMD build (30.8 KB gzip); the ES2021 build it ships
    // beside it is the same library in 29.5 KB. Only the app build: tests keep Node's resolution.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  build: { target: 'es2022', sourcemap: true },
});
