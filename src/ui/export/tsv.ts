import { columnsOf, type DataRecord } from './records';

function tsvCell(value: DataRecord[string]): string {
  if (value === null || value === undefined) return '';
  // Spreadsheets split pasted text on tabs and line breaks: flatten them inside a cell.
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

/** Records as tab-separated text for the clipboard (pastes into spreadsheet cells). */
export function toTsv(records: readonly DataRecord[], columns = columnsOf(records)): string {
  return [columns.map(tsvCell).join('\t'), ...records.map((r) => columns.map((c) => tsvCell(r[c])).join('\t'))].join('\n');
}
