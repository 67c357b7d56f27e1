import { parseGoal } from '../parse-goal';
import { ParsedGoalSchema } from '../types';

/** Wednesday 11 June 2025, noon UTC: the reference "now" for relative dates. */
const NOW = Date.UTC(2025, 5, 11, 12);

type Case = [goal: string, expected: Record<string, unknown>];

const CASES: Case[] = [
  // compare
  ['compare the price of the Aeron chair on a.com, b.com and c.com', { intent: 'compare', entities: { products: ['Aeron chair'], sites: ['a.com', 'b.com', 'c.com'] } }],
  ['compare prices for Embody chair across x.com, y.com and z.com', { intent: 'compare', entities: { products: ['Embody chair'], sites: ['x.com', 'y.com', 'z.com'] } }],
  ['find the cheapest Aeron chair on these three shops', { intent: 'compare', entities: { products: ['Aeron chair'], sites: [] }, flags: { deictic: 'sites', deicticCount: 3 } }],
  ['which is cheaper: the Aeron chair on a.com or b.com?', { intent: 'compare', entities: { products: ['Aeron chair'], sites: ['a.com', 'b.com'] } }],
  ['where is the Embody chair cheapest, x.com or y.com', { intent: 'compare', entities: { products: ['Embody chair'], sites: ['x.com', 'y.com'] } }],
  ['compare iPhone 15 vs Pixel 8', { intent: 'compare', entities: { products: ['iPhone 15', 'Pixel 8'] } }],
  ['compare the Aeron chair and the Embody chair', { intent: 'compare', entities: { products: ['Aeron chair', 'Embody chair'] } }],
  ['compare the price of the Aeron chair on amazon, ebay and walmart', { intent: 'compare', entities: { products: ['Aeron chair'], sites: ['amazon', 'ebay', 'walmart'] } }],
  ['compare "Herman Miller Aeron" on http://127.0.0.1:4301 and http://127.0.0.1:4302/shop', { intent: 'compare', entities: { products: ['Herman Miller Aeron'], sites: ['http://127.0.0.1:4301', 'http://127.0.0.1:4302/shop'] } }],
  ['which shop has the best price for the Leap chair: a.com or b.com', { intent: 'compare', entities: { products: ['Leap chair'], sites: ['a.com', 'b.com'] } }],
  ['find the lowest price for a standing desk under 300 euros on shop.example.de and desks.example.com', { intent: 'compare', entities: { sites: ['shop.example.de', 'desks.example.com'] }, constraints: { priceMax: 300, currency: 'EUR' } }],
  ['get me the 5 cheapest laptops sorted by rating', { intent: 'compare', entities: { products: ['laptops'] }, constraints: { count: 5, sort: { field: 'rating', order: 'desc' } } }],
  ['Check the price of AirPods Pro on bestbuy.com and target.com', { intent: 'compare', entities: { products: ['AirPods Pro'], sites: ['bestbuy.com', 'target.com'] } }],
  ['Which store sells the Sony WH-1000XM5 for less: shop-a.test or shop-b.test?', { intent: 'compare', entities: { products: ['Sony WH-1000XM5'], sites: ['shop-a.test', 'shop-b.test'] } }],
  ['compare the ratings of the Aeron chair on a.com and b.com', { intent: 'compare', entities: { products: ['Aeron chair'], fields: ['rating'] } }],
  // search
  ['search for standing desks under $500', { intent: 'search', entities: { products: ['standing desks'] }, constraints: { priceMax: 500, currency: 'USD' } }],
  ['help me find standing desks under 500', { intent: 'search', entities: { products: ['standing desks'] }, constraints: { priceMax: 500 } }],
  ['look for office chairs below 300 dollars', { intent: 'search', entities: { products: ['office chairs'] }, constraints: { priceMax: 300, currency: 'USD' } }],
  ['search for laptops between $100 and $200', { intent: 'search', entities: { products: ['laptops'] }, constraints: { priceMin: 100, priceMax: 200, currency: 'USD' } }],
  ['search for laptops between 1.000 € and 1.500 €', { intent: 'search', constraints: { priceMin: 1000, priceMax: 1500, currency: 'EUR' } }],
  ['find headphones for £50-£80', { intent: 'search', entities: { products: ['headphones'] }, constraints: { priceMin: 50, priceMax: 80, currency: 'GBP' } }],
  ['search for monitors over 200 euros sorted by price descending', { intent: 'search', constraints: { priceMin: 200, currency: 'EUR', sort: { field: 'price', order: 'desc' } } }],
  ['find a sofa up to 1,299.99 USD', { intent: 'search', entities: { products: ['sofa'] }, constraints: { priceMax: 1299.99, currency: 'USD' } }],
  ['look for bikes under 2.5k', { intent: 'search', constraints: { priceMax: 2500 } }],
  ['show me hotels in New York from 2025-07-01 to 2025-07-05', { intent: 'search', entities: { products: ['hotels'] }, constraints: { location: 'New York', dateFrom: '2025-07-01', dateTo: '2025-07-05' } }],
  ['search for jobs in Berlin', { intent: 'search', entities: { products: ['jobs'] }, constraints: { location: 'Berlin' } }],
  ['find apartments near San Francisco next week', { intent: 'search', constraints: { location: 'San Francisco', dateFrom: '2025-06-16', dateTo: '2025-06-22' } }],
  ['search for concerts in London tomorrow', { intent: 'search', constraints: { location: 'London', dateFrom: '2025-06-12', dateTo: '2025-06-12' } }],
  ['find restaurants this weekend', { intent: 'search', constraints: { dateFrom: '2025-06-14', dateTo: '2025-06-15' } }],
  ['find flights from Berlin on March 3', { intent: 'search', constraints: { dateFrom: '2026-03-03', dateTo: '2026-03-03' } }],
  ['search for rooms between 3 July and 7 July', { intent: 'search', constraints: { dateFrom: '2025-07-03', dateTo: '2025-07-07' } }],
  ['search for events until 30/06/2025', { intent: 'search', constraints: { dateTo: '2025-06-30' } }],
  ['search for tickets in 3 days', { intent: 'search', constraints: { dateFrom: '2025-06-14', dateTo: '2025-06-14' } }],
  ['find yoga classes next friday', { intent: 'search', constraints: { dateFrom: '2025-06-13', dateTo: '2025-06-13' } }],
  ['search for "noise cancelling headphones" on shop.example', { intent: 'search', entities: { products: ['noise cancelling headphones'], sites: ['shop.example'] } }],
  ["search for 'Aeron chair' on http://127.0.0.1:4301", { intent: 'search', entities: { products: ['Aeron chair'], sites: ['http://127.0.0.1:4301'] } }],
  ['top 5 standing desks on desks.example.com', { intent: 'unknown', entities: { sites: ['desks.example.com'] }, constraints: { count: 5 } }],
  ['search for desks, cheapest first', { intent: 'search', entities: { products: ['desks'] }, constraints: { sort: { field: 'price', order: 'asc' } } }],
  ['find the first 10 results for usb hubs', { intent: 'search', constraints: { count: 10 } }],
  ['show me the top 10 rated laptops under 1000', { intent: 'search', entities: { products: ['laptops'] }, constraints: { count: 10, priceMax: 1000, sort: { field: 'rating', order: 'desc' } } }],
  ['Find me a used Toyota Corolla under 15000 dollars near Chicago', { intent: 'search', entities: { products: ['used Toyota Corolla'] }, constraints: { priceMax: 15000, location: 'Chicago' } }],
  // extract / paginate
  ['get all the email addresses on this page', { intent: 'extract', entities: { fields: ['email'] } }],
  ['Scrape product titles, prices and ratings from all result pages and export to CSV', { intent: 'extract', entities: { fields: ['name', 'price', 'rating'] }, constraints: { pages: 'all' }, flags: { format: 'csv' } }],
  ['put this table in a CSV', { intent: 'extract', entities: { subject: 'table' }, flags: { format: 'csv', deictic: 'page' } }],
  ['extract all product names and prices from the first 3 pages', { intent: 'extract', entities: { fields: ['name', 'price'] }, constraints: { pages: 3 } }],
  ['collect every job on all pages', { intent: 'paginate', entities: { subject: 'job' }, constraints: { pages: 'all' } }],
  ['scrape the name, price and rating of each item on this page into json', { intent: 'extract', entities: { fields: ['name', 'price', 'rating'] }, flags: { format: 'json', deictic: 'page' } }],
  ['list all links on this page', { intent: 'extract', entities: { fields: ['url'] } }],
  ['export the table as a spreadsheet', { intent: 'extract', entities: { subject: 'table' }, flags: { format: 'csv' } }],
  ['collect every job with title, company and salary on all pages', { intent: 'paginate', entities: { fields: ['name', 'company', 'salary'], subject: 'job' }, constraints: { pages: 'all' } }],
  ['get the titles of the first 20 articles', { intent: 'extract', entities: { fields: ['name'] }, constraints: { count: 20 } }],
  ['extract the text of this article', { intent: 'extract', entities: { subject: 'text' } }],
  ['go through all pages and gather the reviews', { intent: 'paginate', constraints: { pages: 'all' } }],
  ['extract prices from the next 2 pages sorted by price', { intent: 'extract', entities: { fields: ['price'] }, constraints: { pages: 2, sort: { field: 'price', order: 'asc' } } }],
  ['download the list of products as csv', { intent: 'extract', entities: { subject: 'product' }, flags: { format: 'csv' } }],
  // fill
  ['fill this form with name Ada Lovelace, email ada@example.com', { intent: 'fill', entities: { values: { name: 'Ada Lovelace', email: 'ada@example.com' }, sites: [] }, flags: { submit: false } }],
  ['fill in the contact form: first name = Ada; last name: Lovelace; phone 555-1234 and submit', { intent: 'fill', entities: { values: { 'first name': 'Ada', 'last name': 'Lovelace', phone: '555-1234' } }, flags: { submit: true } }],
  ['fill out the form with email ada@example.com and zip code 10115, then send it', { intent: 'fill', entities: { values: { email: 'ada@example.com', 'zip code': '10115' } }, flags: { submit: true } }],
  ['complete the signup form using username ada, city Berlin and country Germany', { intent: 'fill', entities: { values: { username: 'ada', city: 'Berlin', country: 'Germany' } }, constraints: {} }],
  ['fill in the application with town or city: Berlin, street address: Invalidenstraße 116 and city/town = Bonn', { intent: 'fill', entities: { values: { 'town or city': 'Berlin', 'street address': 'Invalidenstraße 116', 'city/town': 'Bonn' } } }],
  ['fill the form with first name Ada, country Japan, accept the terms, and submit', { intent: 'fill', entities: { values: { 'first name': 'Ada', country: 'Japan', terms: 'yes' } }, flags: { submit: true } }],
  ["fill the form with email a@b.co and tick newsletter, don't subscribe to the offers", { intent: 'fill', entities: { values: { email: 'a@b.co', newsletter: 'yes', offers: 'no' } } }],
  ['sign me up with email ada@example.com', { intent: 'fill', entities: { values: { email: 'ada@example.com' } }, flags: { submit: true } }],
  ['fill the form with message: "Hello, world" ; company: Analytical Engines and Co', { intent: 'fill', entities: { values: { message: 'Hello, world', company: 'Analytical Engines and Co' } } }],
  ["select 'Large' from the size dropdown", { intent: 'fill', entities: { values: { size: 'Large' } } }],
  ['choose Germany in the country list', { intent: 'fill', entities: { values: { country: 'Germany' } } }],
  // click
  ['click the Add to cart button', { intent: 'click', entities: { target: 'Add to cart', targetRole: 'button' } }],
  ['click "Add to cart" for the Embody chair', { intent: 'click', entities: { target: 'Add to cart', products: ['Embody chair'] } }],
  ['please tap on the Sign in link', { intent: 'click', entities: { target: 'Sign in', targetRole: 'link' } }],
  ["check the 'I agree' checkbox", { intent: 'click', entities: { target: 'I agree', targetRole: 'checkbox' } }],
  ['open the first result', { intent: 'click', entities: { target: 'first result' } }],
  ['press the button "Save changes"', { intent: 'click', entities: { target: 'Save changes', targetRole: 'button' } }],
  ['click Next', { intent: 'click', entities: { target: 'Next' } }],
  ['click the Add to cart button, quantity 2', { intent: 'click', entities: { target: 'Add to cart', quantity: 2 } }],
  ['press "Add" and set the quantity to three', { intent: 'click', entities: { target: 'Add', quantity: 3 } }],
  // type
  ['type hello into the search box', { intent: 'type', entities: { text: 'hello', target: 'search', targetRole: 'textbox' }, flags: { pressEnter: false } }],
  ["enter 'Aeron chair' in the search field and press enter", { intent: 'type', entities: { text: 'Aeron chair', target: 'search' }, flags: { pressEnter: true } }],
  ['type "ada@example.com, thanks" into the Email field', { intent: 'type', entities: { text: 'ada@example.com, thanks', target: 'Email', targetRole: 'textbox' } }],
  ['type hello world', { intent: 'type', entities: { text: 'hello world' } }],
  // navigate
  ['go to example.com', { intent: 'navigate', entities: { sites: ['example.com'] } }],
  ['open https://shop.example/chairs?page=2', { intent: 'navigate', entities: { sites: ['https://shop.example/chairs?page=2'] } }],
  ['please visit http://127.0.0.1:4301', { intent: 'navigate', entities: { sites: ['http://127.0.0.1:4301'] } }],
  ['navigate to localhost:8080/admin', { intent: 'navigate', entities: { sites: ['localhost:8080/admin'] } }],
  // monitor
  ['monitor the price of the Aeron chair on a.com and tell me when it drops below 900 euros', { intent: 'monitor', entities: { products: ['Aeron chair'], sites: ['a.com'] }, constraints: { priceMax: 900, currency: 'EUR' } }],
  ['watch the price of "Leap chair" on shop.example', { intent: 'monitor', entities: { products: ['Leap chair'], sites: ['shop.example'] } }],
  ['let me know when the Embody chair is under $1,000', { intent: 'monitor', entities: { products: ['Embody chair'] }, constraints: { priceMax: 1000 } }],
  // refusals and judgment
  ['book me a flight to Paris and pay', { intent: 'unknown', flags: { risky: ['book', 'pay'] } }],
  ['search for the cheapest TV and buy it', { flags: { risky: ['buy'] } }],
  ['search for something nice for my mom', { intent: 'search', flags: { vague: true } }],
  ['do my taxes', { intent: 'unknown' }],
  ['add the Aeron chair to my cart', { intent: 'click', entities: { target: 'add to cart', targetRole: 'button', products: ['Aeron chair'] }, flags: { risky: [] } }],
  ['put it in the basket', { intent: 'click', entities: { target: 'add to basket', products: [] } }],
  ['log in with username bob and password hunter2', { intent: 'fill', entities: { values: { username: 'bob', password: 'hunter2' } }, flags: { submit: true } }],
  ['sign in as ada@example.com with password x1', { intent: 'fill', entities: { values: { username: 'ada@example.com', password: 'x1' } }, flags: { submit: true } }],
  ['open the first product', { intent: 'click', entities: { target: 'first product' } }],
  ['scroll to the bottom of the page', { intent: 'scroll' }],
  ['sort by price low to high', { intent: 'fill', entities: { values: { 'sort by': 'price low to high' } }, flags: { submit: false } }],
  ['order the results by newest', { intent: 'fill', entities: { values: { 'sort by': 'newest' } } }],
  ['please scroll down a bit', { intent: 'scroll' }],
  ['go to the next page', { intent: 'click', entities: { target: 'next page' } }],
  ['show me the next page of results', { intent: 'click', entities: { target: 'next page' } }],
  ['summarize this article', { intent: 'unknown' }],
  ['sort by price descending', { constraints: { sort: { field: 'price', order: 'desc' } } }],
  ['under 300 euros', { constraints: { priceMax: 300, currency: 'EUR' } }],
  ['top 5', { constraints: { count: 5 } }],
];

