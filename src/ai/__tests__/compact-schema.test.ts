import { encode } from 'gpt-tokenizer';
import { reply, startAiTestServer, type AiTestServer } from '../../../tests/ai-server/server';
import { planAnswerSchema, recoveryAnswerSchema } from '../answer-schemas';
import { PLAN_EXAMPLES } from '../prompts/few-shot-plans';
import { RECOVERY_EXAMPLE } from '../prompts/error-recovery';
import { providerFor, searchPlanAnswer } from './fixtures';

type Obj = Record<string, unknown>;
const tokens = (schema: Obj) => encode(JSON.stringify({ type: 'json_schema', json_schema: { name: 'x', schema, strict: false } })).length;
const stepDef = (schema: Obj) => ((schema.$defs as Obj).step as { properties: Obj; required: string[] });

/** Every field name of every step kind, from the full schema's per-kind objects. */
function fullStepFields(): { kinds: string[]; fields: Set<string> } {
  const defs = planAnswerSchema('full').schema.$defs as Record<string, { anyOf?: Array<{ properties?: Obj }> }>;
  const union = Object.values(defs).find((d) => d.anyOf?.some((o) => o.properties?.kind))!;
  const kinds = union.anyOf!.map((o) => (o.properties!.kind as { const: string }).const);
  const fields = new Set(union.anyOf!.flatMap((o) => Object.keys(o.properties!)));
  return { kinds, fields };
}

/** Field names used by steps in an answer, nested steps included. */
function answerFields(steps: unknown[]): string[] {
  return steps.flatMap((s) => Object.entries(s as Obj).flatMap(([k, v]) => (k === 'steps' && Array.isArray(v) ? [k, ...answerFields(v)] : [k])));
}

describe('compact structured-output schema', () => {
  it('names every step kind and every field the full schema has, in under a third of the tokens', () => {
    const compact = planAnswerSchema('compact').schema;
    const { kinds, fields } = fullStepFields();
    const step = stepDef(compact);
    expect((step.properties.kind as { enum: string[] }).enum.sort()).toEqual([...kinds].sort());
    expect(Object.keys(step.properties).sort()).toEqual([...fields].sort());
    expect(step.required).toEqual(['id', 'kind', 'description']);
    expect(Object.keys(compact.properties as Obj).sort()).toEqual(['confidence', 'intent', 'origins', 'params', 'steps']);
    const [full, small] = [tokens(planAnswerSchema('full').schema), tokens(compact)];
    expect(full).toBeGreaterThan(3000);
    expect(small).toBeLessThan(full / 3);
    expect(tokens(recoveryAnswerSchema('compact').schema)).toBeLessThan(tokens(recoveryAnswerSchema('full').schema) / 3);
  });

  it('keeps locators (and the locators of named fields) as one shared definition', () => {
    const step = stepDef(planAnswerSchema('compact').schema);
    expect(step.properties.target).toEqual({ $ref: '#/$defs/locator' });
    expect(step.properties.next).toEqual({ $ref: '#/$defs/locator' });
    expect(step.properties.fields).toEqual({ type: 'object', additionalProperties: { $ref: '#/$defs/locator' } });
    expect(JSON.stringify(planAnswerSchema('compact'))).not.toMatch(/"oneOf"|"default"|"\$schema"|"propertyNames"|"minLength"/);
  });

  it('covers every field the worked examples use', () => {
    const known = Object.keys(stepDef(planAnswerSchema('compact').schema).properties);
    const used = [...PLAN_EXAMPLES.flatMap((ex) => answerFields(ex.answer.steps as unknown[])), ...answerFields(RECOVERY_EXAMPLE.answer.steps)];
    expect(used.filter((f) => !known.includes(f))).toEqual([]);
  });
});

describe('which schema a provider sends', () => {
  let server: AiTestServer;
  beforeEach(async () => { server = await startAiTestServer(); });
  afterEach(async () => { await server.close(); });

  it('an OpenAI-compatible provider sends the compact one, and still checks the answer strictly', async () => {
    server.enqueue(reply.json(searchPlanAnswer));
    await providerFor(server).generatePlan({ goal: 'find kettles' });
    const format = server.completions()[0].body.response_format;
    expect(format.json_schema.name).toBe('errand_plan');
    expect(format.json_schema.schema).toEqual(planAnswerSchema('compact').schema);

    server.enqueue(reply.json({ ...searchPlanAnswer, steps: [{ id: 's1', kind: 'click', description: 'Click' }] }), reply.json(searchPlanAnswer));
    const repaired = await providerFor(server).generatePlan({ goal: 'find kettles' });
    expect(repaired.usage.modelCalls).toBe(2);
  });
});

describe('the Chrome built-in model', () => {
  it('gets the full schema: it constrains decoding with it and the schema is not part of its prompt', async () => {
    const { createChromeBuiltinProvider } = await import('../chrome-builtin-provider');
    const constraints: unknown[] = [];
    const provider = createChromeBuiltinProvider({
      languageModel: {
        availability: async () => 'available',
        async create() {
          return { destroy() {}, async prompt(_input: string, options?: { responseConstraint?: object }) { constraints.push(options?.responseConstraint); return JSON.stringify(searchPlanAnswer); } };
        },
      },
    });
    await provider.generatePlan({ goal: 'find kettles' });
    expect(constraints).toEqual([planAnswerSchema('full').schema]);
  });
});
