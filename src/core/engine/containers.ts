import type { ForEachStepT, PageStep, PaginateStepT, Step } from '../plan';
import { ErrandError } from '../errors';
import type { ExecutionContext } from '../context';
import { stepsWeight, stepWeight } from '../progress';
import { checkpoint } from './halt';
import { iterationPrefix, nextClickId, templatePrefix } from './step-ids';
import { dedupe, recordKey, recordsOf, type DataRecord } from './records';
import { markFinished, markStarted } from './step-state';
import { runPageStep } from './page-step';
import { validateSteps } from './validate-plan';
import { runList } from './walker';
import type { Runtime, Session } from './runtime';
import type { Scope } from './scope';

/** Records of the last records-producing step of `steps` in this scope, each with a `source` URL. */
function lastRecords(ctx: ExecutionContext, steps: readonly Step[]): DataRecord[] {
  const own = new Map(ctx.ownOutputs());
  for (let i = steps.length - 1; i >= 0; i--) {
    const out = own.get(steps[i].id);
    const records = recordsOf(out);
    if (!records) continue;
    const url = (out as { url?: unknown }).url ?? ctx.page.url;
    return records.map((r) => (r.source === undefined && typeof url === 'string' ? { ...r, source: url } : r));
  }
  return [];
}

async function begin(rt: Runtime, s: Session, step: Step, stateId: string): Promise<void> {
  if (s.run.steps[stateId]?.status !== 'started') await markStarted(rt, s, step, stateId);
}

/** forEach: the body once per item, with the item bound to `{{as}}`; output = concatenated records. */
export async function runForEach(rt: Runtime, s: Session, step: ForEachStepT, stateId: string, scope: Scope, cursorAfter?: number): Promise<void> {
  const items = scope.ctx.resolve(step.items, { typed: true });
  if (!Array.isArray(items)) throw new ErrandError(`The items of "${step.description}" are not a list`, 'validation', { items });
  await begin(rt, s, step, stateId);
  s.tracker.grow(stepsWeight(step.steps) * items.length - stepWeight(step));
  const records: DataRecord[] = [];
  for (let k = 0; k < items.length; k++) {
    checkpoint(s);
    const iter = scope.ctx.child({ vars: { [step.as]: items[k] } });
    await runList(rt, s, { ctx: iter, prefix: iterationPrefix(stateId, k), list: () => step.steps, top: false, editable: scope.editable });
    records.push(...lastRecords(iter, step.steps));
  }
  const output = { records };
  scope.ctx.setOutput(step.id, output);
  await markFinished(rt, s, step, stateId, output, { cursorAfter, ctxSnapshot: () => scope.ctx.snapshot() });
}

/**
 * paginate: the body on every page, then a click on `next`; stops at maxPages, when `next` is not
 * found (a normal end), or on a page without new records (stopWhen noNewRecords).
 * Output = de-duplicated records and the number of pages read.
 */
export async function runPaginate(rt: Runtime, s: Session, step: PaginateStepT, stateId: string, scope: Scope, cursorAfter?: number): Promise<void> {
  await begin(rt, s, step, stateId);
  const seen = new Set<string>();
  const records: DataRecord[] = [];
  const pageWeight = stepsWeight(step.steps) + 1;
  let pages = 0;
  for (let p = 0; p < step.maxPages; p++) {
    checkpoint(s);
    if (p > 0) s.tracker.grow(pageWeight);
    const iter = scope.ctx.child({});
    await runList(rt, s, { ctx: iter, prefix: iterationPrefix(stateId, p), list: () => step.steps, top: false, editable: scope.editable });
    pages = p + 1;
    const fresh = dedupe(lastRecords(iter, step.steps)).filter((r) => !seen.has(recordKey(r)));
    for (const r of fresh) { seen.add(recordKey(r)); records.push(r); }
    if (step.stopWhen === 'noNewRecords' && p > 0 && fresh.length === 0) { s.tracker.grow(-1); break; }
    if (p === step.maxPages - 1) { s.tracker.grow(-1); break; }
    const nextId = nextClickId(stateId, p);
    const nextState = s.run.steps[nextId]?.status;
    if (nextState === 'skipped') break;
    if (nextState === 'done') continue;
    const click: PageStep = {
      id: `${step.id.slice(0, 58)}-next`, kind: 'click', target: step.next, description: 'Go to the next page',
      // A short wait: on the last page "Next" is missing or disabled and should end paging quickly.
      confidence: step.confidence, risk: 'low', retry: step.retry, timeoutMs: step.timeoutMs ?? 3_000,
    };
    const ended = await runPageStep(rt, s, iter.resolveStep(click), nextId, { ...scope, ctx: iter }, { endOnMissing: true });
    if (ended !== 'done') break;
  }
  const output = { records, pages };
  scope.ctx.setOutput(step.id, output);
  await markFinished(rt, s, step, stateId, output, { cursorAfter, ctxSnapshot: () => scope.ctx.snapshot() });
}

/** useTemplate: the template's steps (validated against its params) in their own scope. */
export async function runTemplate(rt: Runtime, s: Session, step: Extract<Step, { kind: 'useTemplate' }>, stateId: string, scope: Scope, cursorAfter?: number): Promise<void> {
  const resolveTemplate = rt.deps.resolveTemplate;
  if (!rt.config.flags.templates || !resolveTemplate) throw new ErrandError('Templates are turned off in this build', 'validation', { template: step.template });
  const params = scope.ctx.resolve(step.params, { typed: true }) as Record<string, unknown>;
  const steps = validateSteps(await resolveTemplate(step.template, step.version, params), Object.keys(params), `Template ${step.template}`);
  await begin(rt, s, step, stateId);
  s.tracker.grow(stepsWeight(steps) - stepWeight(step));
  const inner = scope.ctx.child({ params });
  await runList(rt, s, { ctx: inner, prefix: templatePrefix(stateId), list: () => steps, top: false, editable: false });
  const records = lastRecords(inner, steps);
  const output = { records };
  scope.ctx.setOutput(step.id, output);
  await markFinished(rt, s, step, stateId, output, { cursorAfter, ctxSnapshot: () => scope.ctx.snapshot() });
}
