/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { PWA_CSP_META } from './src/schema/content-security-policy';
import { pickDesignSystemStrings } from './src/ui/ds/strings';
import { removeUnusedCss } from './src/ui/ds/unused-css';
import { CATALOGS } from './src/ui/i18n/catalogs';

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

/**
 * The Content-Security-Policy set in the page itself (issue 7), first in its head so that it
 * governs everything after it: the server sends the same policy as a header, and a host that sends
 * none still serves a page that runs no inline script and loads nothing from another origin. Only
 * the build: Vite's dev server injects styles inline, which the policy refuses.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: PWA_CSP_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Translation catalogs as data (like the rule packs): each language's typed catalog (en.ts, es.ts)
 * becomes a JSON asset, named by a hash of its content, that the app fetches for the language it
 * shows (src/ui/i18n/load.ts gets the URLs from `virtual:i18n-catalog-urls`). None of it is
 * JavaScript, so the catalogs are outside the JS budget, and only the shown language is
 * downloaded; the service worker precaches them (json is in its globPatterns) for offline use.
 * index.html preloads them: a new device's first screen greets in every language, and a
 * returning device gets them from the precache.
 */
function i18nCatalogAssets(): Plugin {
  const VIRTUAL_ID = 'virtual:i18n-catalog-urls';
  const RESOLVED_ID = `\0${VIRTUAL_ID}`;
  const HASH_CHARS = 10;
  const files = Object.entries(CATALOGS).map(([lang, catalog]) => {
    const source = JSON.stringify(catalog);
    const hash = createHash('sha256').update(source).digest('hex').slice(0, HASH_CHARS);
    return { lang, source, fileName: `assets/i18n-${lang}-${hash}.json` };
  });
  let base = '/';
  return {
    name: 'i18n-catalog-assets',
    configResolved: (config) => {
      base = config.base;
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID
        ? `export default ${JSON.stringify(Object.fromEntries(files.map((f) => [f.lang, base + f.fileName])))};`
        : undefined,
    generateBundle() {
      for (const f of files)
        this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
    },
    configureServer: (server) => {
      server.middlewares.use((req, res, next) => {
        const file = files.find((f) => req.url === base + f.fileName);
        if (!file) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(file.source);
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        files.map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: base + f.fileName, as: 'fetch', crossorigin: '' },
          injectTo: 'head' as const,
        })),
    },
  };
}

/**
 * The design system's locale files, cut down to the words its components in this app look up
 * (src/ui/ds/strings.ts): the files are in the first screen's chunk, and cut it by 4.0 KB gzip.
 */
function designSystemStrings(): Plugin {
  return {
    name: 'design-system-strings',
    enforce: 'pre',
    transform(code, id) {
      if (!/@cmsgov\/design-system\/.+\/locale\/(en|es)\.json$/.test(id)) return null;
      return { code: JSON.stringify(pickDesignSystemStrings(JSON.parse(code))), map: null };
    },
  };
}

/**
 * Parts of the design system the app never uses, left out of its build, each resolved to a small
 * stand-in: its analytics (src/ui/ds/no-analytics.ts), the hooks its Button and Alert call and the
 * event sender its config names, which send nothing; and its TextField's input masks
 * (src/ui/ds/no-masks.ts), drawn only for a prop no field passes.
 */
function designSystemStandIns(): Plugin {
  const standIn = (file: string) => fileURLToPath(new URL(`src/ui/ds/${file}`, import.meta.url));
  const NO_ANALYTICS = standIn('no-analytics.ts');
  const NO_MASKS = standIn('no-masks.ts');
  // A Map, not an object literal: an import named like one of Object's own keys ('./constructor')
  // would otherwise resolve to a function.
  const REPLACED = new Map([
    ['./useButtonAnalytics', NO_ANALYTICS],
    ['./useAlertAnalytics', NO_ANALYTICS],
    ['./analytics', NO_ANALYTICS],
    ['./Mask', NO_MASKS],
    ['./LabelMask', NO_MASKS],
  ]);
  return {
    name: 'design-system-stand-ins',
    enforce: 'pre',
    resolveId: (source, importer) =>
      importer?.includes('/@cmsgov/design-system/') ? (REPLACED.get(source) ?? null) : null,
  };
}

/**
 * The stylesheet without the rules that no element of the app can match (src/ui/ds/unused-css.ts:
 * most of the design system's, which it ships whole), judged from the bundle's own JavaScript and
 * HTML once they are final. The cut sheet is named by its own hash, as every asset is: the server
 * marks assets immutable and the service worker's precache keys on the name, so a sheet that
 * changed under an old name would stay stale on devices. The name keeps its length, so the
 * chunks' source maps stay true. The browser tests' build keeps the whole sheet beside the cut one
 * (`<name>.whole`, which the service worker does not precache): they draw each screen with both
 * and compare (e2e/support/stylesheet.ts).
 */
