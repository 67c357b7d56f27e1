import type { PageDriver, PageSnapshot, PageStepResult } from '../ports';
import type { PageStep } from '../plan';
import { CancelledError } from '../errors';

/** What a scripted response can be: a result, an error to throw, or a function of the step. */
export type ScriptedResponse = PageStepResult | Error | ((step: PageStep, tabId: number) => PageStepResult | Promise<PageStepResult>);

/** One call the driver received. */
export interface DriverCall { step: PageStep; tabId: number; at: number }

/**
 * A PageDriver for tests: answers page steps from a per-step-id script, falling back to a
 * plausible default (navigate moves `url`; extract returns `records`; other steps succeed).
 * `hold(stepId)` makes the next call for that step wait until released, for pause/cancel tests.
 * `effects` remembers every step that completed on the "page", keyed by `effectKey`.
 */
export class ScriptedDriver implements PageDriver {
  readonly calls: DriverCall[] = [];
  readonly effects = new Map<string, PageStepResult>();
  url: string;
  tabId?: number;
  snapshotCalls = 0;
  /** Records returned by extract steps without a scripted answer, per step id or for all. */
  records: Record<string, Array<Record<string, unknown>>> = {};
  private script = new Map<string, ScriptedResponse[]>();
  private holds = new Map<string, Promise<void>>();
  private tick = 0;

  private readonly snap: Partial<PageSnapshot>;

  constructor(options: { url?: string; snapshot?: Partial<PageSnapshot> } = {}) {
    this.url = options.url ?? 'https://shop.example/';
    this.snap = options.snapshot ?? {};
  }

  /** Queues responses for the next calls of a step id (consumed in order). */
  on(stepId: string, ...responses: ScriptedResponse[]): this {
    this.script.set(stepId, [...(this.script.get(stepId) ?? []), ...responses]);
    return this;
  }

  /** Holds the next call of `stepId` until the returned function is called. */
  hold(stepId: string): () => void {
    let release!: () => void;
    this.holds.set(stepId, new Promise<void>((r) => { release = r; }));
    return () => release();
  }

  /** Number of calls for a step id. */
  count(stepId: string): number { return this.calls.filter((c) => c.step.id === stepId).length; }

  /** Key under which an effect is remembered: step id plus the resolved values that vary per item. */
  effectKey(step: PageStep): string { return `${step.id}|${JSON.stringify(step)}`; }

  async perform(step: PageStep, tabId: number, signal: AbortSignal): Promise<PageStepResult> {
    this.calls.push({ step, tabId, at: this.tick++ });
    const held = this.holds.get(step.id);
    if (held) {
      this.holds.delete(step.id);
      await held;
    }
    if (signal.aborted) throw new CancelledError();
    const queue = this.script.get(step.id);
    const next = queue?.shift();
    let result: PageStepResult;
    if (next instanceof Error) throw next;
    else if (typeof next === 'function') result = await next(step, tabId);
    else if (next) result = next;
    else result = this.fallback(step);
    if (result.url) this.url = result.url;
    if (result.tabId !== undefined) this.tabId = result.tabId;
    this.effects.set(this.effectKey(step), result);
    return result;
  }

  private fallback(step: PageStep): PageStepResult {
    if (step.kind === 'navigate' || step.kind === 'openTab') return { url: new URL(step.url, this.url).href };
    if (step.kind === 'extract') {
      const records = this.records[step.id] ?? this.records['*'] ?? [];
      return { output: { records: structuredClone(records), url: this.url, title: 'Page' }, url: this.url };
    }
    return { url: this.url };
  }

  async snapshot(): Promise<PageSnapshot> {
    this.snapshotCalls++;
    return { url: this.url, title: 'Page', elements: [], text: '', signature: 'sig', truncated: false, ...this.snap };
  }
}
