import { defineTemplate } from '../src/core/templates/schema';
import { fieldLocator, SUBMIT_BUTTON } from '../src/core/templates/locators';

/** Types each "field: value" pair into the field found by its label, placeholder or name. */
export default defineTemplate({
  name: 'form-filling',
  title: 'Fill in a form',
  description: 'Fill the form on the current page: each "field: value" line goes into the field with that label, placeholder or name. Submitting is optional and asks first.',
  version: '1.0.0',
  intents: ['fill', 'type'],
  tags: ['form', 'fill', 'fields', 'input', 'enter', 'type', 'submit', 'sign', 'contact'],
  author: 'builtin',
  params: [
    {
      name: 'values', type: 'string[]', label: 'Values', required: true, min: 1, max: 100, pattern: '^[^:=]+[:=]',
      description: 'One "field: value" per line, e.g. "Email: ada@example.com". Use {{secret.NAME}} for passwords.',
      fromGoal: ['entities.values', 'entities.fields'],
    },
    {
      name: 'submit', type: 'boolean', label: 'Submit the form when it is filled', required: false, default: false,
      fromGoal: ['flags.submit', 'constraints.submit'],
    },
  ],
  steps: [
    {
      id: 'each-field', kind: 'forEach', description: 'Fill every field', items: '{{param.values|pairs}}', as: 'entry',
      steps: [
        { id: 'fill-field', kind: 'type', description: 'Type into the field', target: fieldLocator('{{entry.field}}'), value: '{{entry.value}}' },
      ],
    },
    {
      id: 'submit-form', kind: 'click', description: 'Submit the form', target: SUBMIT_BUTTON, risk: 'high', optional: true,
      when: { param: 'submit' },
    },
  ],
  examples: [
    { description: 'A contact form, not submitted', goal: 'fill the contact form with name Ada Lovelace and email ada@example.com', params: { values: ['Name: Ada Lovelace', 'Email: ada@example.com'] } },
    { description: 'Values as a record, then submit', params: { values: { 'First name': 'Ada', City: 'London, UK' }, submit: 'yes' } },
    { description: 'Values as text lines', params: { values: 'Email: ada@example.com\nMessage: Hello, is this still available?' } },
  ],
});
