import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('assister passwords (NIST SP 800-63B §5.1.1.2)', () => {
  it('[S7] needs 8 characters, counted as a person sees them', () => {
    expect(checkPassword('short1!')).toEqual(['too_short']);
    expect(checkPassword('ñandú 🦜 río')).toEqual([]);
  });

  it('[S7] allows long passphrases, well past 64 characters, and no composition rules', () => {
    expect(
      checkPassword('the quick brown fox jumps over the lazy dog near the river bank today'),
    ).toEqual([]);
    expect(checkPassword('lowercase only words here')).toEqual([]);
    expect(checkPassword('x'.repeat(257))).toEqual(['too_long']);
  });

  it('[S7] refuses the most common passwords, in any case', () => {
    expect(checkPassword('password1')).toContain('common');
    expect(checkPassword('Iloveyou1')).toContain('common');
    expect(checkPassword('qwertyuiop')).toContain('common');
  });

  it('refuses repeats and runs', () => {
    expect(checkPassword('aaaaaaaaaa')).toContain('repetitive');
    expect(checkPassword('abababababab')).toContain('repetitive');
    expect(checkPassword('23456789')).toContain('sequence');
  });

  it('refuses a password built on the account name or the service', () => {
    expect(checkPassword('maria.lopez2026', { name: 'maria.lopez' })).toContain('context');
    expect(checkPassword('enrollment2026')).toContain('context');
    expect(checkPassword('maria walks to the harbour', { name: 'maria.lopez' })).toEqual([]);
  });
});
