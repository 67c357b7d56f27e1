/** A model answer read as JSON, or why it could not be. */
export type JsonAnswer =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'empty' | 'not-json' | 'truncated'; message: string };

/** Index just past the bracket that closes the one at `start`, or -1 when the text ends first. */
function closingIndex(text: string, start: number): number {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c === '{' ? '}' : ']');
    else if (c === '}' || c === ']') {
      if (stack.pop() !== c) return i + 1; // mismatched: let JSON.parse report it
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

function tryParse(text: string): { ok: true; value: unknown } | undefined {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

const truncated = (): JsonAnswer => ({ ok: false, problem: 'truncated', message: 'The AI answer stopped before its JSON was complete.' });

/**
 * Reads the JSON object in a model answer: accepts bare JSON, ```json fences and JSON wrapped in
 * prose; drops <think> blocks; tells a truncated answer apart from one that is not JSON at all.
 * @example readJsonAnswer('Sure! ```json\n{"a":1}\n```') // { ok: true, value: { a: 1 } }
 */
export function readJsonAnswer(raw: string, finishReason?: string): JsonAnswer {
  const text = raw.replace(/<think>[\s\S]*?(<\/think>|$)/gi, '').trim();
  if (!text) return finishReason === 'length' ? truncated() : { ok: false, problem: 'empty', message: 'The AI answer was empty.' };
  const whole = tryParse(text);
  if (whole) return whole;

  for (const fence of text.matchAll(/```(?:json|JSON)?\s*\n?([\s\S]*?)```/g)) {
    const inner = tryParse(fence[1].trim());
    if (inner) return inner;
  }

  let sawUnclosed = false;
  let start = text.search(/[{[]/);
  for (let tries = 0; start >= 0 && tries < 20; tries++) {
    const end = closingIndex(text, start);
    // Unclosed runs to the end of the text: every later bracket is nested inside it, so stop here.
    if (end < 0) {
      sawUnclosed = true;
      break;
    }
    const slice = tryParse(text.slice(start, end));
    if (slice && typeof slice.value === 'object' && slice.value !== null) return slice;
    const next = text.slice(start + 1).search(/[{[]/);
    start = next < 0 ? -1 : start + 1 + next;
  }
  if (sawUnclosed || finishReason === 'length') return truncated();
  return { ok: false, problem: 'not-json', message: 'The AI answer was not valid JSON.' };
}
