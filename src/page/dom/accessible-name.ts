import { normalizeText, isNonRenderedTag } from './text';
import { roleOf, NAME_FROM_CONTENT } from './roles';

/** Stop collecting name text after this many characters; names are shortened anyway. */
const MAX_NAME_SOURCE = 400;

/** Options for name computation. */
export interface NameOptions {
  /** With a real layout, descendants hidden by CSS do not contribute (responsive duplicates). */
  layout?: 'real' | 'none';
}

function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? el.ownerDocument.getElementById(id);
}

function hiddenDescendant(el: Element, opts: NameOptions): boolean {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || isNonRenderedTag(el)) return true;
  if (opts.layout !== 'real') return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * Text a subtree contributes to a name: text nodes, alt of images, aria-label of children,
 * values of nested controls. `skip` is left out (the control a label wraps).
 */
export function nameFromContent(root: Node, opts: NameOptions = {}, skip?: Element): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node) => {
    if (length > MAX_NAME_SOURCE) return;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      length += t.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el === skip || hiddenDescendant(el, opts)) return;
    const label = el.getAttribute('aria-label')?.trim();
    if (label) return void parts.push(` ${label} `);
    const tag = el.tagName.toUpperCase();
    if (tag === 'IMG' || tag === 'AREA') return void parts.push(` ${el.getAttribute('alt') ?? ''} `);
    if (tag === 'INPUT' || tag === 'TEXTAREA') return void parts.push(` ${(el as HTMLInputElement).value ?? ''} `);
    if (tag === 'SELECT') return void parts.push(` ${(el as HTMLSelectElement).selectedOptions?.[0]?.text ?? ''} `);
    if (tag === 'SVG' || tag === 'svg') {
      const title = el.querySelector('title')?.textContent;
      return void (title && parts.push(` ${title} `));
    }
    const block = /^(DIV|P|LI|H[1-6]|TR|TD|TH|BR|SECTION|ARTICLE|HEADER|FOOTER|DT|DD)$/.test(tag);
    if (block) parts.push(' ');
    const kids = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
    for (let i = 0; i < kids.length; i++) visit(kids[i]);
    if (block) parts.push(' ');
  };
  const kids = root.childNodes;
  for (let i = 0; i < kids.length; i++) visit(kids[i]);
  return normalizeText(parts.join(''));
}

function labelsText(el: Element, opts: NameOptions): string {
  const labels = (el as HTMLInputElement).labels;
  if (!labels || !labels.length) return '';
  return normalizeText(Array.from(labels).map((l) => nameFromContent(l, opts, el)).join(' '));
}

function inputName(el: HTMLInputElement, opts: NameOptions): string {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const fromLabel = labelsText(el, opts);
  if (fromLabel) return fromLabel;
  if (type === 'submit' || type === 'reset' || type === 'button') {
    return normalizeText(el.value) || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : '');
  }
  if (type === 'image') return normalizeText(el.getAttribute('alt')) || 'Submit';
  return normalizeText(el.getAttribute('placeholder'));
}

/**
 * The accessible name, following the order of the accname spec in a simplified form:
 * aria-labelledby, aria-label, native labels (label[for], wrapping label), alt, content for roles
 * that take their name from content, title, placeholder.
 */
export function accessibleName(el: Element, opts: NameOptions = {}): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy.split(/\s+/).map((id) => byId(el, id)).filter((x): x is Element => !!x)
      .map((ref) => (ref === el ? normalizeText(el.getAttribute('aria-label')) : nameFromContent(ref, {})))
      .join(' ');
    if (normalizeText(text)) return normalizeText(text);
  }
  const ariaLabel = normalizeText(el.getAttribute('aria-label'));
  if (ariaLabel) return ariaLabel;
  const tag = el.tagName.toUpperCase();
  let name = '';
  if (tag === 'INPUT') name = inputName(el as HTMLInputElement, opts);
  else if (tag === 'TEXTAREA' || tag === 'SELECT' || tag === 'METER' || tag === 'PROGRESS' || tag === 'OUTPUT') {
    name = labelsText(el, opts) || (tag === 'TEXTAREA' ? normalizeText(el.getAttribute('placeholder')) : '');
  } else if (tag === 'IMG' || tag === 'AREA') name = normalizeText(el.getAttribute('alt'));
  else if (tag === 'FIELDSET') name = normalizeText(el.querySelector(':scope > legend')?.textContent);
  else if (tag === 'TABLE') name = normalizeText(el.querySelector(':scope > caption')?.textContent);
  else if (NAME_FROM_CONTENT.has(roleOf(el))) name = nameFromContent(el, opts);
  if (!name && tag !== 'INPUT' && el.getAttribute('contenteditable') !== null) {
    name = normalizeText(el.getAttribute('aria-placeholder') ?? el.getAttribute('data-placeholder'));
  }
  return name || normalizeText(el.getAttribute('title'));
}

/**
 * The name shown for an element in a snapshot and matched by the role locator: the accessible
 * name, and for generic clickable elements (no role) their text when nothing names them.
 */
export function displayName(el: Element, role: string, opts: NameOptions = {}): string {
  const name = accessibleName(el, opts);
  return name || role !== '' ? name : nameFromContent(el, opts);
}
