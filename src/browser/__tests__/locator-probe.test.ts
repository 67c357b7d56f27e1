import type { Locator, PageStep } from '../../core/plan';
import type { PageDriver } from '../../core/ports';
import { RestrictedPage, TimeoutError, ElementNotFound } from '../../core/errors';
import { createLocatorProbe } from '../locator-probe';

/** A driver over a page that holds the given CSS selectors; it records every step it was sent. */
function pageWith(...present: string[]) {
  const sent: PageStep[] = [];
  const driver: PageDriver = {
    async perform(step) {
      sent.push(step);
      if (step.kind !== 'wait' || step.for.kind !== 'element') throw new Error('the probe must only wait');
      const hit = step.for.target.strategies.some((s) => 'css' in s && present.includes(s.css));
      if (!hit) throw step.for.target.strategies.length > 1 ? new TimeoutError('waiting', 150) : new ElementNotFound('gone');
      return {};
    },
    async snapshot() { throw new Error('not used'); },
  };
  return { driver, sent };
}

const loc = (...css: string[]): Locator => ({ description: 'Search box', strategies: css.map((c) => ({ css: c })) });
const signal = new AbortController().signal;

describe('createLocatorProbe', () => {
  it('names the strategy that matched, asking the whole locator first and without acting', async () => {
    const { driver, sent } = pageWith('#q');
    expect(await createLocatorProbe(driver)(loc('#search', '#q'), 4, signal)).toEqual({ found: true, strategy: 'css=#q' });
    expect(sent.map((s) => s.kind)).toEqual(['wait', 'wait', 'wait']);
    expect(sent.every((s) => s.kind === 'wait' && s.timeoutMs === 150 && s.for.kind === 'element' && s.for.state === 'visible')).toBe(true);
  });

  it('asks once when the element is not there, or when there is only one strategy', async () => {
    const { driver, sent } = pageWith('#q');
    const probe = createLocatorProbe(driver, 100);
    expect(await probe(loc('#a', '#b'), 4, signal)).toEqual({ found: false });
    expect(await probe(loc('#q'), 4, signal)).toEqual({ found: true, strategy: 'css=#q' });
    expect(await probe(loc('#a'), 4, signal)).toEqual({ found: false });
    expect(sent).toHaveLength(3);
  });

  it('reports found without a strategy when only the whole locator resolves', async () => {
    // E.g. a ref that checks its element against the names of the other strategies.
    const driver: PageDriver = {
      async perform(step) {
        if (step.kind === 'wait' && step.for.kind === 'element' && step.for.target.strategies.length > 1) return {};
        throw new TimeoutError('waiting', 150);
      },
      async snapshot() { throw new Error('not used'); },
    };
    expect(await createLocatorProbe(driver)(loc('#a', '#b'), 1, signal)).toEqual({ found: true });
  });

  it('passes on errors that say the page cannot be asked', async () => {
    const driver: PageDriver = {
      async perform() { throw new RestrictedPage('Browser pages cannot be automated'); },
      async snapshot() { throw new Error('not used'); },
    };
    await expect(createLocatorProbe(driver)(loc('#a'), 1, signal)).rejects.toBeInstanceOf(RestrictedPage);
  });
});
