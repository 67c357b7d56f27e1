import { defineTemplate } from '../src/core/templates/schema';

/** Reads the main table, list or named fields of the current page into records. */
export default defineTemplate({
  name: 'data-extraction',
  title: 'Extract data from this page',
  description: 'Read the main table or list of the current page (or named fields of a single item) into records you can export.',
  version: '1.0.0',
  intents: ['extract'],
  tags: ['extract', 'scrape', 'table', 'list', 'records', 'data', 'export', 'fields', 'read', 'collect'],
  author: 'builtin',
  params: [
    {
      name: 'what', type: 'string', label: 'What to read', required: false, default: 'list', options: ['links', 'headings', 'table', 'fields', 'list'],
      description: '"list" for cards and result lists, "table" for a data table, "fields" for named values of one item, "links" for every link (text and address), "headings" for the outline.',
      fromGoal: ['entities.subject', 'entities.what'],
    },
    {
      name: 'fields', type: 'string[]', label: 'Fields', required: false, max: 50,
      description: 'With "fields": the labels of the values to read, e.g. Price, Rating, Author.',
      fromGoal: ['entities.fields'],
    },
    {
      name: 'query', type: 'string', label: 'Only rows mentioning', required: false,
      description: 'Keep only rows or cards that mention these words.',
    },
    { name: 'limit', type: 'number', label: 'At most this many rows', required: false, min: 1, max: 10000, fromGoal: ['constraints.count', 'constraints.limit'] },
  ],
  steps: [
    { id: 'settle', kind: 'wait', description: 'Let the page finish loading', for: { kind: 'idle', quietMs: 500 }, optional: true },
    {
      id: 'read-records', kind: 'extract', description: 'Read the {{param.what}} on the page', what: '{{param.what}}',
      query: '{{param.query}}', limit: '{{param.limit}}', when: { param: 'what', equals: 'fields', not: true },
    },
    {
      id: 'read-fields', kind: 'extract', description: 'Read the fields {{param.fields}}', what: 'fields',
      fields: '{{param.fields|fieldMap}}', when: { param: 'what', equals: 'fields' },
    },
  ],
  examples: [
    { description: 'Every card of a product list', goal: 'extract all products on this page', params: {} },
    { description: 'The first 50 rows of a table', goal: 'extract the first 50 rows of the table', params: { what: 'table', limit: 50 } },
    { description: 'Named values of one product', goal: 'read the price and rating of this product', params: { what: 'fields', fields: 'Price, Rating' } },
  ],
});
