// @vitest-environment happy-dom
import { locateElement } from '../locate';
import { createVisibility } from '../../dom/visibility';
import { RefRegistry } from '../../snapshot/refs';

describe('snapshot refs that went stale', () => {
  beforeEach(() => {
    document.body.innerHTML = '<a href="/p/1">Leap V2</a><button>Add to cart</button>';
  });

  it('refuses a ref that now points at an element without the expected name and uses the next strategy', () => {
    const refs = new RefRegistry();
    const [link, button] = [document.querySelector('a')!, document.querySelector('button')!];
    refs.replace([['e1', link]]); // e1 used to be the button; after a re-render it is the link
    const found = locateElement({ description: 'Add to cart', strategies: [{ ref: 'e1' }, { role: 'button', name: 'Add to cart' }] }, { doc: document, vis: createVisibility('none'), refs });
    expect(found.element).toBe(button);
    expect(found.describe).toBe('role=button[name="Add to cart"]');
  });

  it('still trusts a ref whose element carries the expected name', () => {
    const refs = new RefRegistry();
    const button = document.querySelector('button')!;
    refs.replace([['e7', button]]);
    const found = locateElement({ description: 'Add to cart', strategies: [{ ref: 'e7' }, { text: 'Add to cart' }] }, { doc: document, vis: createVisibility('none'), refs });
    expect(found.describe).toBe('ref=e7');
  });
});
