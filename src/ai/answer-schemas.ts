import { z } from 'zod';
import { LocatorStrategySchema, PlanSchema, StepSchema } from '../core/plan';
import type { NamedJsonSchema } from './types';

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

/** JSON schema of a plan as the model writes it (Errand fills id, goal, source, promptVersion). */
export function planAnswerSchema(): NamedJsonSchema {
  return memo('errand_plan', () => PlanSchema.omit({ id: true, goal: true, source: true, promptVersion: true, template: true }));
}

/** JSON schema of a selector answer: `{ strategies: [...] }`. */
export function strategiesAnswerSchema(): NamedJsonSchema {
  return memo('errand_locator_strategies', () => z.strictObject({ strategies: z.array(LocatorStrategySchema).min(1).max(6) }));
}

/** JSON schema of a recovery answer: `{ steps: [...] }`. */
export function recoveryAnswerSchema(): NamedJsonSchema {
  return memo('errand_recovery_steps', () => z.strictObject({ steps: z.array(StepSchema).min(1).max(10) }));
}
