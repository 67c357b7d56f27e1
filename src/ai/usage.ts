import type { Usage } from '../core/run';

/** A usage record with nothing counted. */
export function emptyUsage(): Usage {
  return { modelCalls: 0, promptTokens: 0, completionTokens: 0 };
}

/** Sum of two usage records. */
export function addUsage(a: Usage, b: Usage): Usage {
  return {
    modelCalls: a.modelCalls + b.modelCalls,
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
  };
}

/** Rough token count for text (≈ 4 characters a token) when a server reports no usage. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Running total of everything a provider spent since it was created. */
export function createUsageMeter(): { add(u: Usage): void; totals(): Usage } {
  let total = emptyUsage();
  return {
    add(u) { total = addUsage(total, u); },
    totals: () => ({ ...total }),
  };
}
