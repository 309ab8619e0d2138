import { describe, expect, it } from 'vitest';
import { classesNamedIn, removeUnusedCss } from './unused-css';

describe('classesNamedIn', () => {
  it('finds a class the code names anywhere, and no other', () => {
    const named = classesNamedIn(['h("div",{class:"ds-c-alert ds-c-alert__body"})']);
    expect(named('ds-c-alert')).toBe(true);
    expect(named('ds-c-alert__body')).toBe(true);
    expect(named('ds-c-tooltip')).toBe(false);
  });

  it('keeps every class a template or a concatenation completes at run time', () => {
    const named = classesNamedIn([`\`ds-c-alert--\${v}\``, '"state-badge"+s', "'x'"]);
    expect(named('ds-c-alert--warn')).toBe(true);
    expect(named('state-badge--sent')).toBe(true);
    expect(named('ds-c-button--ghost')).toBe(false);
  });

  it('takes a name ending in a separator as the start of one', () => {
    const named = classesNamedIn(['cx(`ds-c-field--`, size)', 'id:"rdp_"']);
    expect(named('ds-c-field--small')).toBe(true);
    expect(named('rdp_button')).toBe(true);
    expect(named('ds-c-fieldset')).toBe(false);
  });
});

describe('removeUnusedCss', () => {
  const code = ['class:"used other"', `\`mod--\${x}\``];

  it('removes the rules whose selectors need a class the code never names', () => {
    expect(removeUnusedCss('.used{color:red}.unused{color:blue}', code)).toBe('.used{color:red}');
  });

  it('removes only the selectors of a list that cannot match', () => {
    expect(removeUnusedCss('.used,.unused .used,a.other{margin:0}', code)).toBe(
      '.used,a.other{margin:0}',
    );
  });

  it('leaves classes inside :where(), :is() and :not() undecided', () => {
    const css =
      '.used:where(:first-child){margin-top:0}.used:not(.unused){x:1}:is(.unused,.used){y:2}';
    expect(removeUnusedCss(css, code)).toBe(css);
  });

  it('keeps the classes a template completes, and what has no class at all', () => {
    const css = '.mod--warn{color:red}h4,[hidden],*{margin:0}@keyframes spin{from{a:1}to{a:2}}';
    expect(removeUnusedCss(css, code)).toBe(css);
  });

  it('removes an at-rule that its rules leave empty, and keeps one that still has some', () => {
    const css =
      '@media (min-width:1px){.unused{a:1}}@media print{.used{a:1}.unused{b:2}}@supports (x:y){@media (forced-colors:active){.unused{c:3}}}';
    expect(removeUnusedCss(css, code)).toBe('@media print{.used{a:1}}');
  });

  it('removes the custom properties nothing refers to, following one to the next', () => {
    const css =
      ':root{--a:1px;--b:var(--a);--e:4px;--c:var(--b) var(--e);--d:2px;--from-js:3px}.used{padding:var(--b)}.unused{margin:var(--d)}';
    const out = removeUnusedCss(css, [...code, 'style.getPropertyValue("--from-js")']);
    expect(out).toBe(':root{--a:1px;--b:var(--a);--from-js:3px}.used{padding:var(--b)}');
  });

  it('removes a rule that held only unreferenced custom properties', () => {
    expect(removeUnusedCss('.used{--x:1}.used{color:red}', code)).toBe('.used{color:red}');
  });

  it('leaves everything as written when everything is used', () => {
    const css =
      '/* kept */\n.used > .other:hover::after { content: "x" }\n@font-face{font-family:a}';
    expect(removeUnusedCss(css, code)).toBe(css);
  });
});
