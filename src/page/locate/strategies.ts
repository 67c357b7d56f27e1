import type { LocatorStrategy } from '../../core/plan';
import type { RefRegistry } from '../snapshot/refs';
import { walkElements, queryAllDeep, composedParent } from '../dom/composed';
import { roleOf, relatedRoles } from '../dom/roles';
import { accessibleName, nameFromContent, displayName } from '../dom/accessible-name';
import { isInteractiveElement, isPointerTarget } from '../dom/actionable';
import { isNonRenderedTag, normalizeText } from '../dom/text';
import { CLICKABLE_ROLE } from '../snapshot/collect';
import { matchText } from './text-match';
import { queryXPathDeep } from './xpath';

/**
 * What one strategy found, before visibility: `exact` matches, and `loose` ones (substring, related
 * role) that count only when `looseMustBeUnique` is false or exactly one of them is visible.
 */
export interface StrategyMatches {
  exact: Element[];
  loose: Element[];
  looseMustBeUnique: boolean;
  /** Why the strategy could not run (invalid selector…). */
  error?: string;
}

const ROLE_ALIASES: Record<string, string> = {
  input: 'textbox', text: 'textbox', textarea: 'textbox', a: 'link', anchor: 'link', select: 'combobox',
  dropdown: 'combobox', image: 'img', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading',
  h5: 'heading', h6: 'heading', toggle: 'switch', generic: CLICKABLE_ROLE,
};

const none = (): StrategyMatches => ({ exact: [], loose: [], looseMustBeUnique: true });

function allElements(doc: Document): Element[] {
  const out: Element[] = [];
  walkElements(doc, (el) => {
    if (isNonRenderedTag(el) || el.tagName === 'HEAD') return false;
    out.push(el);
  });
  return out;
}

/** The role the snapshot shows: generic clickable elements (onclick, tabindex, cursor) are "clickable". */
function effectiveRole(el: Element, parentPointer: () => boolean): string {
  const role = roleOf(el);
  if (role) return role;
  return isInteractiveElement(el) || isPointerTarget(el, parentPointer()) ? CLICKABLE_ROLE : '';
}

function byRole(doc: Document, role: string, name: string | undefined): StrategyMatches {
  const wanted = ROLE_ALIASES[role.toLowerCase()] ?? role.toLowerCase();
  const related = new Set(relatedRoles(wanted));
  const out = none();
  const relatedExact: Element[] = [];
  const pointerOf = (el: Element) => {
    const p = composedParent(el);
    return !!p && p.ownerDocument.defaultView?.getComputedStyle(p).cursor === 'pointer';
  };
  for (const el of allElements(doc)) {
    const r = wanted === CLICKABLE_ROLE ? effectiveRole(el, () => pointerOf(el)) : roleOf(el);
    if (r !== wanted && !related.has(r)) continue;
    const elName = r === CLICKABLE_ROLE ? displayName(el, '') : accessibleName(el);
    const level = name === undefined || name === '' ? 'exact' : matchText(elName, name);
    if (!level) continue;
    if (r !== wanted) {
      if (level === 'exact') relatedExact.push(el);
    } else (level === 'exact' ? out.exact : out.loose).push(el);
  }
  if (!out.exact.length && !out.loose.length) out.loose = relatedExact;
  return out;
}

function labelTexts(el: Element): string[] {
  const texts = Array.from((el as HTMLInputElement).labels ?? []).map((l) => nameFromContent(l, {}, el));
  const aria = el.getAttribute('aria-label');
  if (aria) texts.push(aria);
  const ids = el.getAttribute('aria-labelledby');
  if (ids) texts.push(accessibleName(el));
  return texts.filter(Boolean);
}

function byTexts(doc: Document, selector: string, textsOf: (el: Element) => string[], query: string): StrategyMatches {
  const out = none();
  for (const el of queryAllDeep(doc, selector)) {
    const levels = textsOf(el).map((t) => matchText(t, query));
    if (levels.includes('exact')) out.exact.push(el);
    else if (levels.includes('substring')) out.loose.push(el);
  }
  return out;
}

function closestInteractive(el: Element): Element {
  let cur: Element | null = el;
  for (let i = 0; cur && i < 6; i++, cur = composedParent(cur)) if (isInteractiveElement(cur)) return cur;
  return el;
}

function ownText(el: Element): string {
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return type === 'submit' || type === 'button' || type === 'reset' ? (el as HTMLInputElement).value : '';
  }
  return normalizeText(el.textContent) || normalizeText(el.getAttribute('aria-label'));
}

/** Text strategy: the smallest elements holding the text, lifted to their interactive ancestor. */
function byText(doc: Document, text: string, exactOnly: boolean): StrategyMatches {
  const containing = new Set<Element>();
  const levels = new Map<Element, MatchLevelNN>();
  for (const el of allElements(doc)) {
    const level = matchText(ownText(el), text);
    if (!level || (exactOnly && level !== 'exact')) continue;
    containing.add(el);
    levels.set(el, level);
  }
  const smallest = [...containing].filter((el) => !Array.from(el.children).some((c) => containing.has(c)));
  const lift = (list: Element[]) => [...new Set(list.map(closestInteractive))];
  const exact = lift(smallest.filter((el) => levels.get(el) === 'exact'));
  const loose = lift(smallest.filter((el) => levels.get(el) === 'substring'));
  // Interactive matches first, then reading order, so the tie-break prefers what can be acted on.
  loose.sort((a, b) => Number(isInteractiveElement(b)) - Number(isInteractiveElement(a)));
  return { exact, loose, looseMustBeUnique: false };
}
type MatchLevelNN = 'exact' | 'substring';

function bySelector(run: () => Element[]): StrategyMatches {
  try {
    return { exact: run(), loose: [], looseMustBeUnique: true };
  } catch (err) {
    return { ...none(), error: `invalid selector (${(err as Error).message.split('\n')[0].slice(0, 80)})` };
  }
}

const TEST_ATTRS = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy'];
const FIELD_SELECTOR = 'input,select,textarea,button,meter,progress,output,[aria-label],[aria-labelledby],[contenteditable]';

/** Runs one strategy against the document (with shadow roots and same-origin frames). */
export function runStrategy(doc: Document, s: LocatorStrategy, refs: RefRegistry): StrategyMatches {
  if ('role' in s) return byRole(doc, s.role, s.name);
  if ('label' in s) return byTexts(doc, FIELD_SELECTOR, labelTexts, s.label);
  if ('placeholder' in s) {
    const attrs = (el: Element) => [el.getAttribute('placeholder') ?? '', el.getAttribute('aria-placeholder') ?? ''];
    return byTexts(doc, '[placeholder],[aria-placeholder]', attrs, s.placeholder);
  }
  if ('testId' in s) {
    const v = s.testId.replace(/["\\]/g, '\\$&');
    return bySelector(() => queryAllDeep(doc, TEST_ATTRS.map((a) => `[${a}="${v}"]`).join(',')));
  }
  if ('text' in s) return byText(doc, s.text, s.exact === true);
  if ('css' in s) return bySelector(() => queryAllDeep(doc, s.css));
  if ('xpath' in s) return bySelector(() => queryXPathDeep(doc, s.xpath));
  const el = refs.resolve(s.ref);
  return { exact: el ? [el] : [], loose: [], looseMustBeUnique: true, ...(refs.size ? {} : { error: 'no snapshot taken yet' }) };
}
