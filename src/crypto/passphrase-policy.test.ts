import { describe, expect, it } from 'vitest';
import { checkPassphrase, type PassphraseProblem } from './passphrase-policy';

describe('checkPassphrase accepts (NIST SP 800-63B: length, no composition rules)', () => {
  it.each([
    'lentejas',
    'correct horse battery staple',
    'mi perro come tortillas los martes',
    'all lower case, no digits, no symbols',
    '🌮🌮 con café y pan dulce',
    '30485716',
  ])('%s', (passphrase) => {
    expect(checkPassphrase(passphrase)).toEqual([]);
  });

  it('a 200-character passphrase', () => {
    expect(
      checkPassphrase('la lluvia en sevilla es una maravilla '.repeat(6).slice(0, 200)),
    ).toEqual([]);
  });

  it('a common word with enough beside it', () => {
    expect(checkPassphrase('my password is a long sentence')).toEqual([]);
  });
});

describe('checkPassphrase refuses', () => {
  it.each<[string, PassphraseProblem]>([
    ['mañana', 'too-short'],
    ['🌮🌮🌮🌮🌮🌮🌮', 'too-short'],
    ['aaaaaaaa', 'repetitive'],
    ['abababab', 'repetitive'],
    ['abcabcabcabc', 'repetitive'],
    ['12345678', 'sequence'],
    ['abcdefgh', 'sequence'],
    ['87654321', 'sequence'],
    ['password', 'common'],
    ['Password2024!', 'common'],
    ['P@ssw0rd!!', 'common'],
    ['contraseña123', 'common'],
    ['qwertyuiop', 'common'],
    ['iloveyou', 'common'],
    ['letmein-password', 'common'],
    ['navigator2026', 'context'],
    ['Enrollment!!', 'context'],
  ])('%s as %s', (passphrase, problem) => {
    expect(checkPassphrase(passphrase)).toContain(problem);
  });

  it('counts characters, not bytes or UTF-16 units: seven emoji are seven', () => {
    expect(checkPassphrase('🌮🌮🌮🌮🌮🌮🌮🌮')).not.toContain('too-short');
  });

  it('refuses more than 256 characters', () => {
    expect(checkPassphrase('x'.repeat(257))).toEqual(['too-long']);
  });

  it('refuses a passphrase built on the user’s own name or user name', () => {
    const context = { words: ['rosa.delgado', 'Rosa', 'Delgado'] };
    expect(checkPassphrase('rosa.delgado1', context)).toContain('context');
    expect(checkPassphrase('RosaDelgado!', context)).toContain('context');
    expect(checkPassphrase('rosa y sus girasoles', context)).toEqual([]);
  });

  it('refuses a passphrase built on the date of birth', () => {
    expect(checkPassphrase('041290ana!', { dateOfBirth: '1990-04-12' })).toContain('context');
  });
});
