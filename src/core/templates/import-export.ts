import { describeIssues, TemplateSchema, type Template } from './schema';
import { TEMPLATE_FORMAT, upgradeTemplate } from './migrations';

/** Marker of an Errand templates file. */
export const EXPORT_KIND = 'errand-templates';

/** The JSON file `exportTemplates` writes. */
export interface TemplatesFile { kind: typeof EXPORT_KIND; format: number; templates: Template[] }

/** One template of an import that could not be taken, and why. */
export interface ImportError { name?: string; message: string; issues?: Array<{ path: string; message: string }> }

/** Result of an import: `name@version` of every template taken, and the ones refused. */
export interface ImportReport { imported: string[]; errors: ImportError[] }

/** Serializes templates to the export format (pretty JSON, stable field order). */
export function serializeTemplates(templates: Template[]): string {
  const file: TemplatesFile = { kind: EXPORT_KIND, format: TEMPLATE_FORMAT, templates };
  return JSON.stringify(file, null, 2);
}

// Files written before the format marker existed use the old field names.
function guessFormat(t: unknown): number {
  const o = (t ?? {}) as Record<string, unknown>;
  return ('parameters' in o || 'intent' in o) && !('params' in o) && !('intents' in o) ? 0 : TEMPLATE_FORMAT;
}

function nameOf(t: unknown): string | undefined {
  const n = (t as { name?: unknown } | null)?.name;
  return typeof n === 'string' ? n : undefined;
}

/**
 * Reads an export file (or a bare template / list of templates), upgrades old formats and
 * validates each template. Never throws: bad JSON or bad templates land in `errors`.
 */
export function parseTemplatesFile(json: string): { templates: Template[]; errors: ImportError[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { templates: [], errors: [{ message: `The file is not valid JSON (${(e as Error).message}).` }] };
  }
  let items: unknown[];
  let format: number | undefined;
  if (Array.isArray(data)) items = data;
  else if (data !== null && typeof data === 'object' && Array.isArray((data as TemplatesFile).templates)) {
    const file = data as Partial<TemplatesFile>;
    if (file.kind !== undefined && file.kind !== EXPORT_KIND) {
      return { templates: [], errors: [{ message: `This is not an Errand templates file (kind "${String(file.kind)}").` }] };
    }
    items = file.templates as unknown[];
    format = typeof file.format === 'number' ? file.format : undefined;
  } else if (data !== null && typeof data === 'object') items = [data];
  else return { templates: [], errors: [{ message: 'The file holds no templates.' }] };

  const templates: Template[] = [];
  const errors: ImportError[] = [];
  for (const item of items) {
    try {
      const upgraded = upgradeTemplate(item, format ?? guessFormat(item));
      const r = TemplateSchema.safeParse(upgraded);
      if (r.success) templates.push(r.data);
      else {
        const issues = describeIssues(r.error);
        errors.push({ name: nameOf(item), message: `${issues[0].path ? `${issues[0].path}: ` : ''}${issues[0].message}`, issues });
      }
    } catch (e) {
      errors.push({ name: nameOf(item), message: (e as Error).message });
    }
  }
  return { templates, errors };
}
