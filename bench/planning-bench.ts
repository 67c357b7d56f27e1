// Planning benchmark: per goal type, on a real snapshot of a demo page, how many model calls and
// tokens the AI path spends the first time, how many on a repeat (plan cache), how long the offline
// planner takes, and what the AI path costs on top of the model's own time.
// Usage: npx tsx bench/planning-bench.ts [runs=10]
import { pathToFileURL } from 'node:url';
import { encode } from 'gpt-tokenizer';
import { createOpenAiProvider, createAiPlanner } from '../src/ai';
import { createCachePlanner, createMemoryPlanStore, createOfflinePlanner, createPlanCache } from '../src/core/planning';
import type { Plan } from '../src/core/plan';
import type { PageSnapshot, Planner, PlanRequest } from '../src/core/ports';
import type { Usage } from '../src/core/run';
import { startDemoSites, type DemoUrls } from '../scripts/lib/demo-sites';
import { startAiTestServer, type RecordedRequest, type ReplyHandler } from '../tests/ai-server/server';
import { plannerReply } from '../tests/ai-server/planner-mode';
import { offlinePlannerMode } from '../tests/ai-server/offline-planner-mode';
import { planningGoals, type PlanningGoal } from './planning-goals';
import { startSnapshotter, type PageSnapshotter } from './page-snapshots';

/** One row per goal type. Times in ms (medians over `runs`); tokens as the server reported them. */
export interface PlanningRow {
  goalType: string;
  goal: string;
  repeat: string;
  /** The page's path (for tables) and full URL. */
  page: string;
  url: string;
  /** Which planner answered the first time ('ai' expected) and the plan's size. */
  firstRunSource: string;
  planSteps: number;
  firstRunCalls: number;
  firstRunPromptTokens: number;
  firstRunCompletionTokens: number;
  firstRunTokens: number;
  /** JSON-schema (structured output) tokens sent with the first call, not in firstRunTokens. */
  firstRunSchemaTokens: number;
  /** After `cache.remember(plan)`: model calls for the repeat, and which planner answered it. */
  repeatCalls: number;
  repeatSource: string;
  offlineCalls: number;
  offlineMedianMs: number;
  /** Whole AI path (cache miss + provider call + validation), the server's planning time, the difference. */
  aiPathMedianMs: number;
  modelMedianMs: number;
  aiOverheadMedianMs: number;
  note: string;
}

/** Options: demo site URLs and a Chromium snapshotter to reuse (started here when absent). */
export interface PlanningBenchOptions {
  urls?: DemoUrls;
  snapshotter?: PageSnapshotter;
  /** Timed repetitions per goal for the offline and AI-path latencies (default 10). */
  runs?: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
};
const ms = (v: number) => Math.round(v * 100) / 100;

interface Message { role?: string; content?: unknown }

/** Prompt tokens as OpenAI counts a chat's messages: o200k tokens, 3 per message plus 3 priming. */
export function promptTokens(body: { messages?: Message[] } | undefined): number {
  const text = (c: unknown) => (typeof c === 'string' ? c : JSON.stringify(c ?? ''));
  return (body?.messages ?? []).reduce((n, m) => n + 3 + encode(text(m.role)).length + encode(text(m.content)).length, 3);
}

/** Tokens of the request's response_format as JSON text (0 without one): an upper bound on what a schema adds. */
export function schemaTokens(body: { response_format?: unknown } | undefined): number {
  return body?.response_format ? encode(JSON.stringify(body.response_format)).length : 0;
}

/**
 * The test server's planner mode (answering with the offline planner's plan) with usage counted by
 * gpt-tokenizer, and the time the "model" took for each request.
 */
function tokenCountingPlanner(modelMs: number[]): ReplyHandler {
  return async (rec: RecordedRequest) => {
    const started = performance.now();
    const reply = await plannerReply(offlinePlannerMode, rec);
    const content = reply.content ?? (reply.json !== undefined ? JSON.stringify(reply.json) : '');
    modelMs.push(performance.now() - started);
    return { ...reply, usage: { prompt_tokens: promptTokens(rec.body), completion_tokens: encode(content).length } };
  };
}

interface BenchContext {
  snapshotter: PageSnapshotter;
  ai: Planner;
  calls(): number;
  lastRequest(): RecordedRequest | undefined;
  modelMs: number[];
  runs: number;
}

type Answer = { plan: Plan; usage: Usage; source: string };

/** The planners in order, as the orchestrator asks them: the first that answers wins. */
async function planWith(planners: Planner[], req: PlanRequest): Promise<Answer> {
  for (const p of planners) {
    const answer = await p.plan(req);
    if (answer) return { ...answer, source: p.source };
  }
  throw new Error(`No planner answered "${req.goal}"`);
}

