import type { Locator, LocatorStrategy } from '../../core/plan';
import type { SnapshotElement } from '../../core/ports';
import { ElementNotFound } from '../../core/errors';
import { takeSnapshot } from '../snapshot/snapshot';
import { RefRegistry } from '../snapshot/refs';
import type { LocateContext } from './locate';
import { similarity } from './text-match';

function queryTexts(locator: Locator): string[] {
  const texts = locator.strategies.map((s: LocatorStrategy) => {
    if ('role' in s) return s.name ?? '';
    if ('label' in s) return s.label;
    if ('placeholder' in s) return s.placeholder;
    if ('testId' in s) return s.testId.replace(/[-_]/g, ' ');
    if ('text' in s) return s.text;
    return '';
  });
  return [...texts, locator.description].filter(Boolean);
}

/**
 * Up to `limit` elements of a fresh snapshot whose names are closest to what the locator looked
 * for, best first. Their refs resolve right away; refs of the latest snapshot do not move (the
 * planner may hold them), elements it did not list get new numbers.
 */
export function nearestCandidates(locator: Locator, ctx: LocateContext, limit = 5): SnapshotElement[] {
  const own = new RefRegistry();
  const snapshot = takeSnapshot(ctx.doc, { refs: own, layout: ctx.vis.layout, maxChars: 20_000 });
  const queries = queryTexts(locator);
  return snapshot.elements
    .map((e) => ({ e, score: Math.max(...queries.map((q) => similarity(`${e.name} ${e.context ?? ''}`.trim(), q)), similarity(e.name, queries[0] ?? '')) }))
    .filter((x) => x.score > 0.2)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ e }) => ({ ...e, ref: ctx.refs.ensure(own.resolve(e.ref)!) }));
}

/** Adds `details.candidates` to an ElementNotFound (other errors pass through untouched). */
export function withCandidates(err: unknown, locator: Locator, ctx: LocateContext): unknown {
  if (!(err instanceof ElementNotFound) || err.details.candidates) return err;
  try {
    err.details.candidates = nearestCandidates(locator, ctx);
  } catch {
    err.details.candidates = [];
  }
  return err;
}
