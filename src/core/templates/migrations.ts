import { PlanInvalid } from '../errors';
import type { Template } from './schema';

/** Current format of saved and exported templates. Bump it with a migration when the shape changes. */
export const TEMPLATE_FORMAT = 1;

/** One upgrade of saved template data from a format to the next. */
export interface Migration {
  from: number;
  to: number;
  description: string;
  up(template: Record<string, unknown>): Record<string, unknown>;
}

type Raw = Record<string, unknown>;

/** Every known upgrade, oldest first. */
export const MIGRATIONS: Migration[] = [
  {
    from: 0,
    to: 1,
    description: '"parameters" became "params" (each "optional" became "required"), "intent" became "intents".',
    up(t) {
      const { parameters, intent, ...rest } = t;
      const out: Raw = { ...rest };
      if (parameters !== undefined && out.params === undefined) {
        out.params = Array.isArray(parameters)
          ? parameters.map((p: Raw) => {
            const { optional, ...param } = p;
            return optional === undefined ? param : { ...param, required: !optional };
          })
          : parameters;
      }
      if (intent !== undefined && out.intents === undefined) out.intents = [intent];
      return out;
    },
  },
];

/**
 * Brings template data saved in format `from` up to TEMPLATE_FORMAT, one migration at a time.
 * Data from a newer Errand (a format we do not know) is refused rather than guessed at.
 */
export function upgradeTemplate(raw: unknown, from: number): unknown {
  if (!Number.isInteger(from) || from < 0 || from > TEMPLATE_FORMAT) {
    throw new PlanInvalid(`Template data has format ${String(from)}; this version of Errand reads formats 0 to ${TEMPLATE_FORMAT}.`, { format: from });
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new PlanInvalid('Template data must be an object.', { format: from });
  }
  let t = raw as Raw;
  for (let format = from; format < TEMPLATE_FORMAT; format++) {
    const m = MIGRATIONS.find((x) => x.from === format);
    if (!m) throw new PlanInvalid(`No upgrade from template format ${format}.`, { format });
    t = m.up(t);
  }
  return t;
}

/** How a user template is kept in storage: an envelope that records its format. */
export interface StoredTemplate { format: number; template: unknown }

/** Reads a stored value: an envelope, or a bare template object from before envelopes (format 0). */
export function unwrapStored(value: unknown): StoredTemplate {
  if (value !== null && typeof value === 'object' && 'format' in value && 'template' in value) {
    return { format: Number((value as StoredTemplate).format), template: (value as StoredTemplate).template };
  }
  return { format: 0, template: value };
}

/** The value to store for a template. */
export function wrapForStorage(template: Template): StoredTemplate {
  return { format: TEMPLATE_FORMAT, template };
}
