import type { AiProvider, Ids, PlanRequest } from '../core/ports';
import type { Intent } from '../core/plan';
import { IntentSchema } from '../core/plan';
import { ParsedGoalSchema, summarizeParsedGoal } from '../core/planning';
import { planAnswerSchema, recoveryAnswerSchema, strategiesAnswerSchema } from './answer-schemas';
import { checkPlanAnswer, checkRecoveryAnswer, checkStrategiesAnswer } from './plan-answer';
import * as planning from './prompts/task-planning';
import * as selectors from './prompts/selector-generation';
import * as recovery from './prompts/error-recovery';
import type { SnapshotBudget } from './prompts/snapshot-text';
import type { FewShotExample } from './prompts/few-shot-plans';
import { runTask } from './run-task';
import { scrubSecrets, withoutSecretParams, type SecretSource } from './secrets';
import type { ChatMessage, CompleteFn } from './types';

/** Options shared by every provider backend. */
export interface ProviderCoreOptions {
  id: string;
  ids?: Ids;
  /** Secret values by name; any that appear in outgoing text are replaced by `{{secret.NAME}}`. */
  secrets?: SecretSource;
  /** Summary of the GoalParser result for the prompt; defaults to compact JSON. */
  describeParsedGoal?: (parsed: unknown) => string | undefined;
  snapshotBudget?: SnapshotBudget;
  /** Repair rounds after an invalid answer (default 1). */
  repairRounds?: number;
  /** Stream plan answers (default false). */
  streamPlans?: boolean;
  examples?: FewShotExample[];
  /**
   * Structured-output schemas for plans and recovery steps: 'compact' where the schema is part of
   * the prompt (OpenAI-compatible response_format), 'full' (default) where it is not.
   */
  schemaStyle?: 'full' | 'compact';
}

let fallbackCounter = 0;
const fallbackIds: Ids = { next: (prefix) => `${prefix}-${Date.now().toString(36)}-${(++fallbackCounter).toString(36)}` };

/** Default parsed-goal summary: the GoalParser's digest for a ParsedGoal, else compact JSON, clipped. */
export function defaultParsedSummary(parsed: unknown): string | undefined {
  if (parsed === undefined || parsed === null) return undefined;
  const goal = ParsedGoalSchema.safeParse(parsed);
  if (goal.success) return summarizeParsedGoal(goal.data);
  const text = typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  return text.length > 800 ? `${text.slice(0, 799)}…` : text;
}

function intentOf(req: PlanRequest & { intent?: Intent }): Intent | undefined {
  const fromParsed = (req.parsed as { intent?: unknown } | undefined)?.intent;
  const candidate = req.intent ?? fromParsed;
  return IntentSchema.safeParse(candidate).success ? (candidate as Intent) : undefined;
}

/**
 * The provider-agnostic part of an AiProvider: builds the versioned prompts, scrubs secrets from
 * everything sent, runs one call (plus one repair round) and checks the answers.
 */
export function createProviderCore(complete: CompleteFn, options: ProviderCoreOptions): AiProvider {
  const ids = options.ids ?? fallbackIds;
  const budget = options.snapshotBudget;
  const safe: CompleteFn = async (messages, callOptions) => {
    const secrets = options.secrets ? await options.secrets() : {};
    return complete(scrubSecrets(messages, secrets), callOptions);
  };
  const run = { repairRounds: options.repairRounds };

  return {
    id: options.id,
    async generatePlan(req) {
      const intentHint = intentOf(req);
      const messages: ChatMessage[] = planning.build({
        goal: req.goal,
        url: req.url,
        parsedSummary: (options.describeParsedGoal ?? defaultParsedSummary)(req.parsed),
        params: withoutSecretParams(req.params),
        snapshot: req.snapshot,
        budget,
        examples: options.examples,
      });
      const planId = ids.next('plan');
      const { value, usage } = await runTask({
        purpose: 'plan', what: 'plan', messages, schema: planAnswerSchema(options.schemaStyle), stream: options.streamPlans,
        check: (v) => checkPlanAnswer(v, { id: planId, goal: req.goal, promptVersion: planning.version, intentHint }),
      }, safe, { ...run, signal: req.signal });
      return { plan: value, usage };
    },
    async suggestSelectors(snapshot, intent, signal) {
      const messages = selectors.build({ snapshot, description: intent.description, failed: intent.failed, budget });
      const { value, usage } = await runTask({
        purpose: 'selectors', what: 'list of strategies', messages, schema: strategiesAnswerSchema(),
        check: (v) => checkStrategiesAnswer(v, snapshot),
      }, safe, { ...run, signal });
      return { strategies: value, usage };
    },
    async recoverFromError(error, context, signal) {
      const messages = recovery.build({ error, plan: context.plan, stepId: context.stepId, snapshot: context.snapshot, budget });
      const { value, usage } = await runTask({
        purpose: 'recovery', what: 'list of steps', messages, schema: recoveryAnswerSchema(options.schemaStyle),
        check: (v) => checkRecoveryAnswer(v, context.plan, context.stepId),
      }, safe, { ...run, signal });
      return { steps: value, usage };
    },
  };
}
