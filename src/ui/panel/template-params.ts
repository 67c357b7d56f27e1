import type { TemplateParamInfo } from '../../messaging/protocol';
import type { ParamValue } from '../../core/plan';
import type { PanelTarget } from '../state/target-store';
import { originOf } from '../../browser/restricted';

/** True for list params (`string[]`, `url[]`): one value per line in the form. */
export function isListParam(p: TemplateParamInfo): boolean {
  return p.type?.endsWith('[]') ?? false;
}

/** The text a param's input starts with: from the page where the param says so, else its default. */
export function initialParamText(p: TemplateParamInfo, target: PanelTarget | null): string {
  if (p.fromPage === 'url' && target?.url) return target.url;
  if (p.fromPage === 'origin' && target?.url) return originOf(target.url) ?? '';
  if (p.fromPage === 'title' && target?.title) return target.title;
  if (p.fromPage === 'selection' && target?.selection?.trim()) return target.selection.trim();
  if (p.default === undefined) return '';
  return Array.isArray(p.default) ? p.default.join('\n') : String(p.default);
}

function checkUrl(text: string, label: string): string | null {
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:' ? null : `"${label}" must be a web address (http or https).`;
  } catch {
    return `"${label}" must be a web address like https://shop.example.`;
  }
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
      if ((p.min !== undefined && n < p.min) || (p.max !== undefined && n > p.max)) {
        return { problem: `"${label}" must be between ${p.min ?? '−∞'} and ${p.max ?? '∞'}.` };
      }
      values[p.name] = n;
    } else if (isListParam(p)) {
      // One per line; "a, b" on a line also splits (a comma inside a URL does not).
      const items = raw.split('\n').flatMap((line) => line.split(/,\s+/)).map((s) => s.trim()).filter(Boolean);
      const bad = p.type === 'url[]' ? items.map((i) => checkUrl(i, label)).find(Boolean) : null;
      if (bad) return { problem: bad };
      values[p.name] = items;
    } else {
      const bad = p.type === 'url' ? checkUrl(raw, label) : null;
      if (bad) return { problem: bad };
      values[p.name] = p.options?.some((o) => typeof o === 'number' && String(o) === raw) ? Number(raw) : raw;
    }
  }
  return { values };
}
