// The form site, "Northwind Careers": a four-step job application (validated in the page and again
// on the server) that ends on a confirmation with a reference number, and a simple contact form.
import { createHash } from 'node:crypto';
import { CONTACT_RULES, RULES, validate } from './assets/form-rules.js';
import { applicationForm } from './form-application.mjs';
import { COUNTRIES, formLayout } from './lib/form-layout.mjs';
import { URLSearchParams } from 'node:url';
import { esc } from './lib/http.mjs';

function landing() {
  return formLayout('Jobs', `    <h1>Warehouse Team Lead</h1>
    <p class="meta">Seattle, WA · Full-time · $62,000 – $70,000</p>
    <p>Lead a team of twelve in our main distribution centre: plan shifts, coach new starters and keep the floor safe.</p>
    <p><a class="cta" href="/apply">Start your application</a></p>
    <p>Questions first? <a href="/contact">Contact our recruiting team</a>.</p>`);
}

function valuesFrom(body) {
  const form = new URLSearchParams(body);
  const values = Object.fromEntries([...form.keys()].map((k) => [k, form.get(k) ?? '']));
  values.interests = form.getAll('interests');
  return values;
}

/** A stable reference for an application, e.g. "NW-483920" (same input, same number). */
export function referenceNumber(values) {
  const digest = createHash('sha256').update(`${values.fullName}|${values.email}|${values.postcode}`).digest();
  return `NW-${String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0')}`;
}

function errorPage(title, errors, back) {
  const items = Object.values(errors).map((m) => `<li>${esc(m)}</li>`).join('');
  return { ...formLayout(title, `    <h1>${esc(title)}</h1>
    <div class="error-summary" role="alert"><p>Please correct the following:</p><ul>${items}</ul></div>
    <p><a href="${back}">Go back and fix the form</a></p>`), status: 422 };
}

function submitApplication(body) {
  const values = valuesFrom(body);
  const errors = validate(RULES, values);
  if (Object.keys(errors).length) return errorPage('Your application could not be submitted', errors, '/apply');
  const reference = referenceNumber(values);
  const country = COUNTRIES.find(([code]) => code === values.country)?.[1] ?? values.country;
  return formLayout('Application submitted', `    <div class="confirmation" role="status">
      <h1>Application submitted</h1>
      <p>Thank you, ${esc(values.fullName)}. We have received your application for Warehouse Team Lead.</p>
      <p>Your reference number is <strong id="reference">${reference}</strong>.</p>
      <p>We will contact you by ${esc(values.contactMethod)} within five working days. A copy has been sent to ${esc(values.email)}.</p>
    </div>
    <h2>What you sent</h2>
    <dl class="summary">
      <dt>Full name</dt><dd>${esc(values.fullName)}</dd>
      <dt>Email address</dt><dd>${esc(values.email)}</dd>
      <dt>Address</dt><dd>${esc(values.street)}, ${esc(values.postcode)} ${esc(values.city)}, ${esc(country)}</dd>
      <dt>Interests</dt><dd>${esc(values.interests.join(', '))}</dd>
    </dl>`);
}

function contactForm() {
  return formLayout('Contact us', `    <h1>Contact us</h1>
    <p>Our recruiting team answers within two working days.</p>
    <form id="contact" class="contact" action="/contact" method="post" novalidate>
      <div class="field">
        <label for="contact-name">Your name</label>
        <input id="contact-name" name="name" autocomplete="name" aria-describedby="contact-name-error">
        <p class="error" id="contact-name-error"></p>
      </div>
      <div class="field">
        <label for="contact-email">Email</label>
        <input id="contact-email" name="email" type="email" autocomplete="email" aria-describedby="contact-email-error">
        <p class="error" id="contact-email-error"></p>
      </div>
      <div class="field">
        <label for="contact-topic">Topic</label>
        <select id="contact-topic" name="topic">
          <option value="general">General question</option>
          <option value="application">My application</option>
          <option value="accessibility">Accessibility needs</option>
        </select>
      </div>
      <div class="field">
        <label for="contact-message">Message</label>
        <textarea id="contact-message" name="message" rows="6" aria-describedby="contact-message-error"></textarea>
        <p class="error" id="contact-message-error"></p>
      </div>
      <button type="submit">Send message</button>
    </form>`, 'contact.js');
}

function submitContact(body) {
  const values = valuesFrom(body);
  const errors = validate(CONTACT_RULES, values);
  if (Object.keys(errors).length) return errorPage('Your message could not be sent', errors, '/contact');
  return formLayout('Message sent', `    <div class="confirmation" role="status">
      <h1>Message sent</h1>
      <p>Thank you, ${esc(values.name)}. We will reply to ${esc(values.email)} within two working days.</p>
    </div>`);
}

/** The form site's request handler; null for unknown paths. */
export function formSite({ method, url, body }) {
  const post = method === 'POST';
  switch (url.pathname) {
    case '/': return landing();
    case '/apply': return post ? submitApplication(body) : applicationForm();
    case '/contact': return post ? submitContact(body) : contactForm();
    default: return null;
  }
}

/** The form site's 404 page. */
export function formNotFound() {
  return { ...formLayout('Not found', '    <h1>Page not found</h1>\n    <p><a href="/">Back to the job advert</a></p>'), status: 404 };
}
