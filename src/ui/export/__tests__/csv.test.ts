import { toCsv, csvField, UTF8_BOM } from '../csv';
import { toTsv } from '../tsv';
import { toResultsJson, exportFileName } from '../json';
import { columnsOf, recordsOf, bestOf, sameRecord } from '../records';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(toCsv([{ name: 'Cable', price: 9.5 }])).toBe(`${UTF8_BOM}name,price\r\nCable,9.5\r\n`);
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv([{ name: 'Cable, 2 m', note: 'the "best" one', text: 'line 1\nline 2' }], { bom: false });
    expect(csv).toBe('name,note,text\r\n"Cable, 2 m","the ""best"" one","line 1\nline 2"\r\n');
  });

  it('keeps Unicode as is', () => {
    expect(toCsv([{ name: 'Câble für 5 €', shop: '東京' }], { bom: false })).toContain('Câble für 5 €,東京');
  });

  it('uses the union of keys as columns, leaving missing cells empty', () => {
    const csv = toCsv([{ a: 1 }, { b: true, a: null }], { bom: false });
    expect(csv).toBe('a,b\r\n1,\r\n,true\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas but keeps negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField(-3)).toBe('-3');
  });

  it('quotes cells with leading or trailing spaces so they survive', () => {
    expect(csvField(' padded ')).toBe('" padded "');
  });
});

describe('TSV for the clipboard', () => {
  it('joins cells with tabs and flattens tabs and newlines inside cells', () => {
    expect(toTsv([{ name: 'a\tb', price: 2 }, { name: 'c\nd', price: null }])).toBe('name\tprice\na b\t2\nc d\t');
  });
});

describe('JSON export', () => {
  it('writes goal, run id, best and records, keeping Unicode', () => {
    const json = toResultsJson({ goal: 'café', runId: 'r1', records: [{ name: 'Crème', price: 3 }], best: { name: 'Crème', price: 3 } }, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(json)).toEqual({ goal: 'café', runId: 'r1', exportedAt: '2026-01-02T03:04:05.000Z', best: { name: 'Crème', price: 3 }, records: [{ name: 'Crème', price: 3 }] });
    expect(json).toContain('Crème');
  });

  it('leaves best out when there is none', () => {
    expect(JSON.parse(toResultsJson({ goal: 'g', runId: 'r', records: [] }))).not.toHaveProperty('best');
  });

  it('names files after the goal and date', () => {
    expect(exportFileName('Cheapest USB-C cable, 2 m — Crème!', 'csv', new Date('2026-05-01T00:00:00Z'))).toBe('errand-cheapest-usb-c-cable-2-m-creme-2026-05-01.csv');
    expect(exportFileName('???', 'json', new Date('2026-05-01T00:00:00Z'))).toBe('errand-results-2026-05-01.json');
  });
});

describe('result records', () => {
  it('reads records and best from a run result and ignores junk', () => {
    expect(recordsOf({ records: [{ a: 1 }, 3, null, [1]] })).toEqual([{ a: 1 }]);
    expect(recordsOf(undefined)).toEqual([]);
    expect(bestOf({ best: { a: 1 } })).toEqual({ a: 1 });
    expect(bestOf({ best: 'x' })).toBeNull();
  });

  it('compares records by value and lists columns in first-seen order', () => {
    expect(sameRecord({ a: 1, b: null }, { a: 1 })).toBe(true);
    expect(sameRecord({ a: 1 }, { a: 2 })).toBe(false);
    expect(columnsOf([{ b: 1 }, { a: 1, b: 2 }])).toEqual(['b', 'a']);
  });
});
