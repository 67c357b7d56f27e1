import type { GoalScanner } from './scanner';

/** A date range in ISO `YYYY-MM-DD`. */
export interface DateRange { dateFrom?: string; dateTo?: string }

const DAY = 86_400_000;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY_RE = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const MONTH_NC = MONTH_RE.replace('(', '(?:');

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const monthIndex = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3)));

/** Absolute date patterns; each returns a UTC day start or undefined. */
function absoluteDate(text: string, today: number): number | undefined {
  const year = new Date(today).getUTCFullYear();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})$/.exec(text);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    const [a, b] = [+m[1]!, +m[2]!];
    // Day first when it cannot be a month or when dotted (European); month first otherwise.
    const dayFirst = a > 12 || text.includes('.');
    return Date.UTC(y, (dayFirst ? b : a) - 1, dayFirst ? a : b);
  }
  m = new RegExp(`^${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`, 'i').exec(text);
  if (m) return rollForward(Date.UTC(m[3] ? +m[3] : year, monthIndex(m[1]!), +m[2]!), today, !m[3]);
  m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?$`, 'i').exec(text);
  if (m) return rollForward(Date.UTC(m[3] ? +m[3] : year, monthIndex(m[2]!), +m[1]!), today, !m[3]);
  return undefined;
}

/** A date without a year that already passed this year means next year's. */
function rollForward(t: number, today: number, noYear: boolean): number {
  if (!noYear || t >= today) return t;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate());
}

const ABS = `(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|${MONTH_NC}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NC}(?:,?\\s+\\d{4})?)`;

/** Relative phrases → [from, to] day offsets or ranges computed from today. */
function relative(phrase: string, today: number): [number, number] | undefined {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ');
  const dow = new Date(today).getUTCDay();
  const toMonday = ((8 - dow) % 7) || 7;
  if (p === 'today' || p === 'tonight') return [today, today];
  if (p === 'tomorrow') return [today + DAY, today + DAY];
  if (p === 'the day after tomorrow') return [today + 2 * DAY, today + 2 * DAY];
  if (p === 'this week') return [today, today + ((7 - dow) % 7) * DAY];
  if (p === 'next week') return [today + toMonday * DAY, today + (toMonday + 6) * DAY];
  if (p === 'this weekend' || p === 'the weekend' || p === 'next weekend') {
    const sat = today + (((6 - dow) + 7) % 7) * DAY + (p === 'next weekend' ? 7 * DAY : 0);
    return dow === 0 && p !== 'next weekend' ? [today, today] : [sat, sat + DAY];
  }
  const d = new Date(today);
  if (p === 'this month') return [today, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)];
  if (p === 'next month') return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1), Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 2, 0)];
  let m = /^(?:in|within|over) the next (\d+) days$|^(?:in|within) (\d+) days$/.exec(p);
  if (m) {
    const n = +(m[1] ?? m[2])!;
    return p.startsWith('in ') && !p.includes('next') ? [today + n * DAY, today + n * DAY] : [today, today + n * DAY];
  }
  m = new RegExp(`^(?:next |this |on )?${WEEKDAY_RE}$`).exec(p);
  if (m) {
    const target = WEEKDAYS.indexOf(m[1]!);
    const ahead = ((target - dow + 7) % 7) || 7;
    return [today + ahead * DAY, today + ahead * DAY];
  }
  m = new RegExp(`^in ${MONTH_RE}$`).exec(p);
  if (m) {
    const mi = monthIndex(m[1]!);
    const y = d.getUTCFullYear() + (mi < d.getUTCMonth() ? 1 : 0);
    return [Date.UTC(y, mi, 1), Date.UTC(y, mi + 1, 0)];
  }
  return undefined;
}

const RELATIVE_RE = new RegExp(`\\b(?:the day after tomorrow|today|tonight|tomorrow|this week|next week|this weekend|next weekend|the weekend|this month|next month|(?:in|within|over) the next \\d+ days|(?:in|within) \\d+ days|(?:next |this |on )?${WEEKDAY_RE}|in ${MONTH_NC})\\b`, 'i');

/**
 * Claims dates: ranges ("from March 3 to March 10", "between 2025-05-01 and 2025-05-05"), bounds
 * ("until June 1", "after 12/03/2025"), single dates, and relative phrases ("tomorrow", "next week",
 * "this weekend", "in 3 days", "next friday", "in July") resolved against `now`.
 */
export function claimDates(scan: GoalScanner, now: number): DateRange {
  const today = utcDay(new Date(now));
  const range = scan.first(new RegExp(`\\b(?:from|between)\\s+${ABS}\\s*(?:to|and|until|till|-|–)\\s*${ABS}`, 'i'))
    ?? scan.first(new RegExp(`${ABS}\\s*(?:-|–|to|until)\\s*${ABS}`, 'i'));
  if (range) {
    const a = absoluteDate(range.groups.find(Boolean)!.text, today);
    const b = absoluteDate(range.groups.filter(Boolean).pop()!.text, today);
    if (a !== undefined && b !== undefined) {
      scan.claim('date', range.start, range.end);
      return { dateFrom: iso(a), dateTo: iso(b < a ? rollYear(b) : b) };
    }
  }
  const bound = scan.first(new RegExp(`\\b(until|till|by|before|after|from|since|starting|on)\\s+(?:the\\s+)?${ABS}`, 'i'));
  if (bound) {
    const t = absoluteDate(bound.groups[1]!.text, today);
    if (t !== undefined) {
      scan.claim('date', bound.start, bound.end);
      const word = bound.groups[0]!.text.toLowerCase();
      if (/^(?:until|till|by|before)$/.test(word)) return { dateTo: iso(t) };
      if (word === 'on') return { dateFrom: iso(t), dateTo: iso(t) };
      return { dateFrom: iso(t) };
    }
  }
  const single = scan.first(new RegExp(`\\b${ABS}\\b`, 'i'));
  if (single) {
    const t = absoluteDate(single.groups[0]!.text, today);
    if (t !== undefined) {
      scan.claim('date', single.start, single.end);
      return { dateFrom: iso(t), dateTo: iso(t) };
    }
  }
  const rel = scan.first(RELATIVE_RE);
  const r = rel ? relative(rel.text, today) : undefined;
  if (rel && r) {
    scan.claim('date', rel.start, rel.end);
    return { dateFrom: iso(r[0]), dateTo: iso(r[1]) };
  }
  return {};
}

function rollYear(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate());
}
