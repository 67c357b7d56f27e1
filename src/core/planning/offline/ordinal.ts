import type { PageSnapshot, SnapshotElement } from '../../ports';

const ORDINALS: Record<string, number> = {
  first: 1, top: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const ORDINAL_RE = /^(?:the\s+)?(first|top|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2})(?:st|nd|rd|th)?\s+(?:(?:search|listed)\s+)?([\w-]+(?:\s+[\w-]+)?)$/i;
/** Links that move around the site or the listing, never an item of it. */
const NAV_NAME = /^(?:(?:next|previous|prev)(?:\s+page)?|more|back|home|menu|skip\b.*|\d+|[<>«»‹›…]+|page\s+\d+|load\s+more|see\s+all|view\s+all|show\s+more)$/i;
const ROLE_NOUNS: Record<string, string> = { button: 'button', buttons: 'button', checkbox: 'checkbox', tab: 'tab', field: 'textbox', box: 'textbox', option: 'option' };

/** "the second result" → { index: 2, noun: 'result' }; "last link" → index -1. */
export function parseOrdinal(target: string): { index: number; noun: string } | undefined {
  const m = ORDINAL_RE.exec(target.trim());
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const index = word === 'last' ? -1 : ORDINALS[word] ?? Number(word);
  return index === 0 || Number.isNaN(index) ? undefined : { index, noun: m[2]!.toLowerCase() };
}

/**
 * The elements an ordinal counts, in reading order: the role a noun names ("second button"), or
 * else the items of the page's listing — links that carry card text, without navigation links, one
 * per destination. Plain "link" falls back to every link when the page lists no items.
 */
export function ordinalCandidates(snapshot: PageSnapshot, noun: string): SnapshotElement[] {
  const usable = snapshot.elements.filter((el) => !el.state?.includes('disabled'));
  const role = ROLE_NOUNS[noun.split(/\s+/).pop()!];
  if (role) return usable.filter((el) => el.role === role || (role === 'textbox' && ['textbox', 'searchbox', 'combobox'].includes(el.role)));
  const links = usable.filter((el) => el.role === 'link' && el.name.trim().length >= 3 && !NAV_NAME.test(el.name.trim()));
  // An item's link carries card text, or repeats a heading's words, or names another control's card.
  const headings = new Set(usable.filter((el) => el.role === 'heading').map((el) => el.name.trim().toLowerCase()));
  const contexts = usable.map((el) => el.context?.toLowerCase() ?? '').filter(Boolean);
  const isItem = (el: SnapshotElement) => {
    const name = el.name.trim().toLowerCase();
    return Boolean(el.context) || headings.has(name) || contexts.some((c) => c.startsWith(name.slice(0, 20)));
  };
  const seen = new Set<string>();
  const items = links.filter((el) => {
    if (!isItem(el)) return false;
    const key = el.href ?? el.name;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return items.length >= 2 || !/^links?$/.test(noun) ? items : links;
}

/** The element at a 1-based index (-1 for the last), or undefined when there are not that many. */
export function pickOrdinal(items: SnapshotElement[], index: number): SnapshotElement | undefined {
  return index === -1 ? items[items.length - 1] : items[index - 1];
}
