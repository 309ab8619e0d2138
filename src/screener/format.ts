/** Plain-language numbers for the trace, without Intl (fast, and the same on every device). */

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** $1,234.56, or $1,235 when the amount is whole dollars. */
export function usd(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const dollars = Math.floor(cents / 100)
    .toString()
    .replace(THOUSANDS, ',');
  const rest = cents % 100;
  const sign = amount < 0 && cents > 0 ? '-' : '';
  return `${sign}$${dollars}${rest === 0 ? '' : `.${rest.toString().padStart(2, '0')}`}`;
}

/** An FPL percentage with one decimal: 217.7%. */
export function fplText(percent: number): string {
  return `${roundTo(percent, 1)}%`;
}

/** A fraction as a percent with two decimals: 0.0725 → 7.25%. */
export function rateText(fraction: number): string {
  return `${roundTo(fraction * 100, 2).toFixed(2)}%`;
}

/** Rounds half away from zero to `decimals` places, correcting binary noise (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(15))) / factor;
  return value < 0 ? -rounded : rounded;
}

/** "1 person" / "4 people". */
export function people(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}
