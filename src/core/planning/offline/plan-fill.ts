import type { PageSnapshot, SnapshotElement } from '../../ports';
import { FORM_ROLES, SEARCH_WORDS, SUBMIT_WORDS, locatorFor, rankElements } from './elements';
import type { Draft, DraftStep, Refusal } from './drafts';
import { type PlanContext, pageOrigins, q } from './context';
import { isPasswordField } from './risk';
import { valueParamName } from '../params';
import { matchScore, normalizeText } from '../text';

const NEEDS_MODEL = 'add an API key in Options';
/** Words people use for the same form field. */
const SYNONYMS: string[][] = [
  ['email', 'e-mail', 'mail', 'email address', 'e-mail address'],
  ['phone', 'telephone', 'tel', 'mobile', 'cell', 'phone number', 'mobile number', 'telefon'],
  ['postcode', 'post code', 'zip', 'zip code', 'postal code', 'plz', 'code postal'],
  ['first name', 'given name', 'forename', 'vorname', 'prénom', 'nombre'],
  ['last name', 'surname', 'family name', 'nachname', 'nom', 'apellido'],
  ['name', 'full name', 'your name'],
  ['address', 'street', 'street address', 'address line 1', 'adresse', 'straße'],
  ['city', 'town', 'ort', 'ville', 'ciudad'],
  ['country', 'land', 'pays', 'país'],
  ['company', 'organization', 'organisation', 'employer', 'firma', 'business'],
  ['message', 'comment', 'comments', 'your message', 'enquiry', 'inquiry', 'question', 'notes', 'note', 'nachricht'],
  ['date of birth', 'birthday', 'dob', 'birth date'],
  ['website', 'url', 'homepage', 'web site'],
  ['username', 'user name', 'login', 'user id'],
];

function variants(key: string): string[] {
  const k = normalizeText(key);
  const group = SYNONYMS.find((g) => g.some((w) => normalizeText(w) === k));
  return group ? [k, ...group.filter((w) => normalizeText(w) !== k)] : [k];
}

function fieldScore(key: string, value: string, el: SnapshotElement): number {
  const names = variants(key);
  if (el.role === 'radio') {
    const group = Math.max(...names.map((n) => matchScore(n, el.context ?? '')));
    return group > 0 ? Math.min(1, 0.5 * group + 0.5 * matchScore(value, el.name)) : 0;
  }
  const byName = Math.max(...names.map((n, i) => matchScore(n, el.name) * (i === 0 ? 1 : 0.95)));
  const byContext = Math.max(...names.map((n) => matchScore(n, el.context ?? ''))) * 0.7;
  // "name" should not land in "First name" when a better field exists; full-word matches win.
  return Math.max(byName, byContext);
}

const TRUE = /^(?:yes|y|true|on|checked|check|1|x|agree|accept|ok|ja|oui|sí|si)$/i;

