import { describe, expect, it } from 'vitest';
import { PWA_CSP, PWA_CSP_DIRECTIVES, PWA_CSP_META } from './content-security-policy';

describe('the PWA Content-Security-Policy', () => {
  it('allows no inline or evaluated script and no other origin, in the header and in the page', () => {
    for (const policy of [PWA_CSP, PWA_CSP_META]) {
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(
        /unsafe-inline|unsafe-eval|unsafe-hashes|https?:|\*|nonce-|sha256-/,
      );
    }
  });

  it('the page carries every directive of the header but frame-ancestors, which a meta element cannot', () => {
    expect(PWA_CSP).toContain("frame-ancestors 'none'");
    expect(PWA_CSP_META).not.toContain('frame-ancestors');
    expect(PWA_CSP_META.split('; ')).toEqual(
      PWA_CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')),
    );
  });
});
