import type { LayoutMode } from './layout';
import { composedParent } from './composed';

/**
 * Decides whether a person could see an element. One instance memoizes ancestor checks, so create a
 * fresh one per snapshot, locate call or poll round (the DOM changes between them).
 *
 * Real layout (a browser): strict — display/visibility, aria-hidden, inert, zero size, clipped
 * (sr-only), off the page's top/left edge, inside a hidden iframe.
 * No layout (happy-dom): geometry is unknown, so the same rules are read from styles and attributes
 * (hidden attribute, display:none on an ancestor, zero width/height with overflow hidden, large
 * negative left/top on positioned elements).
 */
export interface Visibility {
  readonly layout: LayoutMode;
  /** True when the element is rendered and could be seen (possibly after scrolling). */
  isVisible(el: Element): boolean;
}

type Style = CSSStyleDeclaration;

function styleOf(el: Element): Style {
  const view = el.ownerDocument.defaultView ?? (globalThis as unknown as Window);
  return view.getComputedStyle(el);
}

function isClipped(style: Style): boolean {
  const clip = style.clip?.replace(/\s|px/g, '');
  if (clip && /^rect\(0,?0,?0,?0\)$/.test(clip)) return true;
  const clipPath = style.clipPath ?? '';
  return /inset\(\s*50%/.test(clipPath) || /circle\(\s*0/.test(clipPath);
}

function px(value: string | undefined): number {
  const n = parseFloat(value ?? '');
  return Number.isFinite(n) ? n : 0;
}

function offscreenByStyle(style: Style): boolean {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  return px(style.left) <= -1000 || px(style.top) <= -1000 || px(style.right) <= -1000;
}

function zeroSizeByStyle(style: Style): boolean {
  const clipsOverflow = style.overflow === 'hidden' || style.overflow === 'clip';
  const zero = (v: string) => v === '0' || v === '0px';
  return clipsOverflow && (zero(style.width) || zero(style.height));
}

/** Creates a memoizing visibility checker for one layout mode. */
export function createVisibility(layout: LayoutMode): Visibility {
  const blocked = new Map<Element, boolean>();
  const visible = new Map<Element, boolean>();

  const selfBlocks = (el: Element): boolean => {
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return true;
    if (el.tagName === 'TEMPLATE') return true;
    if (layout === 'real') {
      // An iframe's own visibility decides its document's.
      return (el.tagName === 'IFRAME' || el.tagName === 'FRAME') && !isVisible(el);
    }
    return el.hasAttribute('hidden') || styleOf(el).display === 'none'
      || ((el.tagName === 'IFRAME' || el.tagName === 'FRAME') && !isVisible(el));
  };

  const isBlocked = (el: Element | null): boolean => {
    if (!el) return false;
    const known = blocked.get(el);
    if (known !== undefined) return known;
    const result = selfBlocks(el) || isBlocked(composedParent(el));
    blocked.set(el, result);
    return result;
  };

  const renderedReal = (el: Element): boolean => {
    const check = (el as { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (check && !check.call(el, { checkVisibilityCSS: true, visibilityProperty: true })) return false;
    const rect = el.getBoundingClientRect();
    const view = el.ownerDocument.defaultView;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    if (rect.right + sx <= 0 || rect.bottom + sy <= 0) {
      if (rect.width > 0 && rect.height > 0) return false; // off the page's top/left edge: unreachable
    }
    // Fast path: checkVisibility covered display and visibility; sr-only clipping comes with a 1px box.
    if (check && rect.width > 1 && rect.height > 1) return onPage(el, rect, sx);
    const style = styleOf(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || isClipped(style)) return false;
    if (rect.width <= 0 || rect.height <= 0) {
      // display:contents boxes and zero-size wrappers with overflowing content show their children.
      if (style.display !== 'contents' && (style.overflow === 'hidden' || style.overflow === 'clip')) return false;
      return Array.from(el.children).slice(0, 20).some((c) => renderedReal(c));
    }
    if (rect.width <= 1 && rect.height <= 1) return false;
    return onPage(el, rect, sx);
  };

  const onPage = (el: Element, rect: DOMRect, sx: number): boolean => {
    const root = el.ownerDocument.documentElement;
    return rect.left + sx < Math.max(root.scrollWidth, el.ownerDocument.defaultView?.innerWidth ?? 0);
  };

  const renderedNoLayout = (el: Element): boolean => {
    const style = styleOf(el);
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    return !isClipped(style) && !offscreenByStyle(style) && !zeroSizeByStyle(style);
  };

  function isVisible(el: Element): boolean {
    const known = visible.get(el);
    if (known !== undefined) return known;
    visible.set(el, false); // guards against cycles through frames
    const result = !isBlocked(composedParent(el)) && !selfBlocksForVisibility(el)
      && (layout === 'real' ? renderedReal(el) : renderedNoLayout(el));
    visible.set(el, result);
    return result;
  }

  const selfBlocksForVisibility = (el: Element): boolean => {
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert') || el.tagName === 'TEMPLATE') return true;
    return layout === 'none' && (el.hasAttribute('hidden') || styleOf(el).display === 'none');
  };

  return { layout, isVisible };
}
