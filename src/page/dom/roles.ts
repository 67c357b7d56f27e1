/** ARIA roles: explicit (role attribute) or implicit from the tag, as the accessibility tree sees them. */

const INPUT_ROLES: Record<string, string> = {
  button: 'button', submit: 'button', reset: 'button', image: 'button', file: 'button',
  checkbox: 'checkbox', radio: 'radio', range: 'slider', number: 'spinbutton', search: 'searchbox',
  hidden: 'none', color: 'button',
};

const TAG_ROLES: Record<string, string> = {
  BUTTON: 'button', SUMMARY: 'button', TEXTAREA: 'textbox', OPTION: 'option', NAV: 'navigation',
  MAIN: 'main', ASIDE: 'complementary', ARTICLE: 'article', UL: 'list', OL: 'list', LI: 'listitem',
  TABLE: 'table', TR: 'row', TD: 'cell', DIALOG: 'dialog', FIELDSET: 'group', DETAILS: 'group',
  PROGRESS: 'progressbar', METER: 'meter', H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading',
  H5: 'heading', H6: 'heading', HR: 'separator', MENU: 'list', OUTPUT: 'status', OPTGROUP: 'group',
};

/** Roles a person can act on. */
export const INTERACTIVE_ROLES = new Set([
  'button', 'link', 'checkbox', 'radio', 'switch', 'textbox', 'searchbox', 'combobox', 'listbox',
  'option', 'slider', 'spinbutton', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem',
]);

/** Roles whose accessible name comes from their content when nothing else names them. */
export const NAME_FROM_CONTENT = new Set([
  'button', 'link', 'checkbox', 'radio', 'switch', 'heading', 'option', 'tab', 'menuitem',
  'menuitemcheckbox', 'menuitemradio', 'treeitem', 'cell', 'columnheader', 'rowheader', 'tooltip', 'row',
]);

function inputRole(el: HTMLInputElement): string {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (INPUT_ROLES[type]) return INPUT_ROLES[type];
  return el.hasAttribute('list') ? 'combobox' : 'textbox';
}

/** The element's role: the first token of `role`, else the implicit role, else "" (generic). */
export function roleOf(el: Element): string {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0]?.toLowerCase();
  if (explicit && explicit !== 'presentation' && explicit !== 'none') return explicit;
  const tag = el.tagName.toUpperCase();
  switch (tag) {
    case 'A':
    case 'AREA':
      return el.hasAttribute('href') ? 'link' : '';
    case 'INPUT':
      return inputRole(el as HTMLInputElement);
    case 'SELECT': {
      const s = el as HTMLSelectElement;
      return s.multiple || s.size > 1 ? 'listbox' : 'combobox';
    }
    case 'IMG':
      return el.getAttribute('alt') === '' ? 'presentation' : 'img';
    case 'TH':
      // A header cell in a row of data cells heads that row; otherwise its column.
      return !el.closest('thead') && el.parentElement?.querySelector(':scope > td') ? 'rowheader' : 'columnheader';
    case 'HEADER':
      return el.closest('article,aside,main,nav,section') ? '' : 'banner';
    case 'FOOTER':
      return el.closest('article,aside,main,nav,section') ? '' : 'contentinfo';
    case 'SECTION':
      return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : '';
    case 'FORM':
      return 'form';
    default:
      if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return 'textbox';
      return TAG_ROLES[tag] ?? '';
  }
}

/** Heading level (1–6) of a heading element, else undefined. */
export function headingLevel(el: Element): number | undefined {
  const m = /^H([1-6])$/.exec(el.tagName.toUpperCase());
  if (m) return Number(m[1]);
  const aria = Number(el.getAttribute('aria-level'));
  return roleOf(el) === 'heading' ? (aria >= 1 && aria <= 6 ? aria : 2) : undefined;
}

/** Roles treated as the same thing when a locator's role does not match exactly. */
const ROLE_FAMILIES: string[][] = [
  ['textbox', 'searchbox', 'combobox', 'spinbutton'],
  ['button', 'link', 'menuitem', 'tab'],
  ['checkbox', 'switch', 'menuitemcheckbox'],
  ['radio', 'menuitemradio'],
  ['combobox', 'listbox'],
];

/** Roles close to `role` (excluding itself), used as a fallback by the role locator. */
export function relatedRoles(role: string): string[] {
  const out = new Set<string>();
  for (const fam of ROLE_FAMILIES) if (fam.includes(role)) fam.forEach((r) => r !== role && out.add(r));
  return [...out];
}
