import { z } from 'zod';

/**
 * One way to find an element. Strategies are tried in the order given; the first that resolves to
 * exactly one visible element wins, and is remembered per site (selector memory).
 */
export const LocatorStrategySchema = z.union([
  z.strictObject({ role: z.string().min(1), name: z.string().optional() }),
  z.strictObject({ label: z.string().min(1) }),
  z.strictObject({ placeholder: z.string().min(1) }),
  z.strictObject({ testId: z.string().min(1) }),
  z.strictObject({ text: z.string().min(1), exact: z.boolean().optional() }),
  z.strictObject({ css: z.string().min(1) }),
  z.strictObject({ xpath: z.string().min(1) }),
  /** Index of an element in the latest page snapshot, e.g. "e12". */
  z.strictObject({ ref: z.string().min(1) }),
]);
export type LocatorStrategy = z.infer<typeof LocatorStrategySchema>;

/** A target element: a human description plus the strategies to find it. */
export const LocatorSchema = z.strictObject({
  description: z.string().min(1),
  strategies: z.array(LocatorStrategySchema).min(1),
});
export type Locator = z.infer<typeof LocatorSchema>;

/** Short, stable text for a strategy, used in logs, errors and selector memory keys. */
export function describeStrategy(s: LocatorStrategy): string {
  if ('role' in s) return s.name ? `role=${s.role}[name="${s.name}"]` : `role=${s.role}`;
  if ('label' in s) return `label="${s.label}"`;
  if ('placeholder' in s) return `placeholder="${s.placeholder}"`;
  if ('testId' in s) return `testId="${s.testId}"`;
  if ('text' in s) return `text="${s.text}"`;
  if ('css' in s) return `css=${s.css}`;
  if ('xpath' in s) return `xpath=${s.xpath}`;
  return `ref=${s.ref}`;
}

/**
 * The names a locator expects its element to carry: role names, texts, labels, placeholders.
 * Used to tell whether an element found another way (a snapshot ref, a page candidate) is the same target.
 */
export function locatorNames(locator: Locator): string[] {
  return locator.strategies.flatMap((s) =>
    'role' in s && s.name ? [s.name] : 'text' in s ? [s.text] : 'label' in s ? [s.label] : 'placeholder' in s ? [s.placeholder] : []);
}
