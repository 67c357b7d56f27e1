/** One snapshot-bench row: snapshot size and cost for one page. */
export interface SnapshotRow {
  page: string;
  /** Elements in the snapshot, and all elements in the DOM. */
  elements: number;
  domElements: number;
  /** Characters and o200k tokens of the snapshot's model form. */
  chars: number;
  tokens: number;
  tokensPerElement: number;
  medianMs: number;
  p95Ms: number;
}
/** Label of the generated large page. */
export const GENERATED: string;
/** A listing page with about 10,000 elements. */
export function generatedPage(cards?: number): string;
/** Measures snapshots of each page in headless Chromium (plus the generated 10k-element page). */
export function benchSnapshots(options?: { pages?: string[]; runs?: number; executablePath?: string; args?: string[] }): Promise<SnapshotRow[]>;
/** The fixture pages in tests/fixtures/pages. */
export function fixturePages(): string[];
