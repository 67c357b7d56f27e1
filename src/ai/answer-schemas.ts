import { z } from 'zod';
import { LocatorStrategySchema, PlanSchema, StepSchema } from '../core/plan';
import type { NamedJsonSchema } from './types';
import { compactPlanSchema, compactStepsSchema } from './compact-schema';

type Json = unknown;

// Keywords some servers reject or that only cost tokens; oneOf → anyOf (OpenAI supports anyOf only).
function compact(node: Json): Json {
  if (Array.isArray(node)) return node.map(compact);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === 'default' || key === 'propertyNames') continue;
    out[key === 'oneOf' ? 'anyOf' : key] = compact(value);
  }
  return out;
}

function toSchema(name: string, schema: z.ZodType): NamedJsonSchema {
  // `reused: 'ref'` moves shared pieces (locator, step basics) into $defs once instead of per step kind.
  const json = z.toJSONSchema(schema, { io: 'input', reused: 'ref', unrepresentable: 'any' });
  return { name, schema: compact(json) as Record<string, unknown> };
}

const cache = new Map<string, NamedJsonSchema>();
const memo = (name: string, make: () => z.ZodType) => {
  if (!cache.has(name)) cache.set(name, toSchema(name, make()));
  return cache.get(name)!;
};
const memoJson = (name: string, style: string, make: () => Record<string, unknown>) => {
  const key = `${name}:${style}`;
  if (!cache.has(key)) cache.set(key, { name, schema: make() });
  return cache.get(key)!;
};

/**
 * JSON schema of a plan as the model writes it (Errand fills id, goal, source, promptVersion).
 * `compact` (sent as response_format, where it costs prompt tokens): one step object with every
 * kind's fields, about a third of the size; the full one has an exact object per step kind.
 */
export function planAnswerSchema(style: 'full' | 'compact' = 'full'): NamedJsonSchema {
  if (style === 'compact') return memoJson('errand_plan', 'compact', compactPlanSchema);
  return memo('errand_plan', () => PlanSchema.omit({ id: true, goal: true, source: true, promptVersion: true, template: true }));
}

/** JSON schema of a selector answer: `{ strategies: [...] }`. */
export function strategiesAnswerSchema(): NamedJsonSchema {
  return memo('errand_locator_strategies', () => z.strictObject({ strategies: z.array(LocatorStrategySchema).min(1).max(6) }));
}

/** JSON schema of a recovery answer: `{ steps: [...] }` (`compact` as for plans). */
export function recoveryAnswerSchema(style: 'full' | 'compact' = 'full'): NamedJsonSchema {
  if (style === 'compact') return memoJson('errand_recovery_steps', 'compact', compactStepsSchema);
  return memo('errand_recovery_steps', () => z.strictObject({ steps: z.array(StepSchema).min(1).max(10) }));
}
