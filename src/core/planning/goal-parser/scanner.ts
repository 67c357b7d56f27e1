import type { GoalSpan, SpanKind } from './types';

/** One regex match on the not-yet-consumed text, with group offsets into the original text. */
export interface ScanMatch {
  start: number;
  end: number;
  text: string;
  groups: Array<{ start: number; end: number; text: string } | undefined>;
}

/**
 * Walks a goal text and lets extractors claim pieces of it. A claimed piece is blanked out in the
 * working copy (same length, so offsets keep pointing into the original) and recorded as a span,
 * so later extractors cannot read the same words twice.
 */
export class GoalScanner {
  readonly spans: GoalSpan[] = [];
  private working: string;

  constructor(readonly text: string) {
    this.working = text;
  }

  /** The text not claimed yet, blanked where claimed. */
  get rest(): string {
    return this.working;
  }

  /** All matches of `pattern` in the unclaimed text. The pattern's flags are kept; `g` and `d` are added. */
  find(pattern: RegExp): ScanMatch[] {
    const flags = new Set([...pattern.flags, 'g', 'd']);
    const re = new RegExp(pattern.source, [...flags].join(''));
    const out: ScanMatch[] = [];
    for (const m of this.working.matchAll(re)) {
      const idx = m.indices!;
      const groups = idx.slice(1).map((g) => (g ? { start: g[0], end: g[1], text: this.text.slice(g[0], g[1]) } : undefined));
      out.push({ start: idx[0][0], end: idx[0][1], text: this.text.slice(idx[0][0], idx[0][1]), groups });
      if (m[0].length === 0) break;
    }
    return out;
  }

  /** First match of `pattern` in the unclaimed text, or undefined. */
  first(pattern: RegExp): ScanMatch | undefined {
    return this.find(pattern)[0];
  }

  /** Claims [start, end) without recording a span (noise words that belong to a recognised phrase). */
  blank(start: number, end: number): void {
    this.working = this.working.slice(0, start) + ' '.repeat(end - start) + this.working.slice(end);
  }

  /** Claims [start, end) as a span of `kind`; surrounding spaces are trimmed from the span. */
  claim(kind: SpanKind, start: number, end: number): GoalSpan {
    const raw = this.text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const span = { kind, start: start + lead, end: end - trail, text: raw.trim() };
    this.spans.push(span);
    this.blank(start, end);
    return span;
  }
}
