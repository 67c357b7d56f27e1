import { z } from 'zod';
import { IntentSchema } from '../../plan';

/** What a span of the goal text was recognised as. */
export const SPAN_KINDS = [
  'intent', 'product', 'site', 'field', 'value', 'target', 'text', 'price', 'currency', 'count', 'pages',
  'location', 'date', 'sort', 'quantity', 'format', 'subject',
] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** A recognised piece of the goal text; `start`/`end` index the original text. */
export const GoalSpanSchema = z.strictObject({
  kind: z.enum(SPAN_KINDS),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});
export type GoalSpan = z.infer<typeof GoalSpanSchema>;

/** A sort order named in the goal ("sort by price descending", "cheapest first"). */
export const SortSchema = z.strictObject({ field: z.string().min(1), order: z.enum(['asc', 'desc']) });

/** Things the goal names. Values are as written (trimmed), except `fields`, which use record keys. */
export const GoalEntitiesSchema = z.strictObject({
  products: z.array(z.string()),
  /** URLs, hosts ("a.com", "127.0.0.1:4301") and bare names ("amazon"), as written. */
  sites: z.array(z.string()),
  /** Record keys to extract: "name", "price", "url", "rating", or the word as written. */
  fields: z.array(z.string()),
  /** Form values by the label the goal used: { name: 'Ada Lovelace', email: 'ada@example.com' }. */
  values: z.record(z.string(), z.string()),
  /** The element to click or type into, without its role word: "Add to cart". */
  target: z.string().optional(),
  /** Role word the goal used for the target: button, link, textbox, checkbox, tab, menu… */
  targetRole: z.string().optional(),
  /** Text to type. */
  text: z.string().optional(),
  quantity: z.number().optional(),
  /** What the records are ("job", "table", "list", "review"), singular. */
  subject: z.string().optional(),
});
export type GoalEntities = z.infer<typeof GoalEntitiesSchema>;

/** Limits and preferences the goal states. Dates are ISO `YYYY-MM-DD`. */
export const GoalConstraintsSchema = z.strictObject({
  priceMin: z.number().optional(),
  priceMax: z.number().optional(),
  /** ISO 4217 code: USD, EUR, GBP… */
  currency: z.string().optional(),
  /** How many results the person wants ("top 5"). */
  count: z.number().int().min(1).optional(),
  location: z.string().optional(),
  dateFrom: z.string().optional(),
  dateTo: z.string().optional(),
  sort: SortSchema.optional(),
  /** Pages to walk: a number, or 'all'. */
  pages: z.union([z.number().int().min(1), z.literal('all')]).optional(),
});
export type GoalConstraints = z.infer<typeof GoalConstraintsSchema>;

/** Signals the planners need that are neither entities nor constraints. */
export const GoalFlagsSchema = z.strictObject({
  /** The goal asks to submit/send the form. */
  submit: z.boolean(),
  /** The goal asks to press Enter after typing. */
  pressEnter: z.boolean(),
  /** "this page/table" → 'page'; "these (three) shops" with no names → 'sites'. */
  deictic: z.enum(['page', 'sites']).optional(),
  /** Number of sites a deictic phrase mentions ("these three shops" → 3). */
  deicticCount: z.number().int().optional(),
  /** Consequential verbs found outside an explicit click target: pay, buy, book, delete… */
  risky: z.array(z.string()),
  /** The goal leaves the choice to judgment ("something nice", "whatever fits"). */
  vague: z.boolean(),
  /** Output format asked for: csv or json. */
  format: z.enum(['csv', 'json']).optional(),
});
export type GoalFlags = z.infer<typeof GoalFlagsSchema>;

/** The structured reading of a goal, produced without a model. */
export const ParsedGoalSchema = z.strictObject({
  text: z.string(),
  intent: IntentSchema,
  /** How sure the parser is about the intent, 0..1. */
  confidence: z.number().min(0).max(1),
  entities: GoalEntitiesSchema,
  constraints: GoalConstraintsSchema,
  flags: GoalFlagsSchema,
  spans: z.array(GoalSpanSchema),
});
export type ParsedGoal = z.infer<typeof ParsedGoalSchema>;

/** Context the parser may use: the current page URL, and "now" for relative dates. */
export interface GoalContext {
  url?: string;
  /** Reference time for "tomorrow", "next week" (ms since epoch or a Date). Defaults to the current time. */
  now?: number | Date;
}
