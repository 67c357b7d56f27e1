import { parseGoal } from '../parse-goal';
import { summarizeParsedGoal } from '../summarize';

const NOW = Date.UTC(2025, 5, 11, 12);
const summary = (goal: string) => summarizeParsedGoal(parseGoal(goal, { now: NOW }));

describe('summarizeParsedGoal', () => {
  it('lists only the facts the goal states, one per line', () => {
    expect(summary('search for standing desks under $500')).toBe('intent: search\nproducts: standing desks\nprice: at most 500 USD');
  });

  it('covers comparisons, ranges, counts, sorting, places and dates', () => {
    const text = summary('find the 3 cheapest hotels between 100 and 200 euros in Berlin next week on a.com and b.com, sorted by rating');
    expect(text.split('\n')).toEqual([
      'intent: compare', 'products: hotels', 'sites: a.com, b.com', 'price: between 100 and 200 EUR', 'count: 3',
      'sort: rating desc', 'location: Berlin', 'dates: 2025-06-16 to 2025-06-22',
    ]);
  });

  it('shows form values, targets, typing, pages, output and safety flags', () => {
    expect(summary('fill the form with email ada@example.com and submit')).toBe('intent: fill\nvalues: email=ada@example.com\nsubmit: yes');
    expect(summary('click the Add to cart button')).toBe('intent: click\ntarget: Add to cart (button)');
    expect(summary('type "hi" into the Comment box and press enter')).toBe('intent: type\ntarget: Comment (textbox)\ntext to type: hi\npress enter: yes');
    expect(summary('extract all names and prices from every page as csv')).toBe('intent: extract\nfields: name, price\npages: all\noutput: csv');
    expect(summary('collect every job on this page')).toBe('intent: extract\nsubject: job\nrefers to: the current page');
    expect(summary('find the cheapest chair on these 3 shops')).toContain('refers to: sites not named (3)');
    expect(summary('book a table and pay')).toContain('consequential actions: book, pay');
    expect(summary('find me something to read')).toContain('needs judgment: yes');
    expect(summary('search for chairs over 50 £')).toContain('price: at least 50 GBP');
    expect(summary('find rooms until 2025-07-01')).toContain('dates: … to 2025-07-01');
  });
});
