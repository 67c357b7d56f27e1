import { ACTION_TIMEOUT_MS, StepSchema, type Step } from '../core/plan';
import type { PageSnapshot, PageStepResult } from '../core/ports';
import { PlanInvalid, TimeoutError, serializeError } from '../core/errors';
import { pageRequests, type PageReplies, type PageRequestName, type Reply } from '../messaging/protocol';
import { detectLayout, type LayoutMode } from './dom/layout';
import { RefRegistry } from './snapshot/refs';
import { takeSnapshot } from './snapshot/snapshot';
import { createRedactor, redactData } from './snapshot/redact';
import { ACTIONS, BACKGROUND_STEP_KINDS, type RegisteredAction } from './actions';
import { DEFAULT_WAIT_MS } from './actions/wait';
import type { ActionContext } from './actions/context';
import { pickElement } from './pick';

/** Options of a page agent. */
export interface PageAgentOptions {
  /** Overrides layout detection (tests without a layout engine). */
  layout?: LayoutMode;
  /** Time to find an element and wait until it can be acted on, unless the step says otherwise. Default 5 s. */
  actionTimeoutMs?: number;
  /** Hard upper bound for any request. Default 60 s. */
  requestTimeoutMs?: number;
}

/** The content script's request handler. */
export interface PageAgent {
  /** Answers one page request; never throws: errors come back as `{ ok: false, error }`. */
  handle<N extends PageRequestName>(type: N, payload: unknown): Promise<Reply<PageReplies[N]>>;
  /** Refs of the latest snapshot. */
  readonly refs: RefRegistry;
}

const MARGIN_MS = 2_000;

function invalid(what: string, issues: Array<{ path: PropertyKey[]; message: string }>): PlanInvalid {
  return new PlanInvalid(`Invalid ${what}: ${issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`, {
    issues: issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  });
}

function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, operation: string): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TimeoutError(operation, ms));
    }, ms);
  });
  return Promise.race([work(controller.signal), timeout]).finally(() => clearTimeout(timer));
}

/**
 * Creates the page agent for a document: snapshot, ping, pick (the person points at an element) and
 * perform (click, type, select, check, press, hover, scroll, wait, extract). Requests run one at a time, each within a timeout.
 *
 * @example
 * const agent = createPageAgent();
 * const reply = await agent.handle('page.snapshot', {});
 * if (reply.ok) console.log(reply.value.elements.length);
 */
export function createPageAgent(doc: Document = document, opts: PageAgentOptions = {}): PageAgent {
  const refs = new RefRegistry();
  // Secret values typed here: later snapshots and extractions of this page mask them.
  const secrets = new Set<string>();
  const actionTimeoutMs = opts.actionTimeoutMs ?? ACTION_TIMEOUT_MS;
  const requestTimeoutMs = opts.requestTimeoutMs ?? 60_000;
  let queue: Promise<unknown> = Promise.resolve();
  const layout = () => opts.layout ?? detectLayout(doc);

  const snapshot = (payload: unknown): PageSnapshot => {
    const parsed = pageRequests['page.snapshot'].safeParse(payload ?? {});
    if (!parsed.success) throw invalid('snapshot request', parsed.error.issues);
    return takeSnapshot(doc, { ...parsed.data, refs, layout: layout(), secrets });
  };

  const perform = async (payload: unknown): Promise<PageStepResult> => {
    const request = pageRequests['page.perform'].safeParse(payload);
    if (!request.success) throw invalid('perform request', request.error.issues);
    const parsed = StepSchema.safeParse(request.data.step);
    if (!parsed.success) throw invalid('step', parsed.error.issues);
    const step: Step = parsed.data;
    for (const value of request.data.secrets ?? []) secrets.add(value);
    if ((BACKGROUND_STEP_KINDS as readonly string[]).includes(step.kind) || (step.kind === 'wait' && step.for.kind === 'url')) {
      throw new PlanInvalid(`"${step.kind}" steps are run by the background with the tabs API, not in the page`, { kind: step.kind });
    }
    const action = (ACTIONS as Record<string, RegisteredAction>)[step.kind];
    if (!action) throw new PlanInvalid(`"${step.kind}" is not a page step`, { kind: step.kind });
    const budget = step.timeoutMs ?? (step.kind === 'wait' ? DEFAULT_WAIT_MS : actionTimeoutMs);
    const limit = Math.min(requestTimeoutMs, budget + MARGIN_MS);
    const result = await withTimeout((signal) => {
      const ctx: ActionContext = { doc, layout: layout(), refs, signal, timeoutMs: budget, highlight: request.data.highlight };
      return action.run(step as never, ctx);
    }, limit, `${step.kind} step "${step.id}"`);
    const out: PageStepResult = { url: doc.location?.href ?? doc.URL };
    if (result.output !== undefined) out.output = secrets.size ? redactData(result.output, createRedactor(secrets)) : result.output;
    if (result.target) {
      out.locatorUsed = result.target.describe;
      out.strategy = result.target.strategy;
    }
    return out;
  };

  const run = async (type: string, payload: unknown): Promise<unknown> => {
    switch (type) {
      case 'page.ping':
        return { ready: true, url: doc.location?.href ?? doc.URL };
      case 'page.snapshot':
        return withTimeout(async () => snapshot(payload), requestTimeoutMs, 'page snapshot');
      case 'page.perform':
        return perform(payload);
      case 'page.pick': {
        const parsed = pageRequests['page.pick'].safeParse(payload ?? {});
        if (!parsed.success) throw invalid('pick request', parsed.error.issues);
        return pickElement(doc, parsed.data);
      }
      default:
        throw new PlanInvalid(`Unknown page request "${type}"`, { type });
    }
  };

  return {
    refs,
    handle(type, payload) {
      const reply = queue.then(() => run(type, payload)).then(
        (value) => ({ ok: true as const, value: value as never }),
        (err: unknown) => ({ ok: false as const, error: serializeError(err) }),
      );
      queue = reply;
      return reply;
    },
  };
}
