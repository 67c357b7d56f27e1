import type { Locator } from '../../plan';
import type { PageSnapshot } from '../../ports';
import { locatorFor, looksLikeListing, nextLocator, tablesOf } from './elements';
import type { Draft, DraftStep, Refusal } from './drafts';
import { type PlanContext, pageOrigins, q, siteParams, stringParam, uniqueOrigins } from './context';
import { countOf, refineRecords } from './refine';
import { originOf } from '../goal-parser/sites';
import { matchScore } from '../text';

const NEEDS_MODEL = 'add an API key in Options';
const TEXT_SUBJECTS = /^(?:text|article|content|paragraph|body|story|post|page)$/;
const TABLE_SUBJECTS = /^(?:table|row|column|spreadsheet|grid|sheet)$/;

const LINK_SUBJECTS = /^(?:link|url|hyperlink|href)$/;
const HEADING_SUBJECTS = /^(?:heading|headline|header|section title)$/;

type What = { what: 'table' | 'list' | 'text' | 'links' | 'headings'; target?: Locator; confidence: number };

/** Table, list or text: from the goal's words, then from what the page holds. */
function chooseWhat(ctx: PlanContext, snapshot?: PageSnapshot): What {
  const subject = ctx.parsed.entities.subject ?? '';
  const wantsTable = TABLE_SUBJECTS.test(subject) || /\btable\b|\brows\b|\bcolumns\b/i.test(ctx.parsed.text);
  if (TEXT_SUBJECTS.test(subject) && ctx.parsed.entities.fields.length === 0) return { what: 'text', confidence: 0.8 };
  // "all the links" reads as the field url alone, "the headings" as name alone: the page's links / outline.
  const only = ctx.parsed.entities.fields.length === 1 ? ctx.parsed.entities.fields[0] : undefined;
  if (LINK_SUBJECTS.test(subject) || (only === 'url' && /\b(?:links|urls|hyperlinks)\b/i.test(ctx.parsed.text))) return { what: 'links', confidence: 0.9 };
  if (HEADING_SUBJECTS.test(subject) || (only === 'name' && /\bheadings\b/i.test(ctx.parsed.text))) return { what: 'headings', confidence: 0.9 };
  const tables = snapshot ? tablesOf(snapshot) : [];
  if (tables.length > 0 && (wantsTable || !looksLikeListing(snapshot!))) {
    const words = [subject, ...ctx.parsed.entities.fields, ...ctx.parsed.entities.products].join(' ');
    const ranked = tables.map((t) => ({ t, s: matchScore(words, `${t.name} ${t.context ?? ''}`) })).sort((a, b) => b.s - a.s);
    const table = ranked[0]!.t;
    const name = table.name.trim();
    return { what: 'table', target: locatorFor(table, name ? `the ${q(name)} table` : 'the table', tables.length > 1 && !name), confidence: tables.length === 1 ? 0.9 : 0.7 };
  }
  if (wantsTable && snapshot) return { what: 'list', confidence: 0.6 };
  return { what: wantsTable ? 'table' : 'list', confidence: snapshot ? 0.85 : 0.7 };
}

/**
 * "extract all product names and prices (from the first 3 pages) (as CSV)" → extract the table or
 * list; with pages, wrap it in a paginate step that follows the page's next control.
 */
export function planExtract(ctx: PlanContext): Draft | Refusal {
  const ids = ctx.ids;
  const steps: DraftStep[] = [];
  const site = siteParams(ctx)[0];
  const siteOrigin = originOf(site);
  if (site && !siteOrigin) return { reason: `I need the web address of ${q(site)}. A model could guess it: ${NEEDS_MODEL}.` };
  const elsewhere = Boolean(siteOrigin && siteOrigin !== pageOrigins(ctx)[0]);
  if (elsewhere) steps.push(ids.navigate('{{param.url}}', `Open ${site}`, { confidence: 0.95 }));
  const snapshot = elsewhere ? undefined : ctx.snapshot;
  const { what, target, confidence } = chooseWhat(ctx, snapshot);
  const pages = ctx.params.pages ?? ctx.parsed.constraints.pages;
  const query = stringParam(ctx, 'product');
  const refine = ctx.parsed.constraints.priceMax !== undefined || ctx.parsed.constraints.priceMin !== undefined || ctx.parsed.constraints.sort;
  const count = countOf(ctx);
  const fields = ctx.parsed.entities.fields;
  const label = fields.length > 0 ? fields.join(', ') : what === 'text' ? 'the text' : `the ${ctx.parsed.entities.subject && !/^(?:table|list)$/.test(ctx.parsed.entities.subject) ? `${ctx.parsed.entities.subject}s` : what}`;
  const extractOpts = { confidence, ...(target ? { target } : {}), ...(query ? { query: '{{param.product}}' } : {}), ...(count && !refine && !pages ? { limit: count } : {}) };
  let lastId: string;
  if (pages !== undefined) {
    const next = nextLocator(snapshot);
    const max = typeof pages === 'number' ? Math.min(200, pages) : 50;
    const pag = ids.paginate(next.locator, max, `Read ${label} on ${typeof pages === 'number' ? `up to ${max} pages` : 'every page'}`, () => [
      ids.extract(what, `Read ${label} on this page`, extractOpts),
    ], { confidence: next.confidence, stopWhen: next.loadMore ? 'noNewRecords' : 'noNext' });
    steps.push(pag);
    lastId = pag.id;
  } else {
    const ex = ids.extract(what, `Read ${label}`, extractOpts);
    steps.push(ex);
    lastId = ex.id;
  }
  steps.push(...refineRecords(ctx, ids, lastId).steps);
  const params: Draft['params'] = {};
  if (fields.length > 0) params.fields = [...fields];
  if (ctx.parsed.flags.format) params.format = ctx.parsed.flags.format;
  if (query) params.product = query;
  if (elsewhere) params.url = site!;
  return { steps, params, origins: uniqueOrigins([...pageOrigins(ctx), siteOrigin]) };
}

/**
 * "monitor the price of X on a.com, tell me when it drops below 900" → one check: open the page,
 * read the offer for X and keep it if it meets the limit. Repeating the check is the scheduler's job.
 */
export function planMonitor(ctx: PlanContext): Draft | Refusal {
  const product = stringParam(ctx, 'product');
  const site = siteParams(ctx)[0];
  if (!site && !ctx.snapshot) return { reason: `Which page should I watch? Name the site or open the page first.` };
  if (!product) return { reason: `What should I watch? Name the product, for example "monitor the price of the Aeron chair on a.com".` };
  const draft = planExtract({ ...ctx, parsed: { ...ctx.parsed, constraints: { ...ctx.parsed.constraints, count: 1 } } });
  if ('reason' in draft) return draft;
  const first = draft.steps.find((s) => s.kind === 'extract' || s.kind === 'navigate')!;
  first.description = `Check once: ${first.description.charAt(0).toLowerCase()}${first.description.slice(1)}`;
  return { ...draft, steps: draft.steps.map((s) => (s.kind === 'extract' ? { ...s, limit: 1 } : s)) };
}
