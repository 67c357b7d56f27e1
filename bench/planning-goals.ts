// The goals the planning benchmark plans: one per goal type, each on a demo page, with a repeat
// (a paraphrase or the same goal with new values) that the plan cache should answer with no model.
import type { DemoUrls } from '../scripts/lib/demo-sites';

/** One benchmark goal: where it is planned, the first wording, and the repeat. */
export interface PlanningGoal {
  type: string;
  url: string;
  goal: string;
  repeat: string;
}

/** Eight goal types on the demo sites (hub, Aurora shop, data tables, forms). */
export function planningGoals(u: DemoUrls): PlanningGoal[] {
  return [
    { type: 'click', url: `${u.shopA}/`, goal: 'click the Add to cart button', repeat: 'press the Add to cart button' },
    { type: 'type/search', url: `${u.shopA}/`, goal: 'search for aeron', repeat: 'search for embody' },
    { type: 'extract table', url: `${u.data}/countries`, goal: 'extract the countries table', repeat: 'get the countries table' },
    { type: 'extract list', url: `${u.data}/jobs`, goal: 'list the jobs with their salaries', repeat: 'extract the jobs with their salaries' },
    { type: 'paginate', url: `${u.shopA}/products`, goal: 'collect every product across all pages', repeat: 'collect all products from every page' },
    {
      type: 'fill form', url: `${u.form}/contact`,
      goal: 'fill the contact form with name Ada Lovelace and email ada@example.com',
      repeat: 'fill the contact form with name Grace Hopper and email grace@example.com',
    },
    { type: 'navigate', url: `${u.hub}/`, goal: `go to ${u.data}/countries`, repeat: `go to ${u.data}/books` },
    {
      type: 'compare', url: `${u.hub}/`,
      goal: `compare the price of the Aeron Chair on ${u.shopA}, ${u.shopB} and ${u.shopC}`,
      repeat: `compare the price of the Embody Chair on ${u.shopA}, ${u.shopB} and ${u.shopC}`,
    },
  ];
}
