// @vitest-environment happy-dom
import { TimeoutError, CancelledError } from '../../../core/errors';
import { PAGE_STEP_KINDS } from '../../../core/plan';
import { scroll } from '../scroll';
import { wait } from '../wait';
import { extract } from '../extract';
import { ACTIONS, BACKGROUND_STEP_KINDS } from '..';
import { loadFixture, setDocument } from '../../__tests__/fixture';
import { actionContext, target, base } from './helpers';

describe('registry', () => {
  it('covers every page step kind the content script runs; the rest belong to the background', () => {
    expect([...Object.keys(ACTIONS), ...BACKGROUND_STEP_KINDS].sort()).toEqual([...PAGE_STEP_KINDS].sort());
    for (const [kind, action] of Object.entries(ACTIONS)) {
      // Each action's params schema is the step schema of its own kind.
      expect((action.schema as unknown as { shape: { kind: { value: string } } }).shape.kind.value).toBe(kind);
    }
  });
});

describe('scroll', () => {
  it('scrolls the page by pixels and reports the position', async () => {
    setDocument('<div style="height:5000px">tall</div>');
    const spy = vi.spyOn(window, 'scrollBy');
    const r = await scroll({ ...base, kind: 'scroll', direction: 'down', pixels: 400 }, actionContext());
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ top: 400 }));
    expect(r.output).toMatchObject({ scrollY: expect.any(Number), atEnd: expect.any(Boolean) });
    await scroll({ ...base, kind: 'scroll', direction: 'up' }, actionContext());
    expect(spy).toHaveBeenLastCalledWith(expect.objectContaining({ top: -Math.round(window.innerHeight * 0.85) }));
    spy.mockRestore();
  });

  it('brings a target into view', async () => {
    setDocument('<p>top</p><button id="b">Far</button>');
    const b = document.getElementById('b')!;
    const spy = vi.fn();
    b.scrollIntoView = spy;
    const r = await scroll({ ...base, kind: 'scroll', direction: 'down', target: target({ text: 'Far' }) }, actionContext());
    expect(spy).toHaveBeenCalled();
    expect(r.target?.element).toBe(b);
  });
});

describe('wait', () => {
  const waitStep = (cond: object, timeoutMs?: number) => ({ ...base, kind: 'wait' as const, for: cond, ...(timeoutMs ? { timeoutMs } : {}) }) as never;

  it('waits for time', async () => {
    const t0 = Date.now();
    await wait(waitStep({ kind: 'time', ms: 60 }), actionContext());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(55);
  });

  it('waits for an element to appear and to disappear', async () => {
    setDocument('<div id="root"><p class="spinner">Loading…</p></div>');
    setTimeout(() => (document.getElementById('root')!.innerHTML = '<button>Results ready</button>'), 80);
    await wait(waitStep({ kind: 'element', target: target({ role: 'button', name: 'Results ready' }), state: 'visible' }, 2000), actionContext());
    await wait(waitStep({ kind: 'element', target: target({ css: '.spinner' }), state: 'hidden' }, 500), actionContext());
  });

  it('waits for visible text, ignoring hidden text', async () => {
    setDocument('<div id="msg"></div><div hidden>Order placed</div>');
    setTimeout(() => (document.getElementById('msg')!.textContent = 'Order placed!'), 50);
    await wait(waitStep({ kind: 'text', text: 'order placed' }, 2000), actionContext());
  });

  it('times out with a TimeoutError naming what it waited for', async () => {
    setDocument('<p>nothing</p>');
    const err = await wait(waitStep({ kind: 'text', text: 'never' }, 150), actionContext()).catch((e) => e);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.message).toBe('waiting for text "never" timed out after 150 ms');
    const el = await wait(waitStep({ kind: 'element', target: target({ css: '#x' }), state: 'visible' }, 150), actionContext()).catch((e) => e);
    expect(el).toBeInstanceOf(TimeoutError);
  });

  it('waits until the DOM has been quiet, and gives up when it never is', async () => {
    setDocument('<ul id="list"></ul>');
    let n = 0;
    const timer = setInterval(() => n++ < 3 && document.getElementById('list')!.append(document.createElement('li')), 30);
    await wait(waitStep({ kind: 'idle', quietMs: 120 }, 2000), actionContext());
    expect(document.querySelectorAll('li')).toHaveLength(3);
    clearInterval(timer);
    const busy = setInterval(() => document.getElementById('list')!.append(document.createElement('li')), 20);
    const err = await wait(waitStep({ kind: 'idle', quietMs: 200 }, 300), actionContext()).catch((e) => e);
    clearInterval(busy);
    expect(err).toBeInstanceOf(TimeoutError);
  });

  it('stops when the request is cancelled', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const err = await wait(waitStep({ kind: 'time', ms: 5000 }), actionContext({ signal: controller.signal })).catch((e) => e);
    expect(err).toBeInstanceOf(CancelledError);
  });
});

describe('extract action', () => {
  it('extracts within the target and reports how it was found', async () => {
    await loadFixture('tables.html');
    const r = await extract({ ...base, kind: 'extract', what: 'table', target: target({ css: '#headerless' }) }, actionContext());
    expect((r.output as { records: unknown[] }).records).toHaveLength(3);
    expect(r.target?.describe).toBe('css=#headerless');
  });
});
