import { defineTemplate } from '../src/core/templates/schema';
import { NEXT_PAGE } from '../src/core/templates/locators';

/** Reads a list or table page after page, following the "Next" link (or "Load more"). */
export default defineTemplate({
  name: 'pagination',
  title: 'Extract across pages',
  description: 'Read the list or table on this page, then follow the "Next" link (or "Load more") and keep reading, up to a number of pages.',
  version: '1.0.0',
  intents: ['paginate', 'extract'],
  tags: ['pages', 'next', 'paginate', 'all', 'more', 'load', 'crawl', 'list', 'table'],
  author: 'builtin',
  params: [
    {
      name: 'what', type: 'string', label: 'What to read', required: false, default: 'list', options: ['list', 'table'],
      fromGoal: ['entities.subject', 'entities.what'],
    },
    {
      name: 'maxPages', type: 'number', label: 'At most this many pages', required: false, default: 5, min: 1, max: 200,
      fromGoal: ['constraints.maxPages', 'constraints.pages'],
    },
    { name: 'query', type: 'string', label: 'Only rows mentioning', required: false },
    {
      name: 'site', type: 'url', label: 'Start page (optional)', required: false,
      description: 'Leave empty to start on the current page.', fromGoal: ['entities.urls', 'entities.sites'],
    },
  ],
  steps: [
    { id: 'open-start', kind: 'navigate', description: 'Open the first page', url: '{{param.site}}', when: { param: 'site' } },
    {
      id: 'pages', kind: 'paginate', description: 'Read up to {{param.maxPages}} pages', next: NEXT_PAGE,
      maxPages: '{{param.maxPages}}', stopWhen: 'noNext',
      steps: [
        { id: 'settle', kind: 'wait', description: 'Let the page finish loading', for: { kind: 'idle', quietMs: 500 }, optional: true },
        { id: 'read-page', kind: 'extract', description: 'Read the {{param.what}} on this page', what: '{{param.what}}', query: '{{param.query}}' },
      ],
    },
  ],
  examples: [
    { description: 'Every result over the first five pages', goal: 'extract all results across pages', params: {} },
    { description: 'A table over ten pages', goal: 'collect the table from the first 10 pages', params: { what: 'table', maxPages: '10' } },
  ],
});
