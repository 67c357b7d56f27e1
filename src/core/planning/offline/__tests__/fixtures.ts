import type { PageSnapshot, SnapshotElement } from '../../../ports';

let n = 0;
const el = (role: string, name: string, extra: Partial<SnapshotElement> = {}): SnapshotElement => ({
  ref: `e${++n}`, role, name, tag: role === 'link' ? 'a' : role === 'button' ? 'button' : role === 'textbox' || role === 'searchbox' ? 'input' : 'div', ...extra,
});
const refs = (elements: SnapshotElement[]) => elements.map((e, i) => ({ ...e, ref: `e${i + 1}` }));

/** A shop listing: search box, product cards with "Add to cart" buttons, pagination. */
export function shopListing(): PageSnapshot {
  return {
    url: 'https://shop.example/chairs?page=1',
    title: 'Office chairs – Example Shop',
    signature: 'sig-shop-listing',
    truncated: false,
    lang: 'en',
    text: 'Office chairs. Aeron Chair $1,395.00. Embody Chair $1,795.00. Leap Chair $1,099.00. Page 1 of 4',
    elements: refs([
      el('link', 'Home'),
      el('searchbox', 'Search products', { context: 'header' }),
      el('button', 'Search'),
      el('link', 'Aeron Chair', { context: 'Aeron Chair $1,395.00 In stock', href: '/p/aeron' }),
      el('button', 'Add to cart', { context: 'Aeron Chair $1,395.00' }),
      el('link', 'Embody Chair', { context: 'Embody Chair $1,795.00', href: '/p/embody' }),
      el('button', 'Add to cart', { context: 'Embody Chair $1,795.00' }),
      el('link', 'Leap Chair', { context: 'Leap Chair $1,099.00', href: '/p/leap' }),
      el('button', 'Add to cart', { context: 'Leap Chair $1,099.00' }),
      el('combobox', 'Sort by', { tag: 'select' }),
      el('link', 'Next page', { href: '?page=2' }),
      el('button', 'Checkout'),
    ]),
  };
}

/** A contact form with separate first/last name fields, a select, a checkbox and a submit button. */
export function contactForm(): PageSnapshot {
  return {
    url: 'https://forms.example/contact',
    title: 'Contact us',
    signature: 'sig-contact-form',
    truncated: false,
    text: 'Contact us. We answer within a day.',
    elements: refs([
      el('searchbox', 'Search site'),
      el('textbox', 'First name', { state: ['required'] }),
      el('textbox', 'Last name', { state: ['required'] }),
      el('textbox', 'E-mail address', { state: ['required'] }),
      el('textbox', 'Phone'),
      el('textbox', 'ZIP code'),
      el('combobox', 'Country', { tag: 'select' }),
      el('textbox', 'Your message', { tag: 'textarea' }),
      el('checkbox', 'Subscribe to the newsletter'),
      el('radio', 'Email', { context: 'Preferred contact' }),
      el('radio', 'Phone', { context: 'Preferred contact' }),
      el('textbox', 'Password', { tag: 'input' }),
      el('button', 'Send message'),
    ]),
  };
}

/** A page with one data table and pagination links, no search box. */
export function tablePage(): PageSnapshot {
  return {
    url: 'http://127.0.0.1:4301/report',
    title: 'Quarterly report',
    signature: 'sig-table',
    truncated: false,
    text: 'Quarterly report. Region Revenue Growth. North 120 4%. South 98 2%.',
    elements: refs([
      el('heading', 'Quarterly report'),
      el('table', 'Revenue by region', { tag: 'table' }),
      el('link', 'Download PDF'),
      el('link', '»', { href: '?p=2' }),
    ]),
  };
}

/** An article page: no search box, no form, no listing. */
export function articlePage(): PageSnapshot {
  return {
    url: 'https://news.example/story',
    title: 'A story',
    signature: 'sig-article',
    truncated: false,
    text: 'A long story about chairs without any prices at all.',
    elements: refs([
      el('heading', 'A story'),
      el('link', 'About us'),
      el('button', 'Share'),
    ]),
  };
}
