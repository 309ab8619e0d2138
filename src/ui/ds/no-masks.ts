/**
 * Stands in for the CMS design system's input masks (vite.config.ts resolves its TextField's
 * `./Mask` and `./LabelMask` here, in the app's build). TextField draws one only for a `mask` or
 * `labelMask` prop, which no field here passes: the app formats what it shows itself (an SSN is
 * hidden once typed, amounts are read as typed). The real modules and their helpers were 4.3 KB of
 * minified JavaScript, 1.6 KB gzip of issue 8's 120 KB budget (scripts/bundle-budget.mjs: 122,835
 * → 121,213 bytes). A field that asks for a mask fails loudly instead of drawing one unmasked.
 */
export default function NoMask(): never {
  throw new Error(
    "The design system's input masks are left out of this app's build (vite.config.ts, src/ui/ds/no-masks.ts).",
  );
}
