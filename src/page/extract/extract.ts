import { ElementNotFound } from '../../core/errors';
import type { Visibility } from '../dom/visibility';
import type { RefRegistry } from '../snapshot/refs';
import { normalizeText } from '../dom/text';
import { visibleText, pageText } from '../snapshot/page-text';
import { extractTable, findTable } from './table';
import { findRepeatingUnits } from './repeating-units';
import { recordFromRows, recordFromUnit } from './unit-record';
import { rowGroups } from './row-groups';
import { headingRecords, linkRecords } from './outline';
import { extractFields } from './fields';
import { matchesQuery } from './query';
import { pageLocale, type ExtractedRecord } from './values';
import type { Locator } from '../../core/plan';

/** What to extract; mirrors the extract step. */
export interface ExtractRequest {
  what: 'table' | 'list' | 'fields' | 'text' | 'links' | 'headings';
  fields?: Record<string, Locator>;
  query?: string;
  limit?: number;
}

/** The extract step's output (COMMON.md): records, url, title, and text for `what: 'text'`. */
export interface ExtractOutput {
  records: ExtractedRecord[];
  url: string;
  title: string;
  text?: string;
}

/** Where and how to extract. `root` is the located target, when the step has one. */
export interface ExtractContext {
  doc: Document;
  vis: Visibility;
  refs: RefRegistry;
  root?: Element;
}

const recordText = (r: ExtractedRecord) => Object.values(r).filter((v) => v !== null).join(' ');

function tableRecords(scope: Element | Document, ctx: ExtractContext, base: string, locale?: string): ExtractedRecord[] {
  const table = findTable(scope, ctx.vis);
  if (!table) throw new ElementNotFound('No table found on the page', { tried: [{ strategy: 'table', reason: 'no visible table' }] });
  return extractTable(table, { vis: ctx.vis, locale, baseUrl: base });
}

function listRecords(root: Element, ctx: ExtractContext, base: string, query?: string, locale?: string): ExtractedRecord[] {
  const units = findRepeatingUnits(root, ctx.vis);
  if (!units.length) {
    throw new ElementNotFound('No repeating items (cards, list items, rows) found', { tried: [{ strategy: 'list', reason: 'no group of 3 or more similar items' }] });
  }
  // Terms of a definition list are one item's spec sheet ("Brand: Lumo"), not items: one record of the item.
  if (units.every((u) => u.tagName === 'DT' || u.tagName === 'DD')) {
    const item = units[0].closest('article,[itemscope],main,[role="main"]') ?? ctx.doc.body;
    return [recordFromUnit(item, { vis: ctx.vis, locale, baseUrl: base })];
  }
  const table = units[0].tagName === 'TR' ? units[0].closest('table') : null;
  const groups = table ? rowGroups(table, ctx.vis) : null;
  if (groups) {
    const kept = query ? groups.filter((g) => matchesQuery(g.map((r) => normalizeText(r.textContent)).join(' '), query)) : groups;
    return kept.map((g) => recordFromRows(g, { vis: ctx.vis, locale, baseUrl: base }));
  }
  if (units[0].tagName === 'TR') {
    const records = tableRecords(units[0], ctx, base, locale);
    return query ? records.filter((r) => matchesQuery(recordText(r), query)) : records;
  }
  const kept = query ? units.filter((u) => matchesQuery(normalizeText(u.textContent), query)) : units;
  return kept.map((u) => recordFromUnit(u, { vis: ctx.vis, locale, baseUrl: base }));
}

/**
 * Extracts data from the visible page: a table's rows, the cards/items of a listing, named fields,
 * or text. `query` keeps records that mention all its words; `limit` caps the count.
 */
export function extractFromPage(req: ExtractRequest, ctx: ExtractContext): ExtractOutput {
  const { doc } = ctx;
  const base = doc.location?.href ?? doc.URL;
  const locale = pageLocale(doc);
  const out: ExtractOutput = { records: [], url: base, title: doc.title };
  let records: ExtractedRecord[];
  switch (req.what) {
    case 'table':
      records = tableRecords(ctx.root ?? doc, ctx, base, locale);
      if (req.query) records = records.filter((r) => matchesQuery(recordText(r), req.query!));
      break;
    case 'list':
      records = listRecords(ctx.root ?? doc.body, ctx, base, req.query, locale);
      break;
    case 'links':
      records = linkRecords(ctx.root ?? doc.body, ctx.vis, base);
      if (req.query) records = records.filter((r) => matchesQuery(recordText(r), req.query!));
      break;
    case 'headings':
      records = headingRecords(ctx.root ?? doc.body, ctx.vis);
      break;
    case 'fields':
      records = [extractFields(req.fields ?? {}, { doc, vis: ctx.vis, refs: ctx.refs, locale })];
      break;
    default: {
      const text = ctx.root ? visibleText(ctx.root, ctx.vis) : pageText(doc, ctx.vis, 50_000).text;
      out.text = text;
      records = [{ text }];
    }
  }
  out.records = req.limit ? records.slice(0, req.limit) : records;
  return out;
}
