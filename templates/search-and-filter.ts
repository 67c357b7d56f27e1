import { defineTemplate } from '../src/core/templates/schema';
import { SEARCH_BOX } from '../src/core/templates/locators';

/** Searches the current (or given) site and keeps the results under a price limit. */
export default defineTemplate({
  name: 'search-and-filter',
  title: 'Search this site and filter the results',
  description: 'Type a query into the site\'s search box, read the results and, if you give a maximum price, keep only the results at or under it.',
  version: '1.0.0',
  intents: ['search', 'extract'],
  tags: ['search', 'find', 'filter', 'results', 'under', 'budget', 'cheaper', 'max', 'price'],
  author: 'builtin',
  params: [
    {
      name: 'query', type: 'string', label: 'Search for', required: true, fromPage: 'selection',
      fromGoal: ['entities.query', 'entities.products', 'entities.product', 'entities.text'],
    },
    {
      name: 'site', type: 'url', label: 'Site (optional)', required: false,
      description: 'Leave empty to search the site of the current tab.',
      fromGoal: ['entities.sites', 'entities.urls'],
    },
    {
      name: 'maxPrice', type: 'number', label: 'Maximum price', required: false, min: 0,
      fromGoal: ['constraints.maxPrice', 'constraints.priceMax', 'constraints.price.max', 'constraints.budget'],
    },
  ],
  steps: [
    { id: 'open-site', kind: 'navigate', description: 'Open the site', url: '{{param.site}}', when: { param: 'site' } },
    { id: 'search', kind: 'type', description: 'Search for {{param.query}}', target: SEARCH_BOX, value: '{{param.query}}', pressEnter: true },
    { id: 'wait-results', kind: 'wait', description: 'Wait for the results to settle', for: { kind: 'idle', quietMs: 800 }, optional: true },
    { id: 'results', kind: 'extract', description: 'Read the results', what: 'list' },
    {
      id: 'within-budget', kind: 'compute', description: 'Keep results at or under {{param.maxPrice}}', op: 'filter',
      input: '{{steps.results.records}}', where: { field: 'price', op: 'lte', value: '{{param.maxPrice}}' }, when: { param: 'maxPrice' },
    },
  ],
  examples: [
    { description: 'Search the current site', goal: 'search for wireless headphones', params: { query: 'wireless headphones' } },
    { description: 'Search another site under a budget', goal: 'find running shoes under 80 on shop.example', params: { query: 'running shoes', site: 'shop.example', maxPrice: '80 €' } },
  ],
});
