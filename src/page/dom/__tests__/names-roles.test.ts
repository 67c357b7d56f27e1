// @vitest-environment happy-dom
import { accessibleName } from '../accessible-name';
import { roleOf, headingLevel, relatedRoles } from '../roles';
import { elementState, elementValue, isEditable, isEnabled } from '../state';
import { loadFixture, setDocument } from '../../__tests__/fixture';

const q = (sel: string) => document.querySelector(sel)!;

describe('accessible names on a form with every labelling style', () => {
  beforeEach(() => loadFixture('forms.html'));

  it.each([
    ['#email', 'Email address'],
    ['[name="fullname"]', 'Full name'],
    ['[name="phone"]', 'Phone number'],
    ['[name="zip"]', 'Postal code'],
    ['[name="coupon"]', 'Coupon code'],
    ['[name="nick"]', 'Nickname'],
    ['#country', 'Country'],
    ['#notes', 'Delivery notes'],
    ['[value="express"]', 'Express'],
    ['[name="terms"]', 'I accept the terms'],
    ['#news', 'Send me news'],
    ['#gift', 'Gift wrap'],
    ['#message', 'Message'],
    ['button[type="submit"]', 'Place order'],
    ['fieldset', 'Shipping'],
  ])('%s is named "%s"', (selector, name) => {
    expect(accessibleName(q(selector))).toBe(name);
  });

  it('reads value and state the way a person sees them', () => {
    expect(elementValue(q('[name="password"]'))).toBe('••••');
    expect(elementValue(q('#country'))).toBe('Choose…');
    expect(elementState(q('#email'))).toEqual(['required']);
    expect(elementState(q('[value="standard"]'))).toEqual(['checked']);
    expect(elementState(q('[name="disabled-field"]'))).toEqual(['disabled']);
    expect(isEnabled(q('[name="disabled-field"]'))).toBe(false);
    expect(isEditable(q('#message'))).toBe(true);
    expect(isEditable(q('[name="terms"]'))).toBe(false);
  });
});

describe('roles', () => {
  it('derives implicit roles from tags and types', () => {
    setDocument(`<a id="a" href="/x">x</a><a id="b">no href</a><input id="s" type="search"><input id="n" type="number">
      <input id="l" list="dl"><select id="m" multiple></select><img id="i" alt=""><img id="j" alt="Logo">
      <div id="r" role="tab button">t</div><h3 id="h">H</h3><div id="c" contenteditable="true"></div>
      <table><thead><tr><th id="th">A</th></tr></thead><tbody><tr><th id="rh">r</th><td>1</td></tr></tbody></table>
      <section id="sec" aria-label="Deals"></section><header id="hd"></header><article><footer id="ft"></footer></article>`);
    expect(['a', 'b', 's', 'n', 'l', 'm', 'i', 'j', 'r', 'h', 'c', 'th', 'rh', 'sec', 'hd', 'ft'].map((id) => roleOf(document.getElementById(id)!)))
      .toEqual(['link', '', 'searchbox', 'spinbutton', 'combobox', 'listbox', 'presentation', 'img', 'tab', 'heading', 'textbox',
        'columnheader', 'rowheader', 'region', 'banner', '']);
    expect(headingLevel(q('#h'))).toBe(3);
    expect(relatedRoles('textbox')).toContain('searchbox');
  });

  it('masks the values of password, card and code fields', () => {
    setDocument(`<input id="cc" autocomplete="cc-number" value="4111111111111111"><input id="otp" name="otp_token" value="123456">
      <input id="q" value="aeron chair">`);
    expect(['cc', 'otp', 'q'].map((id) => elementValue(q(`#${id}`)))).toEqual(['••••', '••••', 'aeron chair']);
  });

  it('names by aria-labelledby first, content for buttons and links, alt for images', () => {
    setDocument(`<span id="l1">Save</span><span id="l2">draft</span><button id="b" aria-labelledby="l1 l2" aria-label="ignored">x</button>
      <a id="a" href="#"><img alt="Cart"> <span aria-hidden="true">🛒</span><span>(2)</span></a>
      <button id="svg"><svg><title>Close</title></svg></button><input id="sub" type="submit"><input id="img" type="image" alt="Go">`);
    expect(accessibleName(q('#b'))).toBe('Save draft');
    expect(accessibleName(q('#a'))).toBe('Cart (2)');
    expect(accessibleName(q('#svg'))).toBe('Close');
    expect(accessibleName(q('#sub'))).toBe('Submit');
    expect(accessibleName(q('#img'))).toBe('Go');
  });
});
