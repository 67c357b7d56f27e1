import { looksLikeListing, findSearchBox, pricesShown } from './elements';
import type { Draft, DraftStep, Refusal } from './drafts';
import { type PlanContext, pageOrigins, q, siteParams, stringParam, uniqueOrigins } from './context';
import { countOf, refineRecords } from './refine';
import { searchBoxFor, searchSteps } from './plan-search';
import { originOf } from '../goal-parser/sites';

const NEEDS_MODEL = 'add an API key in Options';

/** Higher is better for these; lower for price. Other measures need judgment. */
const HIGHER_IS_BETTER = ['rating', 'reviews'];

/** The final step: the best record by the metric (or a sort when several products are compared). */
function bestOf(ctx: PlanContext, from: string, several: boolean, metric: string): DraftStep[] {
  const refine = refineRecords(ctx, ctx.ids, from);
  const input = `{{steps.${refine.last}.records}}`;
  const high = HIGHER_IS_BETTER.includes(metric);
  if (ctx.parsed.constraints.sort) return refine.steps;
  const final = several
    ? ctx.ids.compute('sort', input, `Sort the offers by ${metric}, ${high ? 'highest' : 'cheapest'} first`, { field: metric, order: high ? 'desc' : 'asc', confidence: 0.9 })
    : high
      ? ctx.ids.compute('max', input, `Pick the offer with the best ${metric}`, { field: metric, confidence: 0.85 })
      : ctx.ids.compute('min', input, 'Pick the cheapest offer', { field: metric, confidence: 0.9 });
  return [...refine.steps, final];
}

/**
 * "compare the price of P on S1, S2, S3" → for each site: open it, search for P (optional: some
 * sites list the product on the page they open), wait, read the offers that mention P; then keep
 * the cheapest. Without sites: search or read the current page and pick the cheapest there.
 */
export function planCompare(ctx: PlanContext): Draft | Refusal {
  const product = stringParam(ctx, 'product');
  const products = Array.isArray(ctx.params.products) ? ctx.params.products : [];
  const sites = siteParams(ctx);
  const ids = ctx.ids;
  const limit = countOf(ctx) ?? 3;
  const metric = ctx.parsed.entities.fields[0] ?? 'price';
  if (metric !== 'price' && !HIGHER_IS_BETTER.includes(metric)) {
    return { reason: `Comparing by ${metric} needs a model to judge what is better: ${NEEDS_MODEL}.` };
  }
  if (ctx.parsed.constraints.dateFrom || ctx.parsed.constraints.dateTo) {
    return { reason: `Comparing offers for given dates means working each site's date picker, which needs a model to plan: ${NEEDS_MODEL}.` };
  }
  // "which headphones are cheapest" on a listing: read what the page lists and pick the best.
  if (!product && sites.length === 0 && ctx.snapshot && looksLikeListing(ctx.snapshot)) {
    const read = ids.extract('list', 'Read the offers on this page', { confidence: 0.8 });
    return { steps: [read, ...bestOf(ctx, read.id, false, metric)], params: {}, origins: pageOrigins(ctx) };
  }
  // "what is the price of this product" on an item's own page: read the item, its price is the answer.
  const thisOne = !product || /^(?:this|that)\s+(?:product|item|article|offer|one|page|thing)$/i.test(product);
  if (thisOne && sites.length === 0 && ctx.snapshot && !looksLikeListing(ctx.snapshot) && pricesShown(ctx.snapshot) >= 1 && /\b(?:this|that)\s+(?:product|item|article|offer|one|page|thing)\b|\bhow\s+much\b/i.test(ctx.parsed.text)) {
    const read = ids.extract('list', 'Read this item', { confidence: 0.75 });
    return { steps: [read, ...bestOf(ctx, read.id, false, metric)], params: {}, origins: pageOrigins(ctx) };
  }
  if (!product) return { reason: `Which product should I compare? Name it, for example "compare the price of the Aeron chair on a.com and b.com".` };
  if (sites.length === 0 && ctx.parsed.flags.deictic === 'sites') {
    const n = ctx.parsed.flags.deicticCount ? `${ctx.parsed.flags.deicticCount} ` : '';
    return { reason: `Which ${n}shops? Name them (for example a.com, b.com), or ${NEEDS_MODEL} so a model can work from your open tabs.` };
  }
  const bare = sites.filter((s) => !originOf(s));
  if (bare.length > 0) {
    return { reason: `I need the web addresses of ${bare.map(q).join(', ')} (for example ${bare[0]!.toLowerCase()}.com). A model could guess them: ${NEEDS_MODEL}.` };
  }
  if (sites.length > 0) {
    if (products.length > 1) return { reason: `Comparing several products across several shops needs a model to plan: ${NEEDS_MODEL}, or compare one product at a time.` };
    const loop = ids.forEach('{{param.sites}}', 'site', `On each shop, find ${q(product)}`, () => [
      ids.navigate('{{site}}', 'Open the shop', { confidence: 0.95 }),
      ...searchSteps(ids, searchBoxFor(undefined)!, '{{param.product}}', q(product), true),
      ids.extract('list', `Read the offers for ${q(product)}`, { query: '{{param.product}}', limit, confidence: 0.8 }),
    ], 0.8);
    return {
      steps: [loop, ...bestOf(ctx, loop.id, false, metric)],
      params: { product, sites: [...sites] },
      origins: uniqueOrigins(sites.map(originOf)),
    };
  }
  if (!ctx.snapshot) return { reason: `Where should I compare prices? Name the shops (for example a.com, b.com) or open a page that lists the offers.` };
  const box = findSearchBox(ctx.snapshot);
  const listing = looksLikeListing(ctx.snapshot);
  if (!listing && (!box || box.score < 0.6)) {
    return { reason: `This page shows no offers and no search box. A model could find where to compare: ${NEEDS_MODEL}, or name the shops.` };
  }
  const several = products.length > 1;
  const useSearch = Boolean(box && box.score >= 0.6 && (several || !listing));
  const each = (value: string, shown: string): DraftStep[] => [
    ...(useSearch ? searchSteps(ids, searchBoxFor(ctx.snapshot)!, value, shown) : []),
    ids.extract('list', `Read the offers for ${shown}`, { query: value, ...(several ? { limit: 1 } : {}), confidence: 0.8 }),
  ];
  const steps: DraftStep[] = several
    ? [ids.forEach('{{param.products}}', 'item', 'For each product, find its offer', () => each('{{item}}', 'the product'), 0.8)]
    : each('{{param.product}}', q(product));
  const last = steps[steps.length - 1]!;
  const params: Draft['params'] = several ? { product, products: [...products] } : { product };
  return { steps: [...steps, ...bestOf(ctx, last.id, several, metric)], params, origins: pageOrigins(ctx) };
}