describe('parseGoal', () => {
  it.each(CASES)('%s', (goal, expected) => {
    const parsed = parseGoal(goal, { now: NOW });
    expect(parsed).toMatchObject(expected);
    expect(ParsedGoalSchema.safeParse(parsed).success).toBe(true);
  });

  it('covers more than 60 phrasings', () => {
    expect(CASES.length).toBeGreaterThan(60);
  });

  it('records spans that point at the original words', () => {
    const goal = 'compare the price of the Aeron chair on a.com, b.com and c.com under $500';
    const parsed = parseGoal(goal, { now: NOW });
    const kinds = parsed.spans.map((s) => [s.kind, s.text]);
    expect(kinds).toEqual([
      ['intent', 'compare'], ['product', 'Aeron chair'], ['site', 'a.com'], ['site', 'b.com'], ['site', 'c.com'], ['price', 'under $500'],
    ]);
    for (const s of parsed.spans) expect(goal.slice(s.start, s.end)).toBe(s.text);
  });

  it('is deterministic and collapses white space', () => {
    const a = parseGoal('search   for  desks\nunder $500', { now: NOW });
    const b = parseGoal('search for desks under $500', { now: NOW });
    expect(a).toEqual(b);
  });

  it('does not read an email address as a site', () => {
    const parsed = parseGoal('fill the form with email ada@example.com', { now: NOW });
    expect(parsed.entities.sites).toEqual([]);
    expect(parsed.entities.values.email).toBe('ada@example.com');
  });

  it('does not read distances, pages or counts as prices', () => {
    expect(parseGoal('find gyms within 5 km', { now: NOW }).constraints.priceMax).toBeUndefined();
    expect(parseGoal('extract up to 20 items', { now: NOW }).constraints).toEqual({ count: 20 });
    expect(parseGoal('extract the first 3 pages', { now: NOW }).constraints).toEqual({ pages: 3 });
  });

  it('uses the current time when no reference time is given', () => {
    const parsed = parseGoal('find concerts today');
    expect(parsed.constraints.dateFrom).toBe(new Date().toISOString().slice(0, 10));
  });
});
