// Validation rules shared by the browser (form.js) and the server (demo/form.mjs), so both
// report the same messages. Each rule returns an error message or '' when the value is fine.

/** Postcode formats per country code. */
export const POSTCODE_PATTERNS = {
  DE: /^\d{5}$/, FR: /^\d{5}$/, US: /^\d{5}(-\d{4})?$/, NL: /^\d{4} ?[A-Za-z]{2}$/,
  GB: /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/, CA: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/,
};

/** Example postcode per country, shown as a hint. */
export const POSTCODE_EXAMPLES = { DE: '10115', FR: '75001', US: '94103', NL: '1012 AB', GB: 'SW1A 1AA', CA: 'K1A 0B1' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Field name → rule(value, allValues). Multi-value fields receive an array. */
export const RULES = {
  fullName: (v) => (v.trim() ? '' : 'Please enter your full name'),
  email: (v) => (!v.trim() ? 'Please enter your email address' : EMAIL.test(v.trim()) ? '' : 'Please enter a valid email address'),
  phone: (v) => (!v.trim() ? 'Please enter your phone number'
    : /^\+?[\d\s()-]{7,20}$/.test(v.trim()) && v.replace(/\D/g, '').length >= 7 ? '' : 'Please enter a valid phone number'),
  street: (v) => (v.trim() ? '' : 'Please enter your street address'),
  city: (v) => (v.trim() ? '' : 'Please enter your town or city'),
  country: (v) => (v ? '' : 'Please choose a country'),
  postcode: (v, all) => {
    if (!v.trim()) return 'Please enter your postcode';
    const pattern = POSTCODE_PATTERNS[all.country];
    return !pattern || pattern.test(v.trim()) ? '' : 'Please enter a valid postcode';
  },
  contactMethod: (v) => (v ? '' : 'Please choose how we should contact you'),
  interests: (v) => (v.length ? '' : 'Please choose at least one area'),
  terms: (v) => (v ? '' : 'Please accept the privacy policy to continue'),
};

/** Fields checked on each step of the application form. */
export const STEP_FIELDS = {
  1: ['fullName', 'email', 'phone'],
  2: ['street', 'city', 'country', 'postcode'],
  3: ['contactMethod', 'interests', 'terms'],
};

/** Contact form rules. */
export const CONTACT_RULES = {
  name: (v) => (v.trim() ? '' : 'Please enter your name'),
  email: RULES.email,
  message: (v) => (v.trim().length >= 10 ? '' : 'Please write at least 10 characters'),
};

/** All errors for a set of values: { field: message } for the failing fields only. */
export function validate(rules, values, fields = Object.keys(rules)) {
  const errors = {};
  for (const field of fields) {
    const message = rules[field](values[field] ?? '', values);
    if (message) errors[field] = message;
  }
  return errors;
}
