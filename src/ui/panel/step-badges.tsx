import type { Step } from '../../core/plan';

/** Low confidence (< 0.6) threshold: such steps are flagged for a closer look. */
export const LOW_CONFIDENCE = 0.6;

/** Confidence and risk of a step; low confidence and high risk stand out. */
export function StepBadges({ step }: { step: Step }) {
  const confidence = step.confidence ?? 1;
  const low = confidence < LOW_CONFIDENCE;
  return (
    <span class="badges">
      <span class={low ? 'badge warn' : 'badge'}>{low ? 'Low confidence' : 'Confidence'} {Math.round(confidence * 100)}%</span>
      {step.risk === 'high' && <span class="badge danger">High risk: asks before acting</span>}
      {step.optional && <span class="badge">Optional</span>}
    </span>
  );
}
