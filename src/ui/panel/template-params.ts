import type { TemplateParamInfo } from '../../messaging/protocol';
import type { ParamValue } from '../../core/plan';
import type { PanelTarget } from '../state/target-store';
import { originOf } from '../../browser/restricted';

/** The text a param's input starts with: from the page where the param says so, else its default. */
export function initialParamText(p: TemplateParamInfo, target: PanelTarget | null): string {
  if (p.fromPage === 'url' && target?.url) return target.url;
  if (p.fromPage === 'origin' && target?.url) return originOf(target.url) ?? '';
  if (p.fromPage === 'title' && target?.title) return target.title;
  if (p.default === undefined) return '';
  return Array.isArray(p.default) ? p.default.join('\n') : String(p.default);
}

/** Form texts converted to typed param values, or the first problem in plain words. */
export function parseParams(params: TemplateParamInfo[], texts: Record<string, string>): { values: Record<string, ParamValue> } | { problem: string } {
  const values: Record<string, ParamValue> = {};
  for (const p of params) {
    const raw = (texts[p.name] ?? '').trim();
    const label = p.label || p.name;
    if (p.type === 'boolean') { values[p.name] = raw === 'true'; continue; }
    if (!raw) {
      if (p.required) return { problem: `Fill in "${label}".` };
      continue;
    }
    if (p.type === 'number') {
      const n = Number(raw.replace(',', '.'));
      if (!Number.isFinite(n)) return { problem: `"${label}" must be a number.` };
      values[p.name] = n;
    } else if (p.type === 'list') {
      values[p.name] = raw.split(/\n|,/).map((s) => s.trim()).filter(Boolean);
    } else {
      values[p.name] = raw;
    }
  }
  return { values };
}