async function benchGoal(g: PlanningGoal, ctx: BenchContext): Promise<PlanningRow> {
  const snapshot = await ctx.snapshotter.snapshot(g.url);
  const req: PlanRequest = { goal: g.goal, url: g.url, snapshot };
  const notes: string[] = [];

  // (a) AI path, first run: an empty plan cache, then the model.
  const cache = createPlanCache(createMemoryPlanStore());
  const chain = [createCachePlanner(cache), ctx.ai];
  let before = ctx.calls();
  const first = await planWith(chain, req);
  const firstRunCalls = ctx.calls() - before;
  const firstRequest = ctx.lastRequest();
  if (!(await cache.remember(first.plan, req))) notes.push('plan not cacheable');
  if (first.plan.steps.length === 1 && first.plan.steps[0].kind === 'askUser') notes.push('model had no plan (askUser)');

  // Repeat: a paraphrase or new values, through the same chain.
  before = ctx.calls();
  const again = await planWith(chain, { goal: g.repeat, url: g.url, snapshot });
  const repeatCalls = ctx.calls() - before;

  // (b) Offline planner: latency with no model.
  const offline = createOfflinePlanner();
  const offlineTimes: number[] = [];
  let offlineCalls = 0;
  for (let i = 0; i < ctx.runs; i++) {
    const t = performance.now();
    const answer = await offline.plan(req);
    offlineTimes.push(performance.now() - t);
    offlineCalls = Math.max(offlineCalls, answer?.usage.modelCalls ?? 0);
    if (!answer && i === 0) notes.push('offline planner declined');
  }

  // (c) AI path minus the server's own planning time, each run with a fresh (missing) cache.
  const totals: number[] = [];
  const model: number[] = [];
  const overhead: number[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    const fresh = [createCachePlanner(createPlanCache(createMemoryPlanStore())), ctx.ai];
    const seen = ctx.modelMs.length;
    const t = performance.now();
    await planWith(fresh, req);
    const total = performance.now() - t;
    const modelTime = ctx.modelMs.slice(seen).reduce((a, b) => a + b, 0);
    totals.push(total);
    model.push(modelTime);
    overhead.push(total - modelTime);
  }

  return {
    goalType: g.type, goal: g.goal, repeat: g.repeat, page: new URL(g.url).pathname, url: g.url,
    firstRunSource: first.source, planSteps: first.plan.steps.length,
    firstRunCalls, firstRunPromptTokens: first.usage.promptTokens, firstRunCompletionTokens: first.usage.completionTokens,
    firstRunTokens: first.usage.promptTokens + first.usage.completionTokens,
    firstRunSchemaTokens: firstRunCalls ? schemaTokens(firstRequest?.body) : 0,
    repeatCalls, repeatSource: again.source,
    offlineCalls, offlineMedianMs: ms(median(offlineTimes)),
    aiPathMedianMs: ms(median(totals)), modelMedianMs: ms(median(model)), aiOverheadMedianMs: ms(median(overhead)),
    note: notes.join('; '),
  };
}

/** A few untimed plans first, so the first row does not pay for JIT and connection set-up. */
async function warmUp(g: PlanningGoal, ctx: BenchContext): Promise<void> {
  const req: PlanRequest = { goal: g.goal, url: g.url, snapshot: await ctx.snapshotter.snapshot(g.url) };
  const offline = createOfflinePlanner();
  for (let i = 0; i < 5; i++) {
    await offline.plan(req);
    await ctx.ai.plan(req);
  }
}

/**
 * Runs the planning benchmark over the goal types of `planningGoals` and returns one row each.
 * The "model" is the local OpenAI-compatible test server in planner mode (it answers with the
 * offline planner's plan), reached through the real OpenAI provider over HTTP, streamed.
 * @example const rows = await benchPlanning({ urls: demo.urls, runs: 10 });
 */
export async function benchPlanning(options: PlanningBenchOptions = {}): Promise<PlanningRow[]> {
  const runs = Math.max(1, options.runs ?? 10);
  const sites = options.urls ? undefined : await startDemoSites(0);
  const snapshotter = options.snapshotter ?? await startSnapshotter();
  const modelMs: number[] = [];
  const server = await startAiTestServer({ handler: tokenCountingPlanner(modelMs) });
  try {
    const provider = createOpenAiProvider({
      preset: 'custom', baseURL: server.baseURL, model: 'gpt-4o-mini', apiKey: 'bench',
      structuredOutput: 'json_schema', maxRequestsPerMinute: 10_000,
    });
    // One snapshot per page: goals on the same page plan against the same map.
    const seen = new Map<string, Promise<PageSnapshot>>();
    const once: PageSnapshotter = { ...snapshotter, snapshot: (url) => seen.get(url) ?? (seen.set(url, snapshotter.snapshot(url)), seen.get(url)!) };
    const ctx: BenchContext = {
      snapshotter: once, ai: createAiPlanner(provider), modelMs, runs,
      calls: () => server.completions().length, lastRequest: () => server.completions().at(-1),
    };
    const goals = planningGoals(options.urls ?? sites!.urls);
    await warmUp(goals[0], ctx);
    const rows: PlanningRow[] = [];
    for (const g of goals) rows.push(await benchGoal(g, ctx));
    return rows;
  } finally {
    await server.close();
    if (!options.snapshotter) await snapshotter.close();
    await sites?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchPlanning({ runs: Number(process.argv[2]) || undefined });
  console.table(rows.map(({ goal: _g, repeat: _r, ...r }) => r));
}
