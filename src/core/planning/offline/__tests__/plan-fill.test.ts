import { contactForm, shopListing } from './fixtures';
import { planFor, refusalFor, shape } from './helpers';

describe('offline plans for forms', () => {
  it('maps each value to the field whose label fits, through synonyms, in page order', () => {
    const plan = planFor('fill this form with e-mail ada@example.com, mobile 555 1234, postcode 10115', contactForm());
    expect(plan.steps).toMatchObject([
      { kind: 'type', value: '{{param.e_mail}}', target: { strategies: [{ role: 'textbox', name: 'E-mail address' }, {}, {}, {}] } },
      { kind: 'type', value: '{{param.mobile}}', target: { strategies: [{ role: 'textbox', name: 'Phone' }, {}, {}, {}] } },
      { kind: 'type', value: '{{param.postcode}}', target: { strategies: [{ role: 'textbox', name: 'ZIP code' }, {}, {}, {}] } },
    ]);
    expect(plan.params).toEqual({ e_mail: 'ada@example.com', mobile: '555 1234', postcode: '10115' });
  });

  it('sets the page\'s sort control for "sort by …"', () => {
    const plan = planFor('sort by price low to high', shopListing());
    expect(plan.steps).toMatchObject([{ kind: 'select', value: '{{param.sort_by}}', target: { strategies: expect.arrayContaining([{ role: 'combobox', name: 'Sort by' }]) } }]);
    expect(plan.params).toEqual({ sort_by: 'price low to high' });
  });

  it('splits a full name over first and last name fields', () => {
    const plan = planFor('fill this form with name Ada Lovelace, email ada@example.com', contactForm());
    expect(plan.steps.map((s) => s.kind === 'type' && s.value)).toEqual(['{{param.first_name}}', '{{param.last_name}}', '{{param.email}}']);
    expect(plan.params).toEqual({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' });
  });

  it('selects in drop-downs, ticks checkboxes and picks radio buttons', () => {
    const plan = planFor('fill the form with country Germany, newsletter yes, preferred contact: Phone', contactForm());
    expect(plan.steps).toMatchObject([
      { kind: 'select', value: '{{param.country}}' },
      { kind: 'check', checked: true, target: { strategies: [{ role: 'checkbox' }, {}, {}] } },
      { kind: 'check', checked: true, target: { strategies: [{ role: 'radio', name: 'Phone' }, {}, {}] } },
    ]);
    expect(planFor('fill the form with newsletter no', contactForm()).steps[0]).toMatchObject({ kind: 'check', checked: false });
  });

  it('plans "select X from the Y dropdown" as a select in that field', () => {
    const plan = planFor('choose Germany in the country list', contactForm());
    expect(plan.steps).toMatchObject([{ kind: 'select', value: '{{param.country}}', target: { strategies: [{ role: 'combobox', name: 'Country' }, {}, {}, {}] } }]);
  });

  it('adds a high-risk submit click only when the goal asks to submit', () => {
    const without = planFor('fill the form with email ada@example.com', contactForm());
    expect(shape(without.steps)).toEqual(['type']);
    const withSubmit = planFor('fill the form with email ada@example.com and submit', contactForm());
    expect(shape(withSubmit.steps)).toEqual(['type', 'click']);
    expect(withSubmit.steps[1]).toMatchObject({ risk: 'high', target: { strategies: [{ role: 'button', name: 'Send message' }, {}, {}] } });
  });

  it('falls back to a generic submit locator when no submit button is visible', () => {
    const snap = contactForm();
    snap.elements = snap.elements.filter((e) => e.role !== 'button');
    const plan = planFor('fill the form with email ada@example.com and submit', snap);
    expect(plan.steps[1]).toMatchObject({ kind: 'click', risk: 'high', confidence: 0.5 });
  });

  it('marks typing into a password field high-risk and never fills the search box', () => {
    const plan = planFor('fill the form with password hunter2, message hello', contactForm());
    expect(plan.steps).toMatchObject([{ kind: 'type', risk: 'low', value: '{{param.message}}' }, { kind: 'type', risk: 'high', value: '{{param.password}}' }]);
    expect(plan.steps[1]!.description).not.toContain('hunter2');
    expect(refusalFor('fill the form with search chairs', shopListing())).toMatch(/field for "search"/);
  });

  it('refuses without values, without a page, or when a value has no field', () => {
    expect(refusalFor('fill this form', contactForm())).toMatch(/Which values/);
    expect(refusalFor('fill the form with email ada@example.com')).toMatch(/Open the page with the form/);
    expect(refusalFor('fill the form with favourite colour: blue, email a@b.co', contactForm())).toMatch(/"favourite colour"/);
  });
});
