// A stand-in for a model, for example (c) with the local test server. The offline planner only
// plans fields it can see, and the steps of a multi-step form are hidden until "Next" is pressed,
// so the test server cannot plan this goal with Errand's own offline planner. This planner
// answers the way a capable model would for the Northwind application: it reads the goal's
// "field: value" pairs and replies with the steps of examples/templates/northwind-application.json.
// It is a scripted answer for this one form, not a model: with a real provider the model plans.
import { readFileSync } from 'node:fs';
import { parseGoal } from '../../src/core/planning';
import { instantiateTemplate, paramsFromGoal, parseTemplatesFile } from '../../src/core/templates';
import type { PlannerFn } from '../../tests/ai-server/server';
import { offlinePlannerMode } from '../../tests/ai-server/offline-planner-mode';

const [application] = parseTemplatesFile(readFileSync('examples/templates/northwind-application.json', 'utf8')).templates;

/** Plans the Northwind application from the goal; other goals go to Errand's offline planner. */
export const applicationModel: PlannerFn = (input) => {
  // Asked to recover after a step failed (the form rejected a value): a model has no way around
  // that, so it proposes no new steps and the run stops with the form's error for the person.
  if (JSON.stringify(input.request.body?.messages ?? []).includes('Failed step:')) return { steps: [] };
  const parsed = parseGoal(input.goal);
  const isApplication = /\/apply\b/.test(input.url ?? '') && parsed.intent === 'fill';
  if (!isApplication) return offlinePlannerMode(input);
  const { params, missing } = paramsFromGoal(application, parsed, { goal: input.goal });
  if (missing.length) return null;
  const plan = instantiateTemplate(application, params, { goal: input.goal });
  return { ...plan, source: 'ai', template: undefined };
};
