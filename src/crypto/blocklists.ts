/**
 * Small blocklists for secrets chosen on the device (NIST SP 800-63B §5.1.1.2, security-ux.md S7).
 * Small on purpose: they ship in the app bundle, and the pattern rules in pin-policy.ts already
 * refuse whole families (repeats, sequences, mirrors, dates). Lower case.
 */

/**
 * 6-digit PINs that no pattern rule catches but people pick first. The top ten of Markert et al.,
 * "This PIN Can Be Easily Guessed" (IEEE S&P 2020), plus keypad shapes of the same kind
 * (columns, diagonals, crosses on a 3×3 keypad) and the doubled/counted sequences.
 */
export const COMMON_PINS: ReadonlySet<string> = new Set([
  // Markert et al. 2020 top ten not already caught by a pattern rule.
  '789456',
  '159753',
  // Keypad columns, rows and diagonals.
  '147258',
  '258369',
  '369258',
  '963852',
  '852741',
  '741852',
  '147852',
  '258456',
  '852456',
  '456852',
  '147369',
  '159357',
  '357159',
  '753951',
  '951753',
  '789123',
  '456123',
  '321654',
  '123654',
  '456321',
  '987321',
  '321987',
  '142536',
  '102030',
  '010203',
  '5201314',
]);

/**
 * Common passwords and their base words (a password with one of these removed must still be long
 * enough on its own). English and Spanish, since assisters work in both.
 */
export const COMMON_PASSWORD_WORDS: readonly string[] = [
  'password',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'contraseña',
  'contrasena',
  'qwertyuiop',
  'qwerty',
  'asdfghjkl',
  'asdfgh',
  'zxcvbnm',
  '1qaz2wsx',
  'qazwsx',
  'iloveyou',
  'teamo',
  'letmein',
  'welcome',
  'bienvenido',
  'admin',
  'login',
  'master',
  'monkey',
  'dragon',
  'football',
  'futbol',
  'baseball',
  'soccer',
  'princess',
  'princesa',
  'sunshine',
  'shadow',
  'superman',
  'batman',
  'trustno1',
  'abc123',
  'starwars',
  'whatever',
  'freedom',
  'secret',
  'secreto',
  'changeme',
  'default',
  'computer',
  'hello',
  'hola',
  'amor',
];

/** Words about this service: the first an attacker who knows what the tablet is for will try. */
export const SERVICE_WORDS: readonly string[] = [
  'enrollment',
  'enroll',
  'healthcare',
  'marketplace',
  'navigator',
  'assister',
  'insurance',
  'obamacare',
  'medicaid',
  'cobertura',
  'seguro',
  'salud',
];
