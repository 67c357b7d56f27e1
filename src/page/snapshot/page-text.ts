import type { Visibility } from '../dom/visibility';
import { OWN_TAG } from '../dom/composed';
import { isNonRenderedTag, normalizeText, truncateText } from '../dom/text';

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;

/** Text in reading order for environments without layout (innerText there ignores CSS). */
function textByWalking(root: Element, vis: Visibility, max: number): string {
  const lines: string[] = [];
  let line = '';
  let length = 0;
  const flush = () => {
    const t = normalizeText(line);
    if (t) {
      lines.push(t);
      length += t.length + 1;
    }
    line = '';
  };
  const visit = (node: Node) => {
    if (length + line.length > max) return;
    if (node.nodeType === 3) return void (line += node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isNonRenderedTag(el) || el.tagName === OWN_TAG || !vis.isVisible(el)) return;
    const block = BLOCK.test(el.tagName);
    if (block) flush();
    const kids = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
    for (let i = 0; i < kids.length; i++) visit(kids[i]);
    if (block) flush();
    else if (/^(TD|TH|BUTTON|LABEL|SPAN)$/.test(el.tagName)) line += ' ';
  };
  visit(root);
  flush();
  return lines.join('\n');
}

/**
 * The page's main visible text: the <main> landmark when there is one, else the body. Walks only
 * as far as the budget needs (innerText would lay out the whole text of a huge page).
 */
export function pageText(doc: Document, vis: Visibility, maxChars: number): { text: string; truncated: boolean } {
  if (maxChars <= 0 || !doc.body) return { text: '', truncated: !!doc.body?.textContent?.trim() };
  const main = doc.querySelector('main,[role="main"]');
  const root = main && vis.isVisible(main) ? main : doc.body;
  const text = textByWalking(root, vis, maxChars + 1);
  return text.length > maxChars ? { text: truncateText(text, maxChars), truncated: true } : { text, truncated: false };
}

/** Visible text of an element, one line per block, whitespace collapsed. */
export function visibleText(root: Element, vis: Visibility, maxChars = 1_000_000): string {
  const raw = vis.layout === 'real' ? (root as HTMLElement).innerText ?? '' : textByWalking(root, vis, maxChars);
  return raw.split('\n').map(normalizeText).filter(Boolean).join('\n');
}
