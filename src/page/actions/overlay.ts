import type { Locator } from '../../core/plan';
import { accessibleName } from '../dom/accessible-name';
import { roleOf } from '../dom/roles';
import type { Visibility } from '../dom/visibility';

const OVERLAY_HINT = /cookie|consent|gdpr|privacy|cmp|modal|overlay|popup|pop-up|newsletter|banner|interstitial|dialog/i;
/** Ways out of a banner or pop-up, best first: refusing tracking beats accepting it, which is never chosen. */
const DISMISS: RegExp[] = [
  /^(?:reject|decline|deny|refuse)(?:\s+all)?(?:\s+cookies)?$/i,
  /^(?:(?:use|allow|accept)\s+)?(?:only\s+)?(?:strictly\s+)?(?:necessary|essential|required)(?:\s+cookies)?(?:\s+only)?$/i,
  /^(?:continue|proceed)\s+without\s+accepting$/i,
  /^(?:no,?\s+thanks?|not\s+now|maybe\s+later|skip)$/i,
  /^(?:close|dismiss|hide)(?:\s+(?:dialog|banner|pop-?up|this|window|message))?$/i,
  /^[×✕✖xX╳]$/,
  /^(?:got\s+it|ok(?:ay)?|understood|i\s+understand)$/i,
];
const NEVER = /accept|agree|allow\s+all|subscribe|sign\s*up|buy|pay|delete|remove|confirm/i;

function isOverlayBox(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  const fixed = style?.position === 'fixed' || style?.position === 'sticky';
  const modal = /^(dialog|alertdialog)$/.test(el.getAttribute('role') ?? '') || el.getAttribute('aria-modal') === 'true' || el.tagName === 'DIALOG';
  return fixed || modal || OVERLAY_HINT.test(`${el.id} ${el.getAttribute('class') ?? ''}`);
}

/** The outermost banner, pop-up or dialog holding `hit` (below body), if it is one. */
function overlayOf(hit: Element): Element | null {
  let found: Element | null = null;
  for (let el: Element | null = hit; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (isOverlayBox(el)) found = el;
  }
  return found;
}

/**
 * When an element is covered by a cookie banner, pop-up or dialog, the control that closes it
 * without agreeing to anything ("Reject all", "Close", "×", "Got it"), as a locator; undefined when
 * the cover is not such an overlay or offers no such way out. Page text chooses nothing beyond this
 * fixed list of harmless names.
 */
export function dismissLocatorFor(hit: Element, vis: Visibility): Locator | undefined {
  const overlay = overlayOf(hit);
  if (!overlay) return undefined;
  const controls = Array.from(overlay.querySelectorAll('button,a[href],[role="button"],input[type="button"],input[type="submit"]'))
    .filter((el) => vis.isVisible(el))
    .map((el) => ({ el, name: accessibleName(el).trim() || (el.getAttribute('title') ?? '').trim() }))
    .filter((c) => c.name && !NEVER.test(c.name));
  for (const words of DISMISS) {
    const match = controls.find((c) => words.test(c.name));
    if (!match) continue;
    const role = roleOf(match.el) || 'button';
    const strategies: Locator['strategies'] = [{ role, name: match.name }];
    if (match.el.id) strategies.unshift({ css: `#${CSS.escape(match.el.id)}` });
    return { description: `the "${match.name}" ${role} of the overlay`, strategies };
  }
  return undefined;
}
