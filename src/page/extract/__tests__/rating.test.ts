// @vitest-environment happy-dom
import { unitRating } from '../rating';

const unit = (html: string) => {
  document.body.innerHTML = `<li id="u"><a href="/p/1">Chair</a><span class="price">$99</span>${html}</li>`;
  return unitRating(document.getElementById('u')!);
};

describe('ratings on a card', () => {
  it('reads the ways shops show a rating and its review count', () => {
    expect(unit('<span class="rating" aria-label="Rated 4.5 out of 5">★ 4.5</span>')).toEqual({ rating: 4.5 });
    expect(unit('<div class="stars">★ 4.6 (1,284 reviews)</div>')).toEqual({ rating: 4.6, reviews: 1284 });
    expect(unit('<span itemprop="ratingValue" content="4.2">4,2</span><meta itemprop="reviewCount" content="87">')).toEqual({ rating: 4.2, reviews: 87 });
    expect(unit('<span class="review-score">8.7/10</span>')).toEqual({ rating: 8.7 });
    expect(unit('<span class="stars" title="★★★★½">★★★★½</span>')).toEqual({ rating: 4.5 });
    expect(unit('<span data-rating="3.5" class="r"></span>')).toEqual({ rating: 3.5 });
  });

  it('finds none where there is none, and does not read a price or a count as a rating', () => {
    expect(unit('')).toEqual({});
    expect(unit('<span class="reviews">(12 reviews)</span>')).toEqual({ reviews: 12 });
  });
});
