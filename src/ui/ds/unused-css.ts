import postcss, { type AnyNode, type Root } from 'postcss';
import selectorParser from 'postcss-selector-parser';

/**
 * The design system's compiled CSS is whole: 35 components and their utilities, about 2,000 rules
 * (208 KB raw, 25 KB gzip), render-blocking on every start, parsed and matched against every
 * element. This app renders four of its components. The build (vite.config.ts) takes out the
 * rules that cannot match anything the app makes, judged from the build's own JavaScript and HTML:
 *
 * - a selector goes when it requires, at its top level, a class that the code never names. A class
 *   the code names anywhere (even in a string that is not a class) stays, and so does every class
 *   that starts with a piece the code completes at run time (`ds-c-alert--${variation}`, or any
 *   name ending in `-` or `_`). Classes inside `:not()`, `:where()`, `:is()` and the like decide
 *   nothing: `.x:not(.unused)` matches, and a rule is not worth a guess;
 * - a custom property goes when no `var()` left in the sheet and no code names it;
 * - a rule or at-rule left empty goes.
 *
 * Everything else is left as it was written, byte for byte. PurgeCSS was tried first and dropped:
 * it drops `.x:where(:first-child)` whenever `.x` stays (its issues #978, #1197, #1282), which
 * moved the design system's alert headings; its `fontFace` option dropped every font face, as the
 * families are named through custom properties.
 */

/** The test of whether the code can put a class on an element. */
export type ClassTest = (name: string) => boolean;

/** What the build's code (JavaScript and HTML, as text) can name as a class. */
export function classesNamedIn(code: readonly string[]): ClassTest {
  const text = code.join('\n');
  const prefixes = new Set<string>();
  // A name completed at run time: before `${` in a template, or before `"+` in a concatenation.
  for (const m of text.matchAll(/([A-Za-z_][\w-]*)(?:\$\{|["'`]\s*\+)/g)) prefixes.add(m[1] ?? '');
  // A name that ends in a separator, wherever it stands: it can only be the start of one.
  for (const m of text.matchAll(/[A-Za-z_][\w-]*[-_](?![\w-])/g)) prefixes.add(m[0]);
  const starts = [...prefixes].filter(Boolean);
  const answers = new Map<string, boolean>();
  return (name) => {
    let named = answers.get(name);
    if (named === undefined) {
      named = text.includes(name) || starts.some((start) => name.startsWith(start));
      answers.set(name, named);
    }
    return named;
  };
}

const selectors = selectorParser();

/** True when the selector cannot match: a class at its top level that the code never names. */
function needsAbsentClass(selector: selectorParser.Selector, named: ClassTest): boolean {
  return selector.nodes.some((node) => node.type === 'class' && !named(node.value));
}

/** Removes a node, then each parent rule or block at-rule it leaves empty. */
function removeWithEmptyParents(node: AnyNode): void {
  let parent = node.parent;
  node.remove();
  while (parent && parent.type !== 'root' && parent.nodes?.length === 0) {
    const next = parent.parent;
    parent.remove();
    parent = next;
  }
}

function removeUnmatchableSelectors(root: Root, named: ClassTest): void {
  root.walkRules((rule) => {
    // Keyframe selectors are offsets (from, 50%), not elements.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name))
      return;
    const list = selectors.astSync(rule.selector).nodes;
    const kept = list.filter((selector) => !needsAbsentClass(selector, named));
    if (kept.length === list.length) return;
    if (kept.length === 0) removeWithEmptyParents(rule);
    else rule.selector = kept.map((selector) => selector.toString().trim()).join(',');
  });
}

function removeUnreferencedProperties(root: Root, code: string): void {
  // Custom properties refer to each other: what one removal leaves unreferenced goes next round.
  for (;;) {
    const referenced = new Set<string>();
    root.walkDecls((decl) => {
      for (const m of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) referenced.add(m[1] ?? '');
    });
    const unreferenced: postcss.Declaration[] = [];
    root.walkDecls(/^--/, (decl) => {
      if (!referenced.has(decl.prop) && !code.includes(decl.prop)) unreferenced.push(decl);
    });
    if (unreferenced.length === 0) return;
    for (const decl of unreferenced) removeWithEmptyParents(decl);
  }
}

/**
 * The stylesheet without what the code cannot use (see above). `code` is the build's JavaScript
 * and HTML as text: the classes it names, and the custom properties it may read or set.
 */
export function removeUnusedCss(css: string, code: readonly string[]): string {
  const text = code.join('\n');
  const root = postcss.parse(css);
  removeUnmatchableSelectors(root, classesNamedIn([text]));
  removeUnreferencedProperties(root, text);
  return root.toString();
}
