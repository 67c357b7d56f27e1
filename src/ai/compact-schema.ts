import { z } from 'zod';
import { IntentSchema, LocatorSchema, ParamValueSchema, StepSchema } from '../core/plan';

type Json = Record<string, unknown>;

// Keywords that only cost tokens here: the answer is checked against the zod schema afterwards.
const DROP = new Set(['$schema', 'default', 'propertyNames', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum', 'pattern']);

function json(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
}

/** Drops token-only keywords, turns oneOf into anyOf and replaces any locator subtree by a $ref. */
function slim(node: unknown, locatorText: string): unknown {
  if (Array.isArray(node)) return node.map((n) => slim(n, locatorText));
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROP.has(key) || (key === 'additionalProperties' && value === false)) continue;
    out[key === 'oneOf' ? 'anyOf' : key] = slim(value, locatorText);
  }
  return JSON.stringify(out) === locatorText ? { $ref: '#/$defs/locator' } : out;
}

// Step unions as zod builds them: each kind's object, nested steps lazy.
const stepOptions = (StepSchema as unknown as { options: Array<z.ZodObject<z.ZodRawShape>> }).options;

/**
 * One step object with every field any kind has (kind as an enum) instead of one object per
 * kind: about a fifth of the size. It guides the model's output; the answer is still checked
 * against the strict zod schema, and the prompt says which fields each kind takes.
 */
export function compactStepDefs(): Json {
  const locatorText = JSON.stringify(slim(json(LocatorSchema), ''));
  const kinds: string[] = [];
  const fields = new Map<string, unknown[]>();
  for (const option of stepOptions) {
    for (const [key, field] of Object.entries(option.shape)) {
      if (key === 'kind') { kinds.push(String((field as z.ZodLiteral<string>).value)); continue; }
      const schema = key === 'steps' ? { type: 'array', items: { $ref: '#/$defs/step' } } : slim(json(field as z.ZodType), locatorText);
      const seen = fields.get(key) ?? [];
      if (!seen.some((s) => JSON.stringify(s) === JSON.stringify(schema))) fields.set(key, [...seen, schema]);
    }
  }
  const properties: Json = { kind: { type: 'string', enum: kinds } };
  for (const [key, list] of fields) properties[key] = list.length === 1 ? list[0] : { anyOf: list };
  return {
    step: { type: 'object', properties, required: ['id', 'kind', 'description'] },
    locator: JSON.parse(locatorText),
  };
}

/** The plan a model writes (Errand fills id, goal, source, promptVersion), on the compact step. */
export function compactPlanSchema(): Json {
  return {
    type: 'object',
    properties: {
      intent: slim(json(IntentSchema), ''),
      steps: { type: 'array', items: { $ref: '#/$defs/step' } },
      params: { type: 'object', additionalProperties: slim(json(ParamValueSchema), '') },
      origins: { type: 'array', items: { type: 'string' } },
      confidence: { type: 'number' },
    },
    required: ['intent', 'steps', 'confidence'],
    $defs: compactStepDefs(),
  };
}

/** A recovery answer `{ steps: [...] }` on the compact step. */
export function compactStepsSchema(): Json {
  return { type: 'object', properties: { steps: { type: 'array', items: { $ref: '#/$defs/step' } } }, required: ['steps'], $defs: compactStepDefs() };
}
