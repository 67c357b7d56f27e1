import type { Locator, LocatorStrategy } from '../plan';

/**
 * Generic, multi-strategy locators shared by templates. They name roles, labels and common
 * attribute conventions only, never one site's markup, so they work on pages never seen before.
 * The page agent tries strategies in order and keeps the first that finds exactly one element.
 */

/** The site's search box. */
export const SEARCH_BOX: Locator = {
  description: 'the search box',
  strategies: [
    { role: 'searchbox' },
    { placeholder: 'Search' },
    { label: 'Search' },
    { label: 'Suche' },
    { css: 'input[type="search"]' },
    { css: 'input[name="q"]' },
    { css: '[role="search"] input:not([type="hidden"])' },
    { css: 'input[name*="search" i], input[aria-label*="search" i]' },
    { role: 'combobox', name: 'Search' },
  ],
};

/** The link or button that leads to the next page of results (or loads more of them). */
export const NEXT_PAGE: Locator = {
  description: 'the "Next page" link',
  strategies: [
    { css: 'a[rel="next"]' },
    { css: '[aria-label="Next page" i], [aria-label="Go to next page" i]' },
    { role: 'link', name: 'Next' },
    { role: 'button', name: 'Next' },
    { css: 'a[aria-label="Next" i], button[aria-label="Next" i]' },
    { text: 'Next', exact: true },
    { text: '›', exact: true },
    { text: '»', exact: true },
    { role: 'button', name: 'Load more' },
    { text: 'Load more' },
    { text: 'Show more' },
  ],
};

/** The button that submits the form being filled. */
export const SUBMIT_BUTTON: Locator = {
  description: 'the form\'s submit button',
  strategies: [
    { css: 'form button[type="submit"], form input[type="submit"]' },
    { role: 'button', name: 'Submit' },
    { role: 'button', name: 'Send' },
    { role: 'button', name: 'Save' },
    { role: 'button', name: 'Continue' },
    { css: 'form button:not([type="button"]):not([type="reset"])' },
  ],
};

/** CSS attribute values need quotes and backslashes escaped. */
function cssString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/**
 * A form field or value found by its human name: label, placeholder, accessible name, then the
 * `name`/`id`/`itemprop` attributes (case-insensitive). Works with `{{loop.var}}` placeholders too.
 * @example fieldLocator('Email')
 */
export function fieldLocator(name: string): Locator {
  const quoted = cssString(name);
  const strategies: LocatorStrategy[] = [
    { label: name },
    { placeholder: name },
    { role: 'textbox', name },
    { css: `[name="${quoted}" i], [id="${quoted}" i]` },
    { css: `[aria-label="${quoted}" i], [itemprop="${quoted}" i]` },
  ];
  return { description: `the "${name}" field`, strategies };
}

/**
 * The element that shows a named value on a page (product price, rating, author): microdata and
 * accessible names first, then the visible label text the value sits next to.
 */
export function valueLocator(name: string): Locator {
  const quoted = cssString(name);
  return {
    description: `the "${name}" value`,
    strategies: [
      { css: `[itemprop="${quoted}" i]` },
      { label: name },
      { css: `[aria-label="${quoted}" i], [data-field="${quoted}" i]` },
      { text: name },
    ],
  };
}
