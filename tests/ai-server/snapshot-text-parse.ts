import type { PageSnapshot, SnapshotElement } from '../../src/core/ports';

const ELEMENT = /^(\S+) (\S+) "(.*?)"(?: value="(.*?)"| value=\[hidden\])?(?: \[([^\]]*)\])?(?: → (\S+))?(?: — in: (.*))?$/;

/**
 * Rebuilds a PageSnapshot from the text `renderSnapshot` put in a prompt, so planner mode can hand
 * a planner the page it would have seen. Lossy: tags are unknown, long texts were clipped.
 */
export function parseSnapshotText(text: string): PageSnapshot {
  const [head, textPart = ''] = text.split(/\nVisible text(?: \(truncated\))?:\n/);
  const lines = head.split('\n');
  const field = (name: string) => lines.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
  const elements: SnapshotElement[] = [];
  const start = lines.findIndex((l) => l.startsWith('Elements ('));
  for (const line of start >= 0 ? lines.slice(start + 1) : []) {
    const m = ELEMENT.exec(line);
    if (!m) continue;
    const [, ref, role, name, value, state, href, context] = m;
    elements.push({
      ref, role, name, tag: '',
      ...(value !== undefined ? { value } : {}),
      ...(state ? { state: state.split(', ') } : {}),
      ...(href ? { href } : {}),
      ...(context ? { context } : {}),
    });
  }
  return {
    url: field('URL') ?? '', title: field('Title') ?? '', lang: field('Language'), elements,
    text: textPart, signature: `prompt-${elements.length}`, truncated: /\nVisible text \(truncated\):/.test(text),
  };
}
