import { defineTemplate } from '../src/core/templates/schema';
import { SEARCH_BOX } from '../src/core/templates/locators';

/** Visits each shop, searches it for the product, reads the offers and picks the cheapest. */
export default defineTemplate({
  name: 'price-comparison',
  title: 'Compare prices across shops',
  description: 'Search several shops for the same product, read the offers on each and find the lowest price.',
  version: '1.0.0',
  intents: ['compare', 'search'],
  tags: ['price', 'prices', 'cheapest', 'shopping', 'offers', 'shops', 'compare'],
  author: 'builtin',
  params: [
    {
      name: 'product', type: 'string', label: 'Product', required: true,
      description: 'What to look for, as you would type it into the shop\'s search box.',
      fromPage: 'selection', fromGoal: ['entities.products', 'entities.product', 'entities.query'],
    },
    {
      name: 'sites', type: 'url[]', label: 'Shops', required: true, min: 1, max: 10,
      description: 'Web addresses of the shops, one per line or separated by commas.',
      fromGoal: ['entities.sites', 'entities.urls'],
    },
  ],
  steps: [
    {
      id: 'each-site', kind: 'forEach', description: 'Visit every shop', items: '{{param.sites}}', as: 'site',
      steps: [
        { id: 'open-site', kind: 'navigate', description: 'Open the shop', url: '{{site}}' },
        {
          id: 'search-product', kind: 'type', description: 'Search the shop for {{param.product}}', target: SEARCH_BOX,
          value: '{{param.product}}', pressEnter: true, optional: true,
        },
        { id: 'wait-results', kind: 'wait', description: 'Wait for the results to settle', for: { kind: 'idle', quietMs: 800 }, optional: true },
        { id: 'read-offers', kind: 'extract', description: 'Read the offers for {{param.product}}', what: 'list', query: '{{param.product}}' },
      ],
    },
    { id: 'cheapest', kind: 'compute', description: 'Find the lowest price', op: 'min', field: 'price', input: '{{steps.each-site.records}}' },
  ],
  origins: ['{{param.sites}}'],
  examples: [
    {
      description: 'A kettle on three shops',
      goal: 'compare the price of a Bosch kettle on shop-a.example, shop-b.example and shop-c.example',
      params: { product: 'Bosch kettle', sites: ['https://shop-a.example', 'https://shop-b.example', 'https://shop-c.example'] },
    },
    {
      description: 'Shops typed as a comma-separated list',
      params: { product: 'USB-C cable 2 m', sites: 'shop-a.example, https://shop-b.example/de/' },
    },
  ],
});
