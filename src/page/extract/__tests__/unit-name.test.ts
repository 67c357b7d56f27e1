// @vitest-environment happy-dom
import { recordFromUnit } from '../unit-record';
import { createVisibility } from '../../dom/visibility';

describe('the name of a listing unit', () => {
  it('prefers the title that links to the item over a section heading', () => {
    document.body.innerHTML = `<section id="u"><h1>Suchergebnisse für „Aeron Chair“</h1>
      <ul><li><h3><a href="/item?id=1">Aeron Chair</a></h3><p>1.189,00 €</p></li></ul></section>`;
    const record = recordFromUnit(document.getElementById('u')!, { vis: createVisibility('none'), locale: 'de', baseUrl: 'http://shop.example/' });
    expect(record.name).toBe('Aeron Chair');
    expect(record.price).toBe(1189);
  });
});

describe('the price of a listing unit', () => {
  const read = (html: string) => {
    document.body.innerHTML = `<li id="u"><a href="/p/1"><h2>Momentum 4</h2></a>${html}</li>`;
    return recordFromUnit(document.getElementById('u')!, { vis: createVisibility('none'), locale: 'de', baseUrl: 'http://shop.example/' });
  };

  it('skips a struck-out old price that shares its element with the current one', () => {
    expect(read('<div class="price"><s>299,00 €</s> 249,00&nbsp;€</div>').price).toBe(249);
    expect(read('<div class="price"><del>299,00 €</del><span>249,00 €</span></div>').price).toBe(249);
  });

  it('keeps the only price even when it is struck out (nothing better on the card)', () => {
    expect(read('<div class="price"><s>299,00 €</s></div>').price).toBe(299);
  });
});
