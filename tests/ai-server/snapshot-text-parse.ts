import type { PageSnapshot, SnapshotElement } from '../../src/core/ports';
import { parseElementLine } from '../../src/core/snapshot-line';


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
    const el = parseElementLine(line);
    if (el) elements.push(el);
  }
  return {
    url: field('URL') ?? '', title: field('Title') ?? '', lang: field('Language'), elements,
    text: textPart, signature: `prompt-${elements.length}`, truncated: /\nVisible text \(truncated\):/.test(text),
  };
}
