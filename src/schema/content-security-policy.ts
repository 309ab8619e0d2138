/**
 * The PWA's Content-Security-Policy (issue 7, security-ux.md B1): everything from this origin,
 * nothing inline, nothing from anywhere else, so that a name like `<img src=x onerror=…>` that
 * slipped into markup still could not run. `style-src 'self'` too: the app styles through its
 * stylesheet and the CSSOM, never through inline style attributes in HTML. Images may be `data:`
 * (icons). Shared by the server, which sends it as a header on every page
 * (server/src/http/security-headers.ts), and the build, which sets it in the page
 * (vite.config.ts), so a copy of the app served by a host that sends no header keeps it too.
 */
export const PWA_CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

export const PWA_CSP = PWA_CSP_DIRECTIVES.join('; ');

/**
 * The same policy as a `<meta http-equiv>` element carries it: without `frame-ancestors`, which
 * browsers ignore there (and report as an error); the header and X-Frame-Options cover framing.
 */
export const PWA_CSP_META = PWA_CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join(
  '; ',
);
