import type { Step } from '../plan';
import { substitute, type ValueSource } from './substitute';

/** Where the run is: the tab it acts on and the page URL after the last page step. */
export interface PageLocation { url?: string; tabId?: number }

/** Plain-data form of a context: stored after every step, and the start of a branch. */
export interface ContextSnapshot {
  params: Record<string, unknown>;
  vars: Record<string, unknown>;
  outputs: Record<string, unknown>;
  page: PageLocation;
}

/** Fields whose whole-string reference keeps the value's type (lists for forEach, records for compute). */
const TYPED_FIELDS = new Set(['items', 'input', 'params']);
/** Fields holding nested steps: substituted lazily, when the inner step runs with its loop variable. */
const NESTED_FIELDS = new Set(['steps']);

/**
 * The values a run has produced so far, in scopes: the run's root scope holds params and the
 * outputs of top-level steps; a forEach iteration or template gets a child scope with its loop
 * variable (or template params) and its own step outputs. The page location is shared by all.
 */
export class ExecutionContext implements ValueSource {
  private readonly outputs = new Map<string, unknown>();
  /** Outputs set since this context was created or forked (what `adopt` takes over). */
  private readonly changed = new Set<string>();

  private constructor(
    private readonly parent: ExecutionContext | undefined,
    private readonly params: Record<string, unknown>,
    private readonly vars: Record<string, unknown>,
    private readonly location: PageLocation,
  ) {}

  /** A root context for a run. */
  static create(init: { params?: Record<string, unknown>; page?: PageLocation } = {}): ExecutionContext {
    return new ExecutionContext(undefined, { ...init.params }, {}, { ...init.page });
  }

  /** A new, independent context from a snapshot (the snapshot is copied). */
  static fromSnapshot(snapshot: ContextSnapshot): ExecutionContext {
    const s = structuredClone(snapshot);
    const ctx = new ExecutionContext(undefined, s.params, s.vars, s.page);
    for (const [id, out] of Object.entries(s.outputs)) ctx.outputs.set(id, out);
    return ctx;
  }

  /** A child scope: loop variables and/or params that shadow the parent's. */
  child(scope: { vars?: Record<string, unknown>; params?: Record<string, unknown> }): ExecutionContext {
    return new ExecutionContext(this, { ...scope.params }, { ...scope.vars }, this.location);
  }

  /** Records a step's output in this scope. */
  setOutput(stepId: string, output: unknown): void {
    this.outputs.set(stepId, output);
    this.changed.add(stepId);
  }

  /** A step output visible from this scope (inner scopes first). */
  output(stepId: string): unknown {
    return this.outputs.has(stepId) ? this.outputs.get(stepId) : this.parent?.output(stepId);
  }

  /** Outputs recorded in this scope only, in the order they were set. */
  ownOutputs(): Array<[string, unknown]> { return [...this.outputs.entries()]; }

  /** A parameter visible from this scope. */
  param(name: string): unknown {
    return Object.hasOwn(this.params, name) ? this.params[name] : this.parent?.param(name);
  }

  /** Sets a parameter in this scope (askUser answers with a `field`). */
  setParam(name: string, value: unknown): void { this.params[name] = value; }

  /** A loop variable visible from this scope. */
  variable(name: string): unknown {
    return Object.hasOwn(this.vars, name) ? this.vars[name] : this.parent?.variable(name);
  }

  hasVariable(name: string): boolean {
    return Object.hasOwn(this.vars, name) || (this.parent?.hasVariable(name) ?? false);
  }

  /** The page the run is on. */
  get page(): Readonly<PageLocation> { return this.location; }

  /** Moves the run to another page or tab. */
  setPage(next: PageLocation): void {
    if (next.url !== undefined) this.location.url = next.url;
    if (next.tabId !== undefined) this.location.tabId = next.tabId;
  }

  /** Substitutes references in any value (see `substitute`). */
  resolve(value: unknown, options: { typed?: boolean } = {}): unknown {
    return substitute(value, this, options);
  }

  /**
   * A step with its own fields substituted, ready to run. Nested steps stay as written (their
   * loop variables are bound later); list and record fields keep their type.
   */
  resolveStep<S extends Step>(step: S): S {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(step)) {
      out[k] = NESTED_FIELDS.has(k) ? v : this.resolve(v, { typed: TYPED_FIELDS.has(k) });
    }
    return out as S;
  }

  /**
   * Everything visible from this scope as plain data (inner scopes win). The values are shared
   * with the context, not copied — stores copy on write and `fromSnapshot` copies — so taking a
   * snapshot after every step stays cheap.
   */
  snapshot(): ContextSnapshot {
    const base: ContextSnapshot = this.parent ? this.parent.snapshot() : { params: {}, vars: {}, outputs: {}, page: {} };
    return {
      params: { ...base.params, ...this.params },
      vars: { ...base.vars, ...this.vars },
      outputs: { ...base.outputs, ...Object.fromEntries(this.outputs) },
      page: { ...this.location },
    };
  }

  /**
   * A branch: an independent copy to try an alternative path. Changes to the fork never reach
   * this context; `adopt` takes a fork's outputs back when the alternative worked.
   */
  fork(): ExecutionContext { return ExecutionContext.fromSnapshot(this.snapshot()); }

  /** Takes the outputs and page location of a successful fork into this scope. */
  adopt(fork: ExecutionContext): void {
    for (const id of fork.changed) this.setOutput(id, fork.outputs.get(id));
    this.setPage(fork.location);
  }
}