/** Pairs each goal value with the form field that fits it best; a field is used once. */
function assign(snapshot: PageSnapshot, values: Record<string, string>): { pairs: Array<{ key: string; el: SnapshotElement; score: number; ambiguous: boolean }>; missing: string[] } {
  const fields = snapshot.elements.filter((el) => FORM_ROLES.includes(el.role) && !SEARCH_WORDS.test(el.name) && el.role !== 'searchbox' && !el.state?.includes('disabled'));
  const candidates: Array<{ key: string; el: SnapshotElement; score: number }> = [];
  for (const [key, value] of Object.entries(values)) {
    for (const el of fields) {
      const score = fieldScore(key, value, el);
      if (score >= 0.5) candidates.push({ key, el, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const usedKeys = new Set<string>();
  const usedRefs = new Set<string>();
  const pairs: Array<{ key: string; el: SnapshotElement; score: number; ambiguous: boolean }> = [];
  for (const c of candidates) {
    if (usedKeys.has(c.key) || usedRefs.has(c.el.ref)) continue;
    usedKeys.add(c.key);
    usedRefs.add(c.el.ref);
    const twins = fields.filter((f) => f.role === c.el.role && f.name.trim().toLowerCase() === c.el.name.trim().toLowerCase()).length;
    pairs.push({ ...c, ambiguous: twins > 1 });
  }
  return { pairs, missing: Object.keys(values).filter((k) => !usedKeys.has(k)) };
}

/** One step that puts `value` into the field, by the field's kind. */
function fillStep(ctx: PlanContext, key: string, value: string, el: SnapshotElement, score: number, ambiguous: boolean): DraftStep {
  const param = `{{param.${valueParamName(key)}}}`;
  const name = el.name.trim() || key;
  const loc = locatorFor(el, `the ${q(name)} field`, ambiguous);
  const confidence = Math.round(Math.min(0.95, score * (ambiguous ? 0.8 : 1)) * 100) / 100;
  if (el.role === 'checkbox' || el.role === 'switch') return ctx.ids.check(loc, TRUE.test(value.trim()), `${TRUE.test(value.trim()) ? 'Tick' : 'Untick'} ${q(name)}`, { confidence });
  if (el.role === 'radio') return ctx.ids.check(loc, true, `Choose ${q(name)} for ${key}`, { confidence });
  if (el.role === 'combobox' && el.tag === 'select' || el.role === 'listbox') return ctx.ids.select(loc, param, `Choose ${q(value)} in ${q(name)}`, { confidence });
  const secret = isPasswordField(`${key} ${el.name}`);
  return ctx.ids.type(loc, param, `Enter ${secret ? 'the password' : q(value)} in ${q(name)}`, { confidence, risk: secret ? 'high' : 'low' });
}

/** The form's submit button, if the page shows one. */
function submitStep(ctx: PlanContext, snapshot: PageSnapshot): DraftStep {
  const best = rankElements(snapshot, ['button', 'link'], (el) => (SUBMIT_WORDS.test(el.name) ? (el.role === 'button' ? 0.9 : 0.7) : 0))[0];
  if (best) {
    const loc = locatorFor(best.element, `the ${q(best.element.name.trim())} button`, best.ambiguous);
    return ctx.ids.click(loc, `Submit the form with ${q(best.element.name.trim())}`, { confidence: best.score, risk: 'high' });
  }
  const loc = { description: 'the submit button', strategies: [{ css: 'button[type="submit"], input[type="submit"]' }, { role: 'button', name: 'Submit' }, { text: 'Submit' }] };
  return ctx.ids.click(loc, 'Submit the form', { confidence: 0.5, risk: 'high' });
}

/**
 * "fill this form with name Ada Lovelace, email ada@example.com" → one type/select/check step per
 * value, into the field whose label, name or nearby text fits the value's key (synonyms:
 * e-mail/email, zip/postcode…). A final submit click, high-risk, only when the goal asks to submit.
 */
export function planFill(ctx: PlanContext): Draft | Refusal {
  const values = { ...ctx.parsed.entities.values };
  if (Object.keys(values).length === 0) return { reason: `Which values should go into the form? Write them like "name: Ada Lovelace, email: ada@example.com".` };
  if (!ctx.snapshot) return { reason: 'Open the page with the form first, so I can see its fields.' };
  const split = splitFullName(ctx.snapshot, values);
  const { pairs, missing } = assign(ctx.snapshot, split ?? values);
  if (missing.length > 0) {
    return { reason: `I could not find a field for ${missing.map(q).join(', ')} on this page. A model could match them: ${NEEDS_MODEL}, or use the labels shown on the form.` };
  }
  const used = split ?? values;
  const order = new Map(ctx.snapshot.elements.map((e, i) => [e.ref, i]));
  pairs.sort((a, b) => order.get(a.el.ref)! - order.get(b.el.ref)!);
  const steps = pairs.map((p) => fillStep(ctx, p.key, used[p.key]!, p.el, p.score, p.ambiguous));
  if (ctx.parsed.flags.submit) steps.push(submitStep(ctx, ctx.snapshot));
  const params = Object.fromEntries(Object.entries(used).map(([k, v]) => [valueParamName(k), v]));
  return { steps, params, origins: pageOrigins(ctx) };
}

/** "name: Ada Lovelace" on a form with first and last name fields → two values. */
function splitFullName(snapshot: PageSnapshot, values: Record<string, string>): Record<string, string> | undefined {
  const key = Object.keys(values).find((k) => /^(?:full\s+)?name$/i.test(k));
  if (!key) return undefined;
  const has = (re: RegExp) => snapshot.elements.some((e) => e.role === 'textbox' && re.test(e.name.trim()));
  if (has(/^(?:(?:full|your)\s+)?name\b\W*$/i)) return undefined;
  if (!has(/first|given|vorname|pr[eé]nom/i) || !has(/last|surname|family|nachname/i)) return undefined;
  const parts = values[key]!.trim().split(/\s+/);
  if (parts.length < 2) return undefined;
  const rest = { ...values };
  delete rest[key];
  return { ...rest, 'first name': parts[0]!, 'last name': parts.slice(1).join(' ') };
}
