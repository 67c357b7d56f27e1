import type { Template } from './schema';

/** The http(s) origin of a concrete URL or origin; null for placeholders, other schemes and non-URLs. */
function concreteOrigin(value: unknown): string | null {
  if (typeof value !== 'string' || value.includes('{{')) return null;
  try {
    const u = new URL(value.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

function stepUrls(steps: unknown[], out: unknown[] = []): unknown[] {
  for (const s of steps as Array<Record<string, unknown>>) {
    if (s.kind === 'navigate' || s.kind === 'openTab') out.push(s.url);
    if (Array.isArray(s.steps)) stepUrls(s.steps, out);
  }
  return out;
}

/**
 * The sites a template is made for: the concrete origins it declares, the defaults of its URL
 * parameters and the fixed URLs its steps open. Placeholders (`{{param.site}}`) name no site, so a
 * template built only on parameters fits any page (empty list).
 * @example templateSites(savedFromShopRun) // ['https://shop.example']
 */
export function templateSites(t: Template): string[] {
  const urlDefaults = t.params.filter((p) => p.type === 'url' || p.type === 'url[]').flatMap((p) => [p.default].flat());
  const candidates = [...(t.origins ?? []), ...urlDefaults, ...stepUrls(t.steps)];
  return [...new Set(candidates.map(concreteOrigin).filter((o): o is string => o !== null))];
}
