import { columnsOf, type DataRecord } from './records';

/** Byte order mark: tells Excel the file is UTF-8, so accents and symbols survive. */
export const UTF8_BOM = '\uFEFF';

// Cells Excel would run as formulas; numbers keep their minus sign.
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(value: DataRecord[string]): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return FORMULA_START.test(value) && !/^[-+]?\d/.test(value) ? `'${value}` : value;
}

/** One CSV field: quoted when it holds a quote, comma, semicolon, line break or edge space. */
export function csvField(value: DataRecord[string]): string {
  const text = cellText(value);
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Records as RFC 4180 CSV (CRLF line ends), header row from the union of keys.
 * @example toCsv([{ name: 'Cable, 2 m', price: 9.5 }]) // '\uFEFFname,price\r\n"Cable, 2 m",9.5\r\n'
 */
export function toCsv(records: readonly DataRecord[], { bom = true, columns = columnsOf(records) } = {}): string {
  const lines = [columns.map(csvField).join(','), ...records.map((r) => columns.map((c) => csvField(r[c])).join(','))];
  return (bom ? UTF8_BOM : '') + lines.map((l) => `${l}\r\n`).join('');
}
