import * as z from 'zod/mini';

/**
 * The one zod every schema is written with: `zod/mini`, the tree-shakable form of zod 4 (about
 * 11 KB gzip in the app against 25 KB for the classic API; issue 8's budget). Same parser, same
 * issues, functions instead of methods (`z.optional(s)`, `s.check(z.minLength(1))`).
 *
 * zod/mini loads no locale: the server and the command-line tools load the English messages
 * (zod-messages.ts); the app words problems by their codes.
 */

export { z };
