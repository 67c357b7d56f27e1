import { CLICKABLE_ROLES, TEXT_ROLES, findSearchBox, nextLocator, genericLocator, locatorFor, rankElements, targetScore, SEARCH_WORDS } from './elements';
import type { ElementMatch } from './elements';
import type { SnapshotElement } from '../../ports';
import { ordinalCandidates, parseOrdinal, pickOrdinal } from './ordinal';
import { controlRisk, isPasswordField } from './risk';
import type { Draft, Refusal } from './drafts';
import { type PlanContext, pageOrigins, q, stringParam } from './context';
import { originOf, siteUrl } from '../goal-parser/sites';

const NEEDS_MODEL = 'add an API key in Options';
const CART_TARGET = /^add to (?:cart|basket|bag|trolley)$/i;
/** What add-to-cart buttons say, in the languages shops use most. */
const CART_WORDS = ['add to cart', 'add to basket', 'add to bag', 'add to trolley', 'in den warenkorb', 'in den einkaufswagen', 'ajouter au panier', 'añadir al carrito', 'agregar al carrito', 'aggiungi al carrello', 'in winkelwagen', 'adicionar ao carrinho', 'dodaj do koszyka', 'lägg i varukorgen'];
const MIN_SCORE = 0.5;

/** Confidence of a located element: its score, lowered when the name is not unique on the page. */
function confidenceOf(m: ElementMatch): number {
  return Math.round(Math.min(0.95, m.score * (m.ambiguous ? 0.8 : 1)) * 100) / 100;
}

/** "click the Add to cart button" → one click on the best-matching element. */
export function planClick(ctx: PlanContext): Draft | Refusal {
  const { target, targetRole } = ctx.parsed.entities;
  if (!target) return { reason: `Which element should I click? Name it, for example "click the Add to cart button"; or ${NEEDS_MODEL} so a model can decide.` };
  const qualifier = ctx.parsed.entities.products[0];
  if (!ctx.snapshot) {
    const locator = genericLocator(target, targetRole, `the ${q(target)} ${targetRole ?? 'control'}`);
    return { steps: [ctx.ids.click(locator, `Click ${q(target)}`, { confidence: 0.5, risk: controlRisk(target) })], params: {}, origins: pageOrigins(ctx) };
  }
  // "the 2nd button": the parser takes the role word off, leaving "2nd".
  const ordinal = parseOrdinal(target) ?? (targetRole ? parseOrdinal(`${target} ${targetRole}`) : undefined);
  if (ordinal) {
    const el = pickOrdinal(ordinalCandidates(ctx.snapshot, ordinal.noun), ordinal.index);
    if (!el) return { reason: `I could not tell which is the ${q(target)} on this page. A model could: ${NEEDS_MODEL}.` };
    const shown = el.name.trim();
    const locator = { description: `the ${target} (${q(shown)})`, strategies: [{ ref: el.ref }, { role: el.role, name: shown }, ...(el.href ? [{ css: `a[href="${el.href.replace(/["\\]/g, '\\$&')}"]` }] : [])] };
    const step = ctx.ids.click(locator, `Open the ${target}: ${q(shown)}`, { confidence: 0.75, risk: controlRisk(shown) });
    return { steps: [step], params: {}, origins: pageOrigins(ctx) };
  }
  // "go to the next page": the page's Next control, whatever it says.
  if (/^next(?:\s+page)?$/i.test(target)) {
    const next = nextLocator(ctx.snapshot);
    if (next.confidence < MIN_SCORE) return { reason: `I could not find a link to the next page here. A model could look for another way: ${NEEDS_MODEL}.` };
    return { steps: [ctx.ids.click(next.locator, 'Go to the next page', { confidence: next.confidence, risk: 'low' })], params: {}, origins: pageOrigins(ctx) };
  }
  const cart = CART_TARGET.test(target);
  const score = (el: SnapshotElement) => cart ? Math.max(targetScore(el, target, targetRole, qualifier), ...CART_WORDS.map((w) => targetScore(el, w, targetRole, qualifier))) : targetScore(el, target, targetRole, qualifier);
  const best = rankElements(ctx.snapshot, CLICKABLE_ROLES, score)[0];
  if (!best || best.score < MIN_SCORE) {
    return { reason: `I could not find ${q(target)} on this page. A model could look for another way to reach it: ${NEEDS_MODEL}, or use the words shown on the page.` };
  }
  const el = best.element;
  const locator = locatorFor(el, `the ${q(el.name.trim() || target)} ${el.role}`, best.ambiguous);
  const step = ctx.ids.click(locator, `Click ${q(el.name.trim() || target)}`, { confidence: confidenceOf(best), risk: controlRisk(`${el.name} ${target}`) });
  return { steps: [step], params: {}, origins: pageOrigins(ctx) };
}

/** "type hello into the search box" → one type step into the best-matching field. */
export function planType(ctx: PlanContext): Draft | Refusal {
  const text = stringParam(ctx, 'text');
  if (text === undefined) return { reason: `What should I type? Put it in quotes, for example: type "hello" into the search box.` };
  const { target } = ctx.parsed.entities;
  const pressEnter = ctx.parsed.flags.pressEnter;
  const params = { text };
  if (!ctx.snapshot) {
    const locator = target ? genericLocator(target, 'textbox', `the ${q(target)} field`) : undefined;
    if (!locator) return { reason: `Into which field should I type? Name it, or open the page first so I can see its fields.` };
    return { steps: [ctx.ids.type(locator, '{{param.text}}', `Type ${q(text)} into ${q(target!)}`, { pressEnter, confidence: 0.5 })], params, origins: pageOrigins(ctx) };
  }
  let best: ElementMatch | undefined;
  if (!target) {
    const fields = rankElements(ctx.snapshot, TEXT_ROLES, () => 1);
    best = fields.length === 1 ? { ...fields[0]!, score: 0.8 } : findSearchBox(ctx.snapshot);
  } else if (SEARCH_WORDS.test(target)) {
    best = findSearchBox(ctx.snapshot);
  } else {
    best = rankElements(ctx.snapshot, TEXT_ROLES, (el) => targetScore(el, target))[0];
  }
  if (!best || best.score < MIN_SCORE) {
    const what = target ? `the ${q(target)} field` : 'a field to type into';
    return { reason: `I could not find ${what} on this page. A model could find another way: ${NEEDS_MODEL}.` };
  }
  const el = best.element;
  const secret = isPasswordField(`${el.name} ${target ?? ''}`);
  const step = ctx.ids.type(locatorFor(el, `the ${q(el.name.trim() || 'text')} field`, best.ambiguous), '{{param.text}}', `Type ${secret ? 'the password' : q(text)} into ${q(el.name.trim() || 'the field')}`, {
    pressEnter, confidence: confidenceOf(best), risk: secret ? 'high' : 'low',
  });
  return { steps: [step], params, origins: pageOrigins(ctx) };
}

/** "go to example.com" → one navigate step. */
export function planNavigate(ctx: PlanContext): Draft | Refusal {
  const site = ctx.parsed.entities.sites[0];
  const url = stringParam(ctx, 'url') ?? (site ? siteUrl(site) : undefined);
  if (!url) {
    return { reason: site ? `I need the web address of ${q(site)} (for example ${site.toLowerCase()}.com). A model could guess it: ${NEEDS_MODEL}.` : `Where should I go? Give a web address, for example "go to example.com".` };
  }
  const step = ctx.ids.navigate('{{param.url}}', `Open ${url}`, { confidence: 0.95 });
  return { steps: [step], params: { url }, origins: [originOf(url)].filter((o): o is string => Boolean(o)) };
}
