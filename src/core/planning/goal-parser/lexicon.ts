/** Word lists the goal parser reads with. Generic language only: no site names. */
import { singular } from '../text';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100, a: 1, an: 1, single: 1, dozen: 12,
  couple: 2, few: 3,
};
/** Regex source for a small count: digits or a number word. */
export const COUNT_RE = '(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|dozen)';

/** "3" → 3, "three" → 3, "dozen" → 12; undefined for anything else. */
export function countValue(s: string): number | undefined {
  const t = s.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t];
}

/** Currency words and symbols → ISO code. Longest first so "US$" wins over "$". */
export const CURRENCIES: Array<[RegExp, string]> = [
  [/^(?:us\$|usd|\$|dollars?|bucks)$/i, 'USD'],
  [/^(?:€|eur|euros?)$/i, 'EUR'],
  [/^(?:£|gbp|pounds?(?: sterling)?|quid)$/i, 'GBP'],
  [/^(?:¥|jpy|yen)$/i, 'JPY'],
  [/^(?:₹|inr|rupees?)$/i, 'INR'],
  [/^(?:chf|swiss francs?|francs?)$/i, 'CHF'],
  [/^(?:cad|c\$)$/i, 'CAD'],
  [/^(?:aud|a\$)$/i, 'AUD'],
  [/^(?:sek|nok|dkk|kr)$/i, 'SEK'],
];
/** Regex source matching any currency token (symbol or word). */
export const CURRENCY_RE = '(?:US\\$|C\\$|A\\$|\\$|€|£|¥|₹|usd|eur|euros?|gbp|pounds?|jpy|yen|inr|rupees?|chf|swiss francs?|francs?|cad|aud|sek|nok|dkk|dollars?|bucks|quid)';

/** ISO code for a currency token, or undefined. */
export function currencyCode(token: string): string | undefined {
  const t = token.trim();
  return CURRENCIES.find(([re]) => re.test(t))?.[1];
}

/** Canonical record keys and the words people use for them. */
const FIELD_SYNONYMS: Record<string, string[]> = {
  name: ['name', 'title', 'product name', 'heading', 'headline', 'item name', 'job title', 'product title'],
  price: ['price', 'cost', 'pricing', 'amount', 'fee'],
  url: ['url', 'link', 'href', 'web address'],
  image: ['image', 'picture', 'photo', 'thumbnail', 'img'],
  rating: ['rating', 'star', 'stars', 'score', 'review score'],
  reviews: ['review', 'review count', 'number of reviews'],
  description: ['description', 'detail', 'summary', 'blurb'],
  date: ['date', 'posted date', 'publication date', 'published'],
  location: ['location', 'place', 'city', 'where'],
  company: ['company', 'employer', 'organisation', 'organization'],
  salary: ['salary', 'wage', 'compensation'],
  availability: ['availability', 'stock', 'in stock'],
  brand: ['brand', 'maker', 'manufacturer'],
  sku: ['sku', 'product id', 'item number'],
  email: ['email', 'e-mail', 'mail', 'email address', 'e-mail address'],
  phone: ['phone', 'telephone', 'tel', 'mobile'],
  address: ['address', 'street address'],
  author: ['author', 'writer', 'by'],
};

/** Canonical field for a word or short phrase ("prices" → "price", "links" → "url"), or undefined. */
export function canonicalField(phrase: string): string | undefined {
  const p = phrase.toLowerCase().trim().replace(/\s+/g, ' ');
  const sing = p.split(' ').map(singular).join(' ');
  for (const [key, syns] of Object.entries(FIELD_SYNONYMS)) {
    if (syns.includes(p) || syns.includes(sing)) return key;
  }
  const last = sing.split(' ').pop() ?? sing;
  for (const [key, syns] of Object.entries(FIELD_SYNONYMS)) if (syns.includes(last)) return key;
  return undefined;
}

/** Role words that may follow a click/type target ("the Add to cart button"). */
export const ROLE_WORDS: Array<[RegExp, string]> = [
  [/^(?:radio button|radio)$/i, 'radio'],
  [/^(?:check ?box|tick ?box)$/i, 'checkbox'],
  [/^(?:button|btn|icon)$/i, 'button'],
  [/^(?:link|hyperlink)$/i, 'link'],
  [/^(?:tab)$/i, 'tab'],
  [/^(?:menu item|menu entry)$/i, 'menuitem'],
  [/^(?:menu|dropdown|drop-down|select|combo ?box)$/i, 'combobox'],
  [/^(?:switch|toggle)$/i, 'switch'],
  [/^(?:search box|search bar|search field|search input)$/i, 'searchbox'],
  [/^(?:box|field|input|text ?box|text field|bar|area|text area|textarea)$/i, 'textbox'],
  [/^(?:option)$/i, 'option'],
];
/** Regex source for a trailing role word. */
export const ROLE_RE = '(?:radio button|radio|check ?box|tick ?box|button|btn|icon|hyperlink|link|tab|menu item|menu entry|menu|drop-?down|select|combo ?box|switch|toggle|search box|search bar|search field|search input|text ?box|text field|text area|textarea|field|input|box|bar|area|option)';

/** Role for a role word, or undefined. */
export function roleFor(word: string): string | undefined {
  return ROLE_WORDS.find(([re]) => re.test(word.trim()))?.[1];
}

/**
 * Verbs with consequences, or beyond what a parsed intent covers: the offline planner will not
 * plan around them, and plans that do them mark the step high-risk.
 */
export const RISKY_VERBS = [
  'pay', 'buy', 'purchase', 'order', 'checkout', 'check out', 'book', 'reserve', 'delete', 'remove',
  'cancel', 'unsubscribe', 'transfer', 'send money', 'wire', 'donate', 'sign in', 'log in', 'login',
  'apply', 'post', 'publish', 'reply', 'tweet', 'add to cart', 'add to basket', 'add', 'email', 'message',
  'upload', 'rent', 'hire',
];

/** Words that leave the choice to judgment. */
export const VAGUE_RE = /\b(?:something|anything|stuff|whatever|somewhere|someone|anyone|recommend\w*|suggest\w*|surprise me|best for me|(?:that|which) i(?:'d| would)? like|figure out|deal with|take care of|sort out|handle|help me with|decide|worth it)\b/i;
