import type { Locator } from '../../plan';
import type { PageSnapshot } from '../../ports';
import { findSearchBox, genericSearchBox, locatorFor, rankElements, SEARCH_WORDS, TEXT_ROLES } from './elements';
import type { Draft, DraftStep, Refusal, StepIds } from './drafts';
import { type PlanContext, pageOrigins, q, siteParams, stringParam, uniqueOrigins } from './context';
import { countOf, refineRecords } from './refine';
import { originOf } from '../goal-parser/sites';

const NEEDS_MODEL = 'add an API key in Options';

/** Where to type a search: a box in the snapshot, a generic box behind a search button, or nothing. */
export function searchBoxFor(snapshot?: PageSnapshot): { locator: Locator; confidence: number; opener?: Locator } | undefined {
  if (!snapshot) return { locator: genericSearchBox(), confidence: 0.6 };
  const box = findSearchBox(snapshot);
  if (box && box.score >= 0.6) {
    const loc = locatorFor(box.element, 'the search box', box.ambiguous);
    loc.strategies.push(...genericSearchBox().strategies.slice(0, 1));
    return { locator: loc, confidence: Math.round(box.score * 100) / 100 };
  }
  const opener = rankElements(snapshot, ['button', 'link'], (el) => (SEARCH_WORDS.test(el.name) ? 0.8 : 0))[0];
  if (opener) return { locator: genericSearchBox(), confidence: 0.5, opener: locatorFor(opener.element, 'the search button', opener.ambiguous) };
  return undefined;
}

/** Steps that type `value` into the search box, press Enter and wait for results. */
export function searchSteps(ids: StepIds, box: NonNullable<ReturnType<typeof searchBoxFor>>, value: string, shown: string, optional = false): DraftStep[] {
  const steps: DraftStep[] = [];
  const extra = optional ? { optional: true } : {};
  if (box.opener) steps.push(ids.click(box.opener, 'Open the search box', { confidence: 0.6, ...extra }));
  steps.push(ids.type(box.locator, value, `Search for ${shown}`, { pressEnter: true, confidence: box.confidence, ...extra }));
  steps.push(ids.waitIdle('Wait for the results', extra));
  return steps;
}

/** A field for the place ("Where", "Location", "City") when the page has one. */
function locationField(snapshot?: PageSnapshot): Locator | undefined {
  if (!snapshot) return undefined;
  const m = rankElements(snapshot, TEXT_ROLES, (el) => (/\b(?:where|location|city|destination|place|ort|wo|lieu|ubicaci[oó]n|near)\b/i.test(el.name) ? 0.9 : 0))[0];
  return m && locatorFor(m.element, `the ${q(m.element.name)} field`, m.ambiguous);
}

/**
 * "search for standing desks under $500" → (open the named site) → type the query into the
 * search box with Enter → wait → extract the result list → filter/sort by the goal's limits.
 */
export function planSearch(ctx: PlanContext): Draft | Refusal {
  const query = stringParam(ctx, 'query') ?? stringParam(ctx, 'product');
  if (!query) return { reason: `What should I search for? Name it, for example "search for standing desks".` };
  if (ctx.parsed.constraints.dateFrom || ctx.parsed.constraints.dateTo) {
    return { reason: `Searching with dates means working the site's date picker, which needs a model to plan: ${NEEDS_MODEL}.` };
  }
  const ids = ctx.ids;
  const steps: DraftStep[] = [];
  const site = siteParams(ctx)[0];
  const siteOrigin = originOf(site);
  const onOtherSite = Boolean(site && siteOrigin && siteOrigin !== pageOrigins(ctx)[0]);
  if (site && !siteOrigin) return { reason: `I need the web address of ${q(site)} (for example ${site.toLowerCase()}.com). A model could guess it: ${NEEDS_MODEL}.` };
  if (onOtherSite) steps.push(ids.navigate('{{param.url}}', `Open ${site}`, { confidence: 0.95 }));
  const box = searchBoxFor(onOtherSite ? undefined : ctx.snapshot);
  if (!box) return { reason: `This page has no search box I can see. A model could find another way to search it: ${NEEDS_MODEL}.` };
  const location = stringParam(ctx, 'location');
  const locField = location ? locationField(onOtherSite ? undefined : ctx.snapshot) : undefined;
  const value = location && !locField ? '{{param.query}} {{param.location}}' : '{{param.query}}';
  const shown = location && !locField ? `${q(query)} in ${location}` : q(query);
  if (locField) steps.push(ids.type(locField, '{{param.location}}', `Enter the place ${q(location!)}`, { confidence: 0.8 }));
  steps.push(...searchSteps(ids, box, value, shown));
  const refine = ctx.parsed.constraints.priceMax !== undefined || ctx.parsed.constraints.priceMin !== undefined || ctx.parsed.constraints.sort;
  const count = countOf(ctx);
  const extract = ids.extract('list', 'Read the results', { confidence: 0.85, ...(count && !refine ? { limit: count } : {}) });
  steps.push(extract);
  steps.push(...refineRecords(ctx, ids, extract.id).steps);
  return { steps, params: { query, ...(onOtherSite ? { url: site! } : {}), ...(location ? { location } : {}) }, origins: uniqueOrigins([...pageOrigins(ctx), siteOrigin]) };
}
