import * as z from 'zod/mini';
import { util } from 'zod/v4/core';

/**
 * The one zod every schema is written with: `zod/mini`, the tree-shakable form of zod 4 (about
 * 11 KB gzip in the app against 25 KB for the classic API; issue 8's budget). Same parser, same
 * issues, functions instead of methods (`z.optional(s)`, `s.check(z.minLength(1))`).
 *
 * zod/mini loads no locale: the server and the command-line tools load the English messages
 * (zod-messages.ts); the app words problems by their codes.
 */

export { z };

/**
 * A schema built when it is first used (parsed, composed, inspected), not when its module is
 * evaluated. Each zod schema is a chain of constructors; built at evaluation, the app's schemas
 * were the largest part of the store's start on a 4x slower CPU: the long task after a new
 * device's first paint (Lighthouse's blocking time) and part of the warm start (issue 8). Most of
 * them (the application, the rule packs) are not used until a screen needs them.
 *
 * Transparent: the value behaves as the schema itself (zod's own proxy, which builds it at the
 * first property access), so it composes, parses and converts to JSON Schema as before.
 */
export function deferred<T extends object>(build: () => T): T {
  return util.createTransparentProxy(build);
}
