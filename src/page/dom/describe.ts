import { normalizeText, truncateText } from './text';

/** A short human description of an element for error messages: `div#overlay.cookie-banner "We use cookies…"`. */
export function describeElement(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.id ? `#${el.id}` : '';
  const classes = Array.from(el.classList).slice(0, 2).map((c) => `.${c}`).join('');
  const text = truncateText(normalizeText(el.getAttribute('aria-label') || el.textContent), 40);
  return `${tag}${id}${classes}${text ? ` "${text}"` : ''}`;
}
