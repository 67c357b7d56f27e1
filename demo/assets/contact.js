/* global FormData */
// Contact form: validates on submit and shows the messages next to the fields.
import { CONTACT_RULES, validate } from './form-rules.js';

const form = document.getElementById('contact');
form.addEventListener('submit', (event) => {
  const data = new FormData(form);
  const values = Object.fromEntries(Array.from(data.keys()).map((key) => [key, String(data.get(key) ?? '')]));
  const errors = validate(CONTACT_RULES, values);
  let first = null;
  for (const field of Object.keys(CONTACT_RULES)) {
    const input = form.elements.namedItem(field);
    document.getElementById(`${input.id}-error`).textContent = errors[field] ?? '';
    if (errors[field]) {
      input.setAttribute('aria-invalid', 'true');
      first = first ?? input;
    } else {
      input.removeAttribute('aria-invalid');
    }
  }
  if (first) {
    event.preventDefault();
    first.focus();
  }
});
