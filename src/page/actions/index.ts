import type { z } from 'zod';
import type { ActionExecutor } from './context';
import * as clickAction from './click';
import * as typeAction from './type';
import * as selectAction from './select';
import * as checkAction from './check';
import * as pressAction from './press';
import * as hoverAction from './hover';
import * as scrollAction from './scroll';
import * as waitAction from './wait';
import * as extractAction from './extract';

/** One registered action: the schema of its step and its executor. */
export interface RegisteredAction {
  schema: z.ZodType;
  run: ActionExecutor<never>;
}

/**
 * Step kind → action, for every step the content script executes. navigate, openTab, switchTab
 * (and `wait` for a URL) belong to the background.
 */
export const ACTIONS = {
  click: { schema: clickAction.schema, run: clickAction.click },
  type: { schema: typeAction.schema, run: typeAction.type },
  select: { schema: selectAction.schema, run: selectAction.select },
  check: { schema: checkAction.schema, run: checkAction.check },
  press: { schema: pressAction.schema, run: pressAction.press },
  hover: { schema: hoverAction.schema, run: hoverAction.hover },
  scroll: { schema: scrollAction.schema, run: scrollAction.scroll },
  wait: { schema: waitAction.schema, run: waitAction.wait },
  extract: { schema: extractAction.schema, run: extractAction.extract },
} satisfies Record<string, RegisteredAction>;

/** Step kinds the content script runs. */
export type ContentStepKind = keyof typeof ACTIONS;

/** Step kinds the background runs with the tabs API, never the content script. */
export const BACKGROUND_STEP_KINDS = ['navigate', 'openTab', 'switchTab'] as const;
