import { useSignal } from '@preact/signals';
import { useEnv } from '../env';
import { errorText } from '../state/error-text';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What each part of an import report counts, in words. */
const IMPORT_WORDS: Record<string, string> = {
  runs: 'run', events: 'event', templates: 'template', planCache: 'cached plan', selectorMemory: 'remembered selector',
};

/** Plan cache, selector memory, history pruning, and export/import of all data. */
export function DataSection() {
  const { client, download } = useEnv();
  const keep = useSignal('100');
  const status = useSignal('');

  async function run(action: () => Promise<string>) {
    status.value = 'Working…';
    try { status.value = await action(); } catch (e) { status.value = `Failed: ${errorText(e)}`; }
  }
  const clearCache = () => run(async () => `Cleared ${plural((await client.request('cache.clear', {})).cleared, 'cached plan')}.`);
  const clearMemory = () => run(async () => `Cleared ${plural((await client.request('memory.clear', {})).cleared, 'remembered selector')}.`);
  const prune = () => run(async () => {
    const n = Number(keep.value);
    if (!Number.isInteger(n) || n < 0) throw new Error('Keep must be a whole number, 0 or more.');
    return `Deleted ${plural((await client.request('history.prune', { keep: n })).deleted, 'old run')}.`;
  });
  const exportAll = () => run(async () => {
    const data = await client.request('data.export', {});
    const name = `errand-data-${new Date().toISOString().slice(0, 10)}.json`;
    download(name, new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json;charset=utf-8' }));
    return `Saved ${name}.`;
  });
  const importFile = (file: File) => run(async () => {
    let data: unknown;
    try { data = JSON.parse(await file.text()); } catch { throw new Error(`${file.name} is not a JSON file.`); }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file.name} is not an Errand export.`);
    const { imported } = await client.request('data.import', { data: data as Record<string, unknown> });
    const parts = Object.entries(imported).filter(([, v]) => v > 0).map(([k, v]) => plural(v, IMPORT_WORDS[k] ?? k));
    return `Imported ${parts.length ? parts.join(', ') : 'nothing'}.`;
  });

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <div class="row">
        <button type="button" onClick={() => void clearCache()}>Clear plan cache</button>
        <button type="button" onClick={() => void clearMemory()}>Clear selector memory</button>
      </div>
      <div class="row">
        <label for="prune-keep" style={{ margin: 0 }}>Keep newest runs</label>
        <input id="prune-keep" type="number" min={0} step={1} value={keep.value} style={{ width: '90px' }}
          onInput={(e) => { keep.value = e.currentTarget.value; }} />
        <button type="button" onClick={() => void prune()}>Prune history</button>
      </div>
      <div class="row">
        <button type="button" onClick={() => void exportAll()}>Export all data</button>
        <label for="import-file" style={{ margin: 0 }}>Import data</label>
        <input id="import-file" type="file" accept="application/json,.json" style={{ width: 'auto' }}
          onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void importFile(f); e.currentTarget.value = ''; }} />
      </div>
      <p class="hint">Exports hold runs, templates, cached plans and selector memory, never API keys or secrets.</p>
      <p class="hint" role="status">{status.value}</p>
    </section>
  );
}
