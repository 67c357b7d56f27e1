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
