import { OWN_TAG } from '../dom/composed';

/** How long the outline stays, in ms. */
export const HIGHLIGHT_MS = 600;

/**
 * Flashes an outline around the element acted on. The overlay lives in a closed shadow root (page
 * CSS cannot restyle it), ignores the pointer and is skipped by snapshots and locators.
 */
export function flashHighlight(el: Element, ms = HIGHLIGHT_MS): void {
  const doc = el.ownerDocument;
  const rect = el.getBoundingClientRect();
  const host = doc.createElement(OWN_TAG.toLowerCase());
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'all:initial;position:fixed;left:0;top:0;width:0;height:0;z-index:2147483647;pointer-events:none;';
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.style.cssText = `position:fixed;left:${rect.left - 3}px;top:${rect.top - 3}px;width:${rect.width + 6}px;`
    + `height:${rect.height + 6}px;outline:2px solid #7c3aed;border-radius:4px;`
    + 'box-shadow:0 0 0 4px rgba(124,58,237,.25);pointer-events:none;box-sizing:border-box;';
  root.append(box);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), ms);
}
