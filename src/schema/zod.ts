import * as z from 'zod/mini';

/**
 * The one zod every schema is written with: `zod/mini`, the tree-shakable form of zod 4 (about
 * 11 KB gzip in the app against 25 KB for the classic API; issue 8's budget). Same parser, same
 * issues, functions instead of methods (`z.optional(s)`, `s.check(z.minLength(1))`).
 *
 * NOTE: zod/mini loads no locale, so every message would read "Invalid input". The API's error
 * bodies and the fallback error on a field show these messages: load the English ones, as the
 * classic API does.
 */
z.config(z.locales.en());

export { z };
