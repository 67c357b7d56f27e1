import { parseGoal } from '../goal-parser/parse-goal';
import { paramsFromParsed, valueParamName } from '../params';
import { matchScore, normalizeText, singular, slug } from '../text';

const NOW = Date.UTC(2025, 5, 11, 12);
const params = (goal: string) => paramsFromParsed(parseGoal(goal, { now: NOW }));

describe('paramsFromParsed', () => {
  it('turns entities and constraints into plan params', () => {
    expect(params('compare the price of the Aeron chair on a.com, 127.0.0.1:4301 and amazon under 900 euros, top 3')).toEqual({
      product: 'Aeron chair', query: 'Aeron chair', sites: ['https://a.com', 'http://127.0.0.1:4301', 'amazon'], url: 'https://a.com',
      priceMax: 900, currency: 'EUR', count: 3,
    });
    expect(params('compare iPhone 15 vs Pixel 8')).toMatchObject({ products: ['iPhone 15', 'Pixel 8'] });
    expect(params('extract names and prices from all pages in Berlin as json')).toEqual({ fields: ['name', 'price'], pages: 'all', location: 'Berlin', format: 'json' });
    expect(params('find rooms between $50 and $80 from 2025-07-01 to 2025-07-03')).toMatchObject({ priceMin: 50, priceMax: 80, dateFrom: '2025-07-01', dateTo: '2025-07-03' });
  });

  it('names form value params after their keys, away from reserved names', () => {
    expect(params('fill the form with First name: Ada, query: x, 2nd line: y')).toEqual({ first_name: 'Ada', field_query: 'x', v_2nd_line: 'y' });
    expect(params('type hello into the search box')).toEqual({ text: 'hello' });
    expect(valueParamName('E-mail')).toBe('e_mail');
    expect(valueParamName('!!!')).toBe('value');
  });
});

describe('text matching', () => {
  it('normalizes accents, case and punctuation but keeps decimals', () => {
    expect(normalizeText('  Crème  Brûlée, 1.5 kg! ada@x.org ')).toBe('creme brulee 1.5 kg ada@x org');
    expect(slug('Zip code')).toBe('zip_code');
  });

  it('makes simple plurals singular', () => {
    expect(['prices', 'boxes', 'batteries', 'glass', 'bus', 'cats', 'tv'].map(singular)).toEqual(['price', 'box', 'battery', 'glass', 'bus', 'cat', 'tv']);
  });

  it('scores exact names highest, contained words high, partial overlaps low', () => {
    expect(matchScore('Add to cart', 'add to cart')).toBe(1);
    expect(matchScore('add to carts', 'Add to cart')).toBe(0.95);
    expect(matchScore('cart', 'Add to cart')).toBeGreaterThan(0.75);
    expect(matchScore('search', 'Searchbar')).toBeGreaterThan(0);
    expect(matchScore('red chair', 'blue chair')).toBeLessThan(0.5);
    expect(matchScore('chair', 'table')).toBe(0);
    expect(matchScore('', 'x')).toBe(0);
    expect(matchScore('the', 'the end')).toBe(0.7);
  });
});
