/* global FormData */
// The multi-step application: shows one step at a time, validates a step before moving on,
// shows errors next to the fields (aria-invalid + aria-describedby), and builds the review step.
import { POSTCODE_EXAMPLES, RULES, STEP_FIELDS, validate } from './form-rules.js';

const form = document.getElementById('application');
const steps = Array.from(form.querySelectorAll('.step'));
const progress = Array.from(document.querySelectorAll('.progress li'));
const ERROR_IDS = { fullName: 'full-name', contactMethod: 'contact-method' };
const LABELS = {
  fullName: 'Full name', email: 'Email address', phone: 'Phone number', street: 'Street address', city: 'Town or city',
  country: 'Country', postcode: 'Postcode', contactMethod: 'Preferred contact method', interests: 'Areas of interest',
  about: 'Anything else', newsletter: 'Newsletter',
};
const touched = new Set();
let current = 1;

function values() {
  const data = new FormData(form);
  const result = Object.fromEntries(Array.from(data.keys()).map((key) => [key, String(data.get(key) ?? '')]));
  result.interests = data.getAll('interests').map(String);
  return result;
}
const inputsOf = (field) => Array.from(form.querySelectorAll(`[name="${field}"]`));
const errorOf = (field) => document.getElementById(`${ERROR_IDS[field] ?? field}-error`);

function show(fields, errors) {
  for (const field of fields) {
    const message = errors[field] ?? '';
    errorOf(field).textContent = message;
    for (const input of inputsOf(field)) {
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }
}

function check(fields) {
  const errors = validate(RULES, values(), fields);
  show(fields, errors);
  fields.forEach((f) => touched.add(f));
  return errors;
}

function goTo(step) {
  current = step;
  steps.forEach((section) => { section.hidden = Number(section.dataset.step) !== step; });
  progress.forEach((li, i) => (i + 1 === step ? li.setAttribute('aria-current', 'step') : li.removeAttribute('aria-current')));
  if (step === 4) buildReview();
  const heading = steps[step - 1].querySelector('h2');
  heading.tabIndex = -1;
  heading.focus();
}

function next() {
  const fields = STEP_FIELDS[current] ?? [];
  const errors = check(fields);
  const first = fields.find((f) => errors[f]);
  if (first) { inputsOf(first)[0].focus(); return; }
  goTo(current + 1);
}

function buildReview() {
  const v = values();
  const country = form.querySelector(`#country option[value="${v.country}"]`)?.textContent ?? '';
  const labelOf = (input) => input.closest('label').textContent.trim();
  const checked = (name) => Array.from(form.querySelectorAll(`[name="${name}"]:checked`)).map(labelOf).join(', ');
  const shown = { ...v, country, contactMethod: checked('contactMethod'), interests: checked('interests'), newsletter: v.newsletter ? 'Yes' : 'No', about: v.about || '—' };
  const dl = document.getElementById('review');
  dl.replaceChildren();
  for (const [key, label] of Object.entries(LABELS)) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = shown[key] ?? '';
    dd.dataset.field = key;
    dl.append(dt, dd);
  }
}

form.addEventListener('click', (event) => {
  if (event.target.closest('.next')) next();
  if (event.target.closest('.back')) goTo(current - 1);
});
form.addEventListener('submit', (event) => {
  if (current < 4) { event.preventDefault(); next(); return; }
  const errors = check(Object.keys(RULES));
  const failing = Object.keys(errors);
  if (failing.length) {
    event.preventDefault();
    const step = Number(Object.entries(STEP_FIELDS).find(([, fields]) => fields.includes(failing[0]))[0]);
    goTo(step);
  }
});
// Once a field has been checked, re-check it as the user corrects it.
form.addEventListener('input', (event) => revalidate(event.target.name));
form.addEventListener('change', (event) => revalidate(event.target.name));
function revalidate(field) {
  if (touched.has(field)) show([field], validate(RULES, values(), [field]));
  if (field === 'country' && touched.has('postcode')) show(['postcode'], validate(RULES, values(), ['postcode']));
}

const hint = document.getElementById('postcode-hint');
document.getElementById('country').addEventListener('change', (event) => {
  const example = POSTCODE_EXAMPLES[event.target.value];
  hint.textContent = example ? `For example ${example}.` : 'For example 10115 (Germany) or SW1A 1AA (United Kingdom).';
});
const about = document.getElementById('about');
about.addEventListener('input', () => { document.getElementById('about-count').textContent = `${about.value.length} / 500 characters`; });
