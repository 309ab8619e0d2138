// The JavaScript budget of the built app (issue 6): at most 50 KB gzip to paint the first screen,
// at most 120 KB gzip for all of the app's JavaScript (the service worker is separate). Prints the
// numbers; exits 1 when over. Run after `vite build`: node scripts/bundle-budget.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const FIRST_SCREEN_BUDGET_BYTES = 50 * 1024;
const ALL_JS_BUDGET_BYTES = 120 * 1024;
const DIST = 'dist';

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// The first screen needs the entry script and what index.html preloads with it.
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const first = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const firstBytes = first.reduce((sum, file) => sum + gz(file), 0);
const all = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
const allBytes = all.reduce((sum, file) => sum + gz(join('assets', file)), 0);

console.log(
  `first screen: ${kb(firstBytes)} gzip (${first.join(', ')}), budget ${kb(FIRST_SCREEN_BUDGET_BYTES)}`,
);
console.log(
  `all app JavaScript: ${kb(allBytes)} gzip in ${all.length} files, budget ${kb(ALL_JS_BUDGET_BYTES)}`,
);
const over = firstBytes > FIRST_SCREEN_BUDGET_BYTES || allBytes > ALL_JS_BUDGET_BYTES;
if (over) console.log('over budget');
process.exit(over ? 1 : 0);
