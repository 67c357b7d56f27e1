import type { TemplateInput } from '../src/core/templates/schema';
import priceComparison from './price-comparison';
import dataExtraction from './data-extraction';
import formFilling from './form-filling';
import searchAndFilter from './search-and-filter';
import pagination from './pagination';

/** Every built-in template, in the order the panel offers them. Checked against this folder by a test. */
export const builtinTemplates: readonly TemplateInput[] = [
  priceComparison,
  searchAndFilter,
  dataExtraction,
  pagination,
  formFilling,
];