function cssWithoutUnusedRules(): Plugin {
  // Vite's `[name]-[hash].css`, an 8-character hash.
  const HASHED_SHEET = /-[\w-]{8}\.css$/;
  let keepWhole = false;
  return {
    name: 'css-without-unused-rules',
    apply: 'build',
    enforce: 'post',
    configResolved: (config) => {
      keepWhole = config.mode === 'e2e';
    },
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const text = (source: string | Uint8Array) =>
        typeof source === 'string' ? source : new TextDecoder().decode(source);
      const code = files.flatMap((file) =>
        file.type === 'chunk'
          ? [file.code]
          : file.fileName.endsWith('.html')
            ? [text(file.source)]
            : [],
      );
      for (const sheet of files) {
        if (sheet.type !== 'asset' || !sheet.fileName.endsWith('.css')) continue;
        const whole = text(sheet.source);
        const cut = removeUnusedCss(whole, code);
        if (!HASHED_SHEET.test(sheet.fileName))
          throw new Error(`css-without-unused-rules: no hash to replace in ${sheet.fileName}`);
        const hash = createHash('sha256').update(cut).digest('base64url').slice(0, 8);
        const fileName = sheet.fileName.replace(HASHED_SHEET, `-${hash}.css`);
        delete bundle[sheet.fileName];
        this.emitFile({ type: 'asset', fileName, source: cut });
        if (keepWhole)
          this.emitFile({ type: 'asset', fileName: `${fileName}.whole`, source: whole });
        const oldName = sheet.fileName.slice(sheet.fileName.lastIndexOf('/') + 1);
        const newName = fileName.slice(fileName.lastIndexOf('/') + 1);
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') {
            file.code = file.code.replaceAll(oldName, newName);
            const imported = file.viteMetadata?.importedCss;
            if (imported?.delete(sheet.fileName)) imported.add(fileName);
          } else if (file.fileName.endsWith('.html')) {
            file.source = text(file.source).replaceAll(oldName, newName);
          }
        }
      }
    },
  };
}

/**
 * The store's modules that a returning device's lock screen reads with before the store has loaded
 * (main.tsx, store/lock-screen-read.ts): in the first screen's chunk, out of the services group,
 * which would otherwise bring Dexie and the sender with them (issue 8).
 */
const FIRST_SCREEN_STORE =
  /\/src\/(store\/(lock-screen-read|profile-read|db-name)|crypto\/(lock-policy|keyring-shape))\.ts$/;

/**
 * Schemas that only the store and the sender read (the submission and its receipt, the session,
 * the exchange's config, the recovery key, the sealed envelope, the headers): they go with them
 * into the services chunk rather than into nine chunks of a few hundred bytes each (1.5 KB gzip
 * in all, with issue 7). The schemas the screens read too (the drafts, the application,
 * API errors) keep their own chunks, so the check screen does not load the store.
 */
const SERVICES_ONLY_SCHEMAS =
  /\/src\/schema\/(config|recovery-key|sealed|session|http|receipts-list|receipt|submission|draft-v1)\.ts$/;

/** Modules the check screen and the assister's screens share (the `shared` chunk). */
const SHARED_BY_BOTH_SCREENS =
  /\/src\/schema\/|\/node_modules\/zod\/|\/src\/ui\/components\/(messages\.ts|ErrorSummary\.tsx)$|\/src\/ui\/screens\/Check\/Figures\.tsx$/;

// NOTE: registerType 'prompt', never 'autoUpdate': an automatic reload loses half-filled
// applications (DESIGN.md §4, research/offline-sync.md #27). Chosen once, before the first release.
export default defineConfig({
  plugins: [
    preact(),
    contentSecurityPolicyMeta(),
    preloadFirstScreenFonts(),
    i18nCatalogAssets(),
    designSystemStrings(),
    designSystemStandIns(),
    cssWithoutUnusedRules(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // The manifest is public/manifest.webmanifest, linked by the app after its first screen
      // (src/ui/web-manifest.ts): the plugin would link it in index.html, where Chromium's
      // installability check ran during the first screen's render (issue 8).
      manifest: false,
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
    // The design system uses lodash only for a dotted-key lookup (its own message keys) and an id
    // counter: the real modules pull 53 lodash files (5.6 KB gzip) for that. Exact ids only.
    alias: [
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      {
        find: /^lodash\/get$/,
        replacement: fileURLToPath(new URL('src/ui/ds/lodash-get.ts', import.meta.url)),
      },
      {
        find: /^lodash\/uniqueId$/,
        replacement: fileURLToPath(new URL('src/ui/ds/lodash-unique-id.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
    // No modulepreload polyfill (0.3 KB gzip of the first screen): every browser the app supports
    // has modulepreload (Chrome 66, Safari 17, Firefox 115); one without it only misses the head
    // start on the next chunks.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The store and the sender start together, right after the first paint (main.tsx): as a
          // dozen chunks of a few hundred bytes each they cost more gzip (headers, import and export
          // glue, no shared dictionary) than as one (121.0 -> 117.4 KB gzip in all). The test hooks
          // stay apart: no user loads them. sync/messages.ts and store/live.ts are part of the first
          // screen: grouped, they would bring the whole group into it; so are the few modules that
          // read the lock screen before the store loads (FIRST_SCREEN_STORE).
          groups: [
            {
              name: 'services',
              test: (id: string) =>
                (/\/src\/(store|sync|crypto)\//.test(id) || SERVICES_ONLY_SCHEMAS.test(id)) &&
                !/(test-hooks|test-support|messages|live)\.ts$/.test(id) &&
                !FIRST_SCREEN_STORE.test(id),
              // Dexie and zod keep their own chunks (the check screen uses zod without the store).
              includeDependenciesRecursively: false,
            },
            {
              // What both the check screen and the assister's screens read: the schemas (the
              // drafts, the application, API errors), zod itself, and the error summary and figures
              // they both show. The check screen loads all of it anyway: one chunk instead of six
              // saves their glue (1.9 KB gzip in all).
              name: 'shared',
              test: (id: string) => SHARED_BY_BOTH_SCREENS.test(id),
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
