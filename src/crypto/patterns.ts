/** Shapes that make a PIN or passphrase guessable early; shared by the two policies. */

/**
 * The smallest period p (at most half the length) with s[i] = s[i−p] throughout, or null:
 * 121212 → 2, 123123 → 3, 1212121 → 2, abcabcab → 3.
 */
export function shortestPeriod(chars: readonly string[]): number | null {
  for (let p = 1; p <= chars.length / 2; p++) {
    if (chars.every((c, i) => i < p || c === chars[i - p])) return p;
  }
  return null;
}

/** Same forwards and backwards: 123321, 147741. */
export function isMirrored(chars: readonly string[]): boolean {
  return chars.every((c, i) => c === chars[chars.length - 1 - i]);
}

/**
 * The step d (0–9) when each digit is the previous plus d, modulo 10, or null: 123456 and 567890
 * → 1, 654321 → 9, 135791 → 2, 111111 → 0. Digits only.
 */
export function digitStep(digits: string): number | null {
  const values = [...digits].map(Number);
  if (values.length < 2) return null;
  const step = (values[1]! - values[0]! + 10) % 10;
  return values.every((v, i) => i === 0 || (v - values[i - 1]! + 10) % 10 === step) ? step : null;
}

/**
 * The heads of equal-length runs, when the string is made of such runs (112233 → 123,
 * 111222 → 12, 998877 → 987), or null.
 */
export function runHeads(chars: readonly string[]): string | null {
  const runs: { char: string; length: number }[] = [];
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.char === c) last.length++;
    else runs.push({ char: c, length: 1 });
  }
  const first = runs[0];
  if (first === undefined || first.length < 2 || runs.some((r) => r.length !== first.length)) {
    return null;
  }
  return runs.map((r) => r.char).join('');
}

/** Code points each one more (or one less) than the previous: abcdefgh, 87654321. */
export function isUnitSequence(chars: readonly string[]): boolean {
  if (chars.length < 2) return false;
  const points = chars.map((c) => c.codePointAt(0)!);
  const step = points[1]! - points[0]!;
  return (
    (step === 1 || step === -1) && points.every((p, i) => i === 0 || p - points[i - 1]! === step)
  );
}

/**
 * The digit strings people make from a date of birth (ISO YYYY-MM-DD): month, day and year in
 * the US, European and ISO orders, with and without leading zeros, two- and four-digit years,
 * plus month-year. Null when the date is not a real calendar date.
 */
export function dateOfBirthForms(isoDate: string): { year: string; forms: string[] } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) return null;
  const [, yyyy, mm, dd] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)));
  if (date.toISOString().slice(0, 10) !== isoDate) return null;
  const months = unique([mm, String(Number(mm))]);
  const days = unique([dd, String(Number(dd))]);
  const years = [yyyy.slice(2), yyyy];
  const forms: string[] = [];
  for (const m of months) {
    for (const d of days) {
      for (const y of years) forms.push(m + d + y, d + m + y, y + m + d, y + d + m);
    }
  }
  forms.push(mm + yyyy, yyyy + mm);
  return { year: yyyy, forms: unique(forms) };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
