import { SEARCH_BOX } from '../../templates/locators';
import type { PageSnapshot, SnapshotElement } from '../../ports';
import type { Locator, LocatorStrategy } from '../../plan';
import { matchScore } from '../text';

/** Roles a person clicks. */
export const CLICKABLE_ROLES = ['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'checkbox', 'radio', 'option', 'switch', 'treeitem', 'combobox', 'summary'];
/** Roles that take typed text. */
export const TEXT_ROLES = ['textbox', 'searchbox', 'combobox', 'spinbutton'];
/** Roles of form controls. */
export const FORM_ROLES = ['textbox', 'combobox', 'listbox', 'checkbox', 'radio', 'spinbutton', 'switch', 'slider'];

/** Words for "search" in the languages Errand meets most. */
export const SEARCH_WORDS = /\b(?:search|find|query|keywords?|look ?up|suche|suchen|buscar|busca|recherche|rechercher|cerca|zoeken|pesquisar|szukaj|sök|søg|haku|what are you looking for)\b|^q$/i;
/** Names of "next page" controls. */
export const NEXT_WORDS = /^(?:next(?:\s+page)?|more|load\s+more|show\s+more|see\s+more|more\s+results|older(?:\s+posts)?|weiter|nächste(?:\s+seite)?|suivante?|page\s+suivante|siguiente|successiv[oa]|volgende|próxim[oa])\b|^[›»→>]+$|^(?:next|weiter|suivant)\s*[›»→>]+$/i;
/** Names of submit controls. */
export const SUBMIT_WORDS = /\b(?:submit|send|sign\s?up|sign\s?in|log\s?in|register|continue|save|apply|subscribe|confirm|create\s+account|request|absenden|senden|envoyer|enviar|inviare|verzenden|go)\b/i;

/** A scored snapshot element. */
export interface ElementMatch {
  element: SnapshotElement;
  score: number;
  /** Other elements with the same name and role: a role+name locator would not be unique. */
  ambiguous: boolean;
}

/** Elements of `roles` (all when empty), best score first; score 0 is dropped. */
export function rankElements(snapshot: PageSnapshot, roles: string[], score: (el: SnapshotElement) => number): ElementMatch[] {
  const pool = snapshot.elements.filter((el) => (roles.length === 0 || roles.includes(el.role)) && !el.state?.includes('disabled'));
  const scored = pool.map((element) => ({ element, score: score(element) })).filter((m) => m.score > 0);
  scored.sort((a, b) => b.score - a.score);
  return scored.map((m) => ({ ...m, ambiguous: sameNameCount(pool, m.element) > 1 }));
}

function sameNameCount(pool: SnapshotElement[], el: SnapshotElement): number {
  const name = el.name.trim().toLowerCase();
  return pool.filter((x) => x.role === el.role && x.name.trim().toLowerCase() === name).length;
}

/**
 * Score of an element against what the goal called it: the name counts most, the nearby text
 * (context) tells similar elements apart, a matching role word adds a little.
 */
export function targetScore(el: SnapshotElement, target: string, role?: string, qualifier?: string): number {
  let s = Math.max(matchScore(target, el.name), 0.7 * matchScore(target, el.context ?? ''));
  if (role) s += el.role === role || (role === 'textbox' && TEXT_ROLES.includes(el.role)) ? 0.05 : -0.1;
  if (qualifier) s *= 0.55 + 0.45 * matchScore(qualifier, `${el.context ?? ''} ${el.name}`);
  return Math.max(0, Math.min(1, s));
}

/**
 * A locator for a snapshot element, most stable strategy first: role+name, then visible text or
 * label/placeholder, then the snapshot ref. When role+name is not unique the ref goes first.
 */
export function locatorFor(el: SnapshotElement, description: string, ambiguous = false): Locator {
  const strategies: LocatorStrategy[] = [];
  const name = el.name.trim();
  if (name) {
    strategies.push({ role: el.role, name });
    if (TEXT_ROLES.includes(el.role)) strategies.push({ label: name }, { placeholder: name });
    else if (name.length <= 80) strategies.push({ text: name });
  }
  if (ambiguous || !name) strategies.unshift({ ref: el.ref });
  else strategies.push({ ref: el.ref });
  return { description, strategies };
}

/** A locator from words alone, for pages the planner has not seen. */
export function genericLocator(text: string, role: string | undefined, description: string): Locator {
  const strategies: LocatorStrategy[] = [{ role: role ?? 'button', name: text }];
  if (!role || role === 'button') strategies.push({ role: 'link', name: text });
  if (role && TEXT_ROLES.includes(role)) strategies.push({ label: text }, { placeholder: text });
  else strategies.push({ text });
  return { description, strategies };
}

/** A search box on any site: the same generic locator the built-in templates use. */
export function genericSearchBox(): Locator {
  return structuredClone(SEARCH_BOX);
}

/** The best search box in a snapshot, or undefined. */
export function findSearchBox(snapshot: PageSnapshot): ElementMatch | undefined {
  return rankElements(snapshot, TEXT_ROLES, (el) => {
    const named = SEARCH_WORDS.test(el.name) ? 0.9 : 0;
    const near = SEARCH_WORDS.test(el.context ?? '') ? 0.6 : 0;
    const role = el.role === 'searchbox' ? 0.8 : 0;
    return Math.min(1, Math.max(named, near, role) + (role && named ? 0.1 : 0));
  })[0];
}

/** The "next page" control: found in the snapshot, or a generic one that fits most sites. */
export function nextLocator(snapshot?: PageSnapshot): { locator: Locator; confidence: number; loadMore: boolean } {
  const found = snapshot && rankElements(snapshot, ['link', 'button'], (el) => {
    const name = el.name.trim();
    if (!NEXT_WORDS.test(name)) return 0;
    return /^next(?:\s+page)?$/i.test(name) ? 1 : 0.85;
  })[0];
  if (found) {
    const loc = locatorFor(found.element, `the "${found.element.name.trim()}" control`, found.ambiguous);
    loc.strategies.push({ css: 'a[rel="next"]' });
    return { locator: loc, confidence: 0.9, loadMore: /more/i.test(found.element.name) };
  }
  return {
    locator: {
      description: 'the next-page link',
      strategies: [
        { css: 'a[rel="next"]' }, { role: 'link', name: 'Next' }, { role: 'button', name: 'Next' }, { text: 'Next' },
        { role: 'link', name: '›' }, { role: 'button', name: 'Load more' },
      ],
    },
    confidence: 0.6,
    loadMore: false,
  };
}

const PRICE_IN_TEXT = /(?:[$€£¥₹]\s?\d|\d(?:[.,]\d{2})?\s?(?:[€£¥₹]|(?:EUR|USD|GBP|kr|CHF)\b))/g;

/** True when the page looks like a list of offers (several prices or many links with context). */
export function looksLikeListing(snapshot: PageSnapshot): boolean {
  const prices = pricesShown(snapshot);
  const cards = snapshot.elements.filter((e) => e.role === 'link' && (e.context ?? '').length > 0).length;
  return prices >= 2 || cards >= 4;
}

/** How many prices the page's visible text shows. */
export function pricesShown(snapshot: PageSnapshot): number {
  return (snapshot.text.match(PRICE_IN_TEXT) ?? []).length;
}

/** Tables in the snapshot. */
export function tablesOf(snapshot: PageSnapshot): SnapshotElement[] {
  return snapshot.elements.filter((e) => e.role === 'table' || e.role === 'grid');
}
