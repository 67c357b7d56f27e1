// @vitest-environment happy-dom
import { dismissLocatorFor } from '../overlay';
import { createVisibility } from '../../dom/visibility';

const vis = createVisibility('none');
const coverIn = (html: string) => {
  document.body.innerHTML = html;
  return document.querySelector('[data-hit]')!;
};

describe('the way out of an overlay that covers an element', () => {
  it('prefers refusing over closing and never accepts', () => {
    const hit = coverIn(`<div id="cookie-consent" style="position:fixed;bottom:0"><p data-hit>We use cookies</p>
      <button>Accept all</button><button id="close-x" aria-label="Close">×</button><button>Reject all</button></div>`);
    expect(dismissLocatorFor(hit, vis)).toEqual({ description: 'the "Reject all" button of the overlay', strategies: [{ role: 'button', name: 'Reject all' }] });
  });

  it('closes a dialog with its Close control, by id first', () => {
    const hit = coverIn('<div role="dialog" aria-modal="true"><h2 data-hit>Join our newsletter</h2><input aria-label="Email"><button>Subscribe</button><button id="nl-close" aria-label="Close">×</button></div>');
    expect(dismissLocatorFor(hit, vis)?.strategies).toEqual([{ css: '#nl-close' }, { role: 'button', name: 'Close' }]);
  });

  it('offers nothing when the only way out agrees to something, or the cover is page content', () => {
    expect(dismissLocatorFor(coverIn('<div class="cookie-banner" data-hit>Cookies! <button>Accept all cookies</button></div>'), vis)).toBeUndefined();
    expect(dismissLocatorFor(coverIn('<main><div data-hit>Header <button>Close</button></div></main>'), vis)).toBeUndefined();
  });
});
