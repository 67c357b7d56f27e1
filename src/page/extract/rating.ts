import { normalizeText } from '../dom/text';

const OUT_OF = /(\d+(?:[.,]\d+)?)\s*(?:out\s+of|\/|of|von|sur|su|de)\s*(5|10|100)\b/i;
const STARS = /^[★☆✩✪⭐½\s]+$/;
const REVIEWS = /\(?\s*(\d[\d,.\s]*)\s*(?:reviews?|ratings?|bewertungen|avis|reseñas|recensioni)\b/i;
const RATING_HINT = '[itemprop="ratingValue"],[class*="rating" i],[class*="stars" i],[class*="review" i],[aria-label*="rated" i],[aria-label*="stars" i],[title*="out of" i],[data-rating]';

/** "1,234" or "1.234" reviews → 1234. */
function count(text: string): number {
  return Number(text.replace(/[\s,.]/g, ''));
}

/**
 * The unit's star rating and review count, when it shows them: microdata (ratingValue,
 * reviewCount), "Rated 4.5 out of 5" in a label or title, "4.5/5", a number next to stars in a
 * rating element ("★ 4.6 (1,284 reviews)"), or the stars themselves (★★★★½ → 4.5).
 */
export function unitRating(unit: Element): { rating?: number; reviews?: number } {
  const out: { rating?: number; reviews?: number } = {};
  const micro = unit.querySelector('[itemprop="ratingValue"]');
  const microValue = Number(micro?.getAttribute('content') ?? normalizeText(micro?.textContent).replace(',', '.'));
  if (micro && Number.isFinite(microValue) && microValue > 0) out.rating = microValue;
  const microCount = unit.querySelector('[itemprop="reviewCount"],[itemprop="ratingCount"]');
  if (microCount) out.reviews = count(microCount.getAttribute('content') ?? normalizeText(microCount.textContent));
  for (const el of [unit, ...Array.from(unit.querySelectorAll(RATING_HINT))]) {
    const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('data-rating') ?? ''}`;
    const text = el === unit ? '' : normalizeText(el.textContent);
    if (out.rating === undefined) {
      const stated = OUT_OF.exec(label) ?? OUT_OF.exec(text);
      const bare = /^\s*(\d(?:[.,]\d{1,2})?)\s*$/.exec(el.getAttribute('data-rating') ?? '')
        ?? (el !== unit ? /(?:^|[★⭐\s])(\d(?:[.,]\d{1,2})?)(?=\s*(?:[★⭐()|·,]|stars?\b|$))/.exec(text.replace(REVIEWS, '')) : null);
      const value = stated ? Number(stated[1]!.replace(',', '.')) : bare ? Number(bare[1]!.replace(',', '.')) : undefined;
      if (value !== undefined && value > 0 && value <= (stated ? Number(stated[2]) : 10)) out.rating = value;
      else if (el !== unit && STARS.test(text) && /[★⭐]/.test(text)) out.rating = (text.match(/[★⭐]/g)?.length ?? 0) + (text.includes('½') ? 0.5 : 0);
    }
    if (out.reviews === undefined && el !== unit) {
      const r = REVIEWS.exec(text) ?? REVIEWS.exec(label);
      if (r) out.reviews = count(r[1]!);
    }
  }
  return out;
}
