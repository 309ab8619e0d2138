/**
 * CSV for spreadsheets (RFC 4180: quoted cells, CRLF), safe to open in Excel or LibreOffice: a cell
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula
 * (OWASP "CSV Injection": `=HYPERLINK(…)` in a name field exfiltrates a row when clicked), so it is
 * prefixed with a single quote, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised if it could be a formula, then quoted with inner quotes doubled. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Excel reads a CSV as UTF-8 only with this mark in front: "Núñez" stays "Núñez". */
export const UTF8_BOM = '\uFEFF';
