import type { Visibility } from '../dom/visibility';

const HEADER = 'th,thead,[role="columnheader"]';

function rowShape(row: HTMLTableRowElement): string {
  const cells = Array.from(row.cells).map((c) => `${c.colSpan}${c.className}`);
  return `${row.className}|${cells.join(',')}`;
}

/**
 * Layout tables that spread one item over several rows (a title row, then a row of details, as on
 * link aggregators and old forums): when the visible rows of a header-less table repeat a pattern
 * of 2 or 3 differently shaped rows, each repetition is one item. Rows left after the last full
 * repetition (a "More" row) are not items. Returns the groups in order, or null for plain tables.
 */
export function rowGroups(table: Element, vis: Visibility): Element[][] | null {
  if (table.tagName !== 'TABLE' || table.querySelector(HEADER)) return null;
  const rows = Array.from((table as HTMLTableElement).rows).filter((r) => r.closest('table') === table && vis.isVisible(r));
  const shapes = rows.map(rowShape);
  for (const period of [2, 3]) {
    const n = Math.floor(rows.length / period);
    if (n < 2 || new Set(shapes.slice(0, period)).size !== period) continue;
    const repeats = shapes.slice(0, n * period).every((s, i) => s === shapes[i % period]);
    if (!repeats) continue;
    return Array.from({ length: n }, (_, i) => rows.slice(i * period, (i + 1) * period));
  }
  return null;
}
