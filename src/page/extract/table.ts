import type { Visibility } from '../dom/visibility';
import { normalizeText } from '../dom/text';
import { coerceColumns, absoluteUrl, type ExtractedRecord } from './values';

interface Cell {
  text: string;
  header: boolean;
  /** True for the 2nd+ column of a cell spanning columns (its text belongs to the first). */
  spanned: boolean;
  el: Element;
}

const ROW_SELECTOR = '[role="row"]';
const CELL_SELECTOR = '[role="cell"],[role="gridcell"],[role="columnheader"],[role="rowheader"]';

function rowsOf(table: Element): Element[] {
  if (table.tagName === 'TABLE') return Array.from((table as HTMLTableElement).rows);
  return Array.from(table.querySelectorAll(ROW_SELECTOR));
}

function cellsOf(row: Element): Element[] {
  if (row.tagName === 'TR') return Array.from((row as HTMLTableRowElement).cells);
  return Array.from(row.querySelectorAll(CELL_SELECTOR));
}

const isHeaderCell = (el: Element) => el.tagName === 'TH' || /^(columnheader|rowheader)$/.test(el.getAttribute('role') ?? '');

/** Expands colspan/rowspan into a rectangular grid of visible rows. */
function buildGrid(table: Element, vis: Visibility): Cell[][] {
  const grid: Cell[][] = [];
  const carried: Array<{ cell: Cell; left: number } | undefined> = [];
  for (const row of rowsOf(table)) {
    if (!vis.isVisible(row)) continue;
    const out: Cell[] = [];
    let col = 0;
    const fillCarried = () => {
      while (carried[col] && carried[col]!.left > 0) {
        out[col] = carried[col]!.cell;
        carried[col]!.left--;
        col++;
      }
    };
    for (const el of cellsOf(row)) {
      fillCarried();
      const span = Math.max(1, Math.min(50, Number(el.getAttribute('colspan')) || 1));
      const rows = Math.max(1, Math.min(500, Number(el.getAttribute('rowspan')) || 1));
      for (let k = 0; k < span; k++) {
        const cell = { text: normalizeText(el.textContent), header: isHeaderCell(el), spanned: k > 0, el };
        out[col] = cell;
        carried[col] = rows > 1 ? { cell: { ...cell, spanned: k > 0 }, left: rows - 1 } : undefined;
        col++;
      }
    }
    fillCarried();
    if (out.some((c) => c?.text)) grid.push(out);
  }
  return grid;
}

/** Index of the header row, or -1: thead's last row, or a first row made only of header cells. */
function headerRowIndex(table: Element, grid: Cell[][]): number {
  const thead = table.tagName === 'TABLE' ? (table as HTMLTableElement).tHead : null;
  const headRows = thead ? Array.from(thead.children).filter((r) => r.tagName === 'TR') : [];
  if (headRows.length) {
    const last = headRows[headRows.length - 1];
    const idx = grid.findIndex((row) => row.some((c) => c?.el.parentElement === last));
    if (idx >= 0) return idx;
  }
  const first = grid[0];
  return first && first.every((c) => !c || c.header) ? 0 : -1;
}

function headerNames(row: Cell[] | undefined, width: number): string[] {
  const names: string[] = [];
  const used = new Map<string, number>();
  for (let i = 0; i < width; i++) {
    const cell = row?.[i];
    if (cell?.spanned) {
      names.push(names[i - 1]);
      continue;
    }
    let name = cell?.text || `column${i + 1}`;
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    if (n > 1) name = `${name} ${n}`;
    names.push(name);
  }
  return names;
}

/** Options for `extractTable`. */
export interface TableOptions {
  vis: Visibility;
  locale?: string;
  baseUrl: string;
}

/**
 * Table (or ARIA grid) → records keyed by header text; cells under one spanning header are joined;
 * numbers and prices of numeric columns become numbers, unambiguous dates ISO. Headerless tables get column1…n.
 * A row with a single link gains `url`.
 */
export function extractTable(table: Element, opts: TableOptions): ExtractedRecord[] {
  const grid = buildGrid(table, opts.vis);
  if (!grid.length) return [];
  const width = Math.max(...grid.map((r) => r.length));
  const headerIdx = headerRowIndex(table, grid);
  const names = headerNames(headerIdx >= 0 ? grid[headerIdx] : undefined, width);
  const rows: Array<Record<string, string>> = [];
  const urls: Array<string | undefined> = [];
  grid.forEach((row, r) => {
    if (r <= headerIdx || row.every((c) => !c || c.header)) return;
    const texts = new Map<string, string[]>();
    for (let i = 0; i < width; i++) {
      const cell = row[i];
      const parts = texts.get(names[i]) ?? [];
      if (cell && !(cell.spanned && names[i] !== names[i - 1]) && !parts.includes(cell.text)) parts.push(cell.text);
      texts.set(names[i], parts);
    }
    const record: Record<string, string> = {};
    for (const [key, parts] of texts) record[key] = parts.join(' ');
    const links = new Set(row.flatMap((c) => (c ? Array.from(c.el.querySelectorAll('a[href]')) : []))
      .map((a) => absoluteUrl(a.getAttribute('href'), opts.baseUrl)).filter(Boolean));
    urls.push(links.size === 1 && !('url' in record) ? [...links][0]! : undefined);
    rows.push(record);
  });
  return coerceColumns(rows, opts.locale).map((record, i) => (urls[i] ? { ...record, url: urls[i]! } : record));
}

/** The table to extract from: the target (or its table), else the visible data table with most rows. */
export function findTable(root: Element | Document, vis: Visibility): Element | null {
  const asEl = root as Element;
  if (asEl.tagName === 'TABLE' || /^(table|grid)$/.test(asEl.getAttribute?.('role') ?? '')) return asEl;
  const closest = asEl.closest?.('table,[role="table"],[role="grid"]');
  if (closest) return closest;
  const tables = Array.from(root.querySelectorAll('table,[role="table"],[role="grid"]'))
    .filter((t) => vis.isVisible(t) && !t.querySelector('table'));
  let best: Element | null = null;
  let bestRows = 0;
  for (const t of tables) {
    const n = rowsOf(t).length;
    if (n > bestRows) [best, bestRows] = [t, n];
  }
  return best;
}
