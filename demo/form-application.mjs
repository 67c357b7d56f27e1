// The four-step application form. Fields are labelled in deliberately different ways (label for=,
// wrapping label, placeholder only, aria-label, aria-labelledby, fieldset legend), as real forms are.
// Steps are sections toggled by assets/application.js; the whole form posts once on the last step.
import { COUNTRIES, formLayout } from './lib/form-layout.mjs';

const error = (id) => `<p class="error" id="${id}-error"></p>`;

const STEP_1 = `      <section class="step" data-step="1" aria-labelledby="step-1-title">
        <h2 id="step-1-title">Step 1 of 4: Personal details</h2>
        <div class="field">
          <label for="full-name">Full name</label>
          <input id="full-name" name="fullName" autocomplete="name" aria-describedby="full-name-error">
          ${error('full-name')}
        </div>
        <div class="field">
          <label>Email address
            <input type="email" name="email" autocomplete="email" aria-describedby="email-hint email-error">
          </label>
          <p class="hint" id="email-hint">We only use it to contact you about this application.</p>
          ${error('email')}
        </div>
        <div class="field">
          <input type="tel" name="phone" placeholder="Phone number" autocomplete="tel" aria-describedby="phone-error">
          ${error('phone')}
        </div>
        <div class="actions"><button type="button" class="next">Next</button></div>
      </section>`;

const STEP_2 = `      <section class="step" data-step="2" aria-labelledby="step-2-title" hidden>
        <h2 id="step-2-title">Step 2 of 4: Address</h2>
        <div class="field">
          <input name="street" aria-label="Street address" autocomplete="street-address" aria-describedby="street-error">
          ${error('street')}
        </div>
        <div class="field">
          <span class="label" id="city-label">Town or city</span>
          <input name="city" aria-labelledby="city-label" autocomplete="address-level2" aria-describedby="city-error">
          ${error('city')}
        </div>
        <div class="field">
          <label for="country">Country</label>
          <select id="country" name="country" autocomplete="country" aria-describedby="country-error">
            <option value="">Choose a country</option>
            ${COUNTRIES.map(([code, name]) => `<option value="${code}">${name}</option>`).join('\n            ')}
          </select>
          ${error('country')}
        </div>
        <div class="field">
          <label for="postcode">Postcode</label>
          <input id="postcode" name="postcode" autocomplete="postal-code" aria-describedby="postcode-hint postcode-error">
          <p class="hint" id="postcode-hint">For example 10115 (Germany) or SW1A 1AA (United Kingdom).</p>
          ${error('postcode')}
        </div>
        <div class="actions"><button type="button" class="back">Back</button><button type="button" class="next">Next</button></div>
      </section>`;

const INTERESTS = [['warehouse', 'Warehouse operations'], ['logistics', 'Logistics planning'], ['people', 'People management'], ['safety', 'Health and safety']];

const STEP_3 = `      <section class="step" data-step="3" aria-labelledby="step-3-title" hidden>
        <h2 id="step-3-title">Step 3 of 4: Preferences</h2>
        <fieldset class="field" aria-describedby="contact-method-error">
          <legend>Preferred contact method</legend>
          <label><input type="radio" name="contactMethod" value="email"> Email</label>
          <label><input type="radio" name="contactMethod" value="phone"> Phone</label>
          <label><input type="radio" name="contactMethod" value="post"> Post</label>
          ${error('contact-method')}
        </fieldset>
        <fieldset class="field" aria-describedby="interests-error">
          <legend>Which areas interest you?</legend>
          ${INTERESTS.map(([value, text]) => `<label><input type="checkbox" name="interests" value="${value}"> ${text}</label>`).join('\n          ')}
          ${error('interests')}
        </fieldset>
        <div class="field">
          <label for="about">Anything else we should know?</label>
          <textarea id="about" name="about" rows="4" maxlength="500" aria-describedby="about-count"></textarea>
          <p class="hint" id="about-count">0 / 500 characters</p>
        </div>
        <div class="field">
          <label><input type="checkbox" name="newsletter" value="yes"> Send me news about open positions</label>
        </div>
        <div class="field">
          <label><input type="checkbox" name="terms" value="accepted" aria-describedby="terms-error"> I agree to the privacy policy</label>
          ${error('terms')}
        </div>
        <div class="actions"><button type="button" class="back">Back</button><button type="button" class="next">Next</button></div>
      </section>`;

const STEP_4 = `      <section class="step" data-step="4" aria-labelledby="step-4-title" hidden>
        <h2 id="step-4-title">Step 4 of 4: Review your application</h2>
        <p>Please check your details. Use “Back” to change anything.</p>
        <dl class="summary" id="review"></dl>
        <div class="actions"><button type="button" class="back">Back</button><button type="submit" class="submit">Submit application</button></div>
      </section>`;

/** The application page: a progress list and four steps inside one form posting to /apply. */
export function applicationForm() {
  return formLayout('Apply', `    <h1>Apply: Warehouse Team Lead</h1>
    <ol class="progress" aria-label="Application progress">
      <li aria-current="step">Personal details</li><li>Address</li><li>Preferences</li><li>Review</li>
    </ol>
    <form id="application" action="/apply" method="post" novalidate>
${STEP_1}
${STEP_2}
${STEP_3}
${STEP_4}
    </form>`, 'application.js');
}
