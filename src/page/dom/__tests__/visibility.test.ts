// @vitest-environment happy-dom
import { createVisibility } from '../visibility';
import { detectLayout } from '../layout';
import { frameDocument } from '../composed';
import { loadFixture, setDocument } from '../../__tests__/fixture';
import { installFakeLayout } from '../../__tests__/fake-layout';

const byId = (id: string) => document.getElementById(id)!;

describe('visibility without a layout engine', () => {
  beforeEach(() => loadFixture('hidden-traps.html'));

  it('detects that happy-dom has no layout', () => {
    expect(detectLayout(document)).toBe('none');
  });

  it.each([
    ['trap-display', 'inside display:none'],
    ['trap-visibility', 'visibility:hidden'],
    ['trap-aria', 'inside aria-hidden'],
    ['trap-offscreen', 'positioned far off-screen'],
    ['trap-zero', 'zero size with overflow hidden'],
    ['trap-hidden-attr', 'hidden attribute'],
    ['trap-inert', 'inside inert'],
  ])('hides #%s (%s)', (id) => {
    expect(createVisibility('none').isVisible(byId(id))).toBe(false);
  });

  it('shows the real button and the disabled one', () => {
    const vis = createVisibility('none');
    expect(vis.isVisible(byId('real'))).toBe(true);
    expect(vis.isVisible(byId('disabled'))).toBe(true);
  });

  it('hides elements clipped like screen-reader-only text', () => {
    setDocument('<span id="sr" style="position:absolute;clip:rect(0,0,0,0)">x</span><span id="cp" style="clip-path: inset(50%)">y</span>');
    const vis = createVisibility('none');
    expect(vis.isVisible(byId('sr'))).toBe(false);
    expect(vis.isVisible(byId('cp'))).toBe(false);
  });

  it('hides the content of a hidden iframe', async () => {
    await loadFixture('iframe.html');
    const button = frameDocument(byId('hidden-frame'))!.querySelector('button')!;
    expect(createVisibility('none').isVisible(button)).toBe(false);
    const shown = frameDocument(byId('frame'))!.getElementById('apply')!;
    expect(createVisibility('none').isVisible(shown)).toBe(true);
  });
});

describe('visibility with a layout (simulated boxes)', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = installFakeLayout();
  });
  afterEach(() => restore());

  it('treats a zero-size box as hidden', () => {
    setDocument('<button id="z" data-rect="0,0,0,0">x</button><button id="ok">ok</button>');
    const vis = createVisibility('real');
    expect(vis.isVisible(byId('z'))).toBe(false);
    expect(vis.isVisible(byId('ok'))).toBe(true);
  });

  it('treats a 1×1 box and a box above or left of the page as hidden', () => {
    setDocument('<a id="tiny" href="#" data-rect="5,5,1,1">t</a><a id="left" href="#" data-rect="-5000,0,100,20">l</a><a id="up" href="#" data-rect="0,-900,100,20">u</a>');
    const vis = createVisibility('real');
    expect(['tiny', 'left', 'up'].map((id) => vis.isVisible(byId(id)))).toEqual([false, false, false]);
  });

  it('lets a zero-size wrapper show when its content overflows visibly', () => {
    setDocument('<a id="wrap" href="#" data-rect="0,0,0,0"><div data-rect="10,10,50,20">card</div></a>');
    expect(createVisibility('real').isVisible(byId('wrap'))).toBe(true);
  });

  it('still applies aria-hidden and inert on ancestors', () => {
    setDocument('<div aria-hidden="true"><button id="a">a</button></div><div inert><button id="b">b</button></div>');
    const vis = createVisibility('real');
    expect(vis.isVisible(byId('a'))).toBe(false);
    expect(vis.isVisible(byId('b'))).toBe(false);
  });

  it('hides elements inside display:none through checkVisibility', () => {
    setDocument('<div style="display:none"><button id="a">a</button></div>');
    expect(createVisibility('real').isVisible(byId('a'))).toBe(false);
  });
});
