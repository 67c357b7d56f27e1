/**
 * Dates to ISO (YYYY-MM-DD) when the text is unambiguous: ISO already, month names (English,
 * German, French, Spanish), dotted day-first dates, and slashed dates whose order is settled by a
 * day above 12 or by the page locale (en-US month-first, other locales day-first).
 */

const MONTHS: Record<string, number> = {};
const NAMES = [
  'january february march april may june july august september october november december',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
];
for (const line of NAMES) {
  line.split(' ').forEach((name, i) => {
    MONTHS[name] = i + 1;
    if (name.length > 3) MONTHS[name.slice(0, 3)] = i + 1;
  });
}
MONTHS.sept = 9;

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const monthOf = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')];

/** The ISO date `text` consists of, or null when it is not a date or the order is ambiguous. */
export function parseDateISO(text: string, locale?: string): string | null {
  const t = text.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (t.length > 40) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\.?\s([\p{L}]+\.?)\s(\d{4})$/u.exec(t); // 5 March 2024, 5. März 2024
  if (m && monthOf(m[2])) return iso(+m[3], monthOf(m[2]), +m[1]);
  m = /^(?:[\p{L}]+\s)?([\p{L}]+\.?)\s(\d{1,2})(?:st|nd|rd|th)?\s(\d{4})$/u.exec(t); // (Tue) March 5 2024
  if (m && monthOf(m[1])) return iso(+m[3], monthOf(m[1]), +m[2]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(t); // 05.03.2024 is always day-first
  if (m) return iso(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    if (a > 12 && b <= 12) return iso(+m[3], b, a);
    if (b > 12 && a <= 12) return iso(+m[3], a, b);
    if (!locale) return null;
    return /^en-(US|PH)$/i.test(locale) || locale.toLowerCase() === 'en' ? iso(+m[3], a, b) : iso(+m[3], b, a);
  }
  return null;
}
