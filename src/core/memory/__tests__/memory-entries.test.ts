import { parseSelectorMemoryEntry } from '../memory-entries';
import { createSelectorMemory, selectorMemoryKey } from '../selector-memory';
import { MemoryKv } from '../../testing';

const locator = { description: 'Search box', strategies: [{ css: '#q' }, { label: 'Search' }] };

describe('selector memory entries from a file', () => {
  it('accepts an entry as selector memory writes it, and memory uses it', async () => {
    const key = selectorMemoryKey('https://a.example', locator);
    const entry = parseSelectorMemoryEntry({ key, strategy: { label: 'Search' } });
    expect(entry).toEqual({ key, strategy: { label: 'Search' } });
    const kv = new MemoryKv();
    await kv.set(entry!.key, entry!.strategy);
    expect((await createSelectorMemory(kv).apply('https://a.example', locator)).strategies[0]).toEqual({ label: 'Search' });
  });

  it.each([
    ['a snapshot ref', { key: 'selector:https://a.example|search box', strategy: { ref: 'e3' } }],
    ['an unknown strategy', { key: 'selector:https://a.example|search box', strategy: { magic: 'x' } }],
    ['a key of another kind', { key: 'templates:x', strategy: { css: '#q' } }],
    ['a non-web origin', { key: 'selector:javascript:alert(1)|x', strategy: { css: '#q' } }],
    ['extra fields', { key: 'selector:https://a.example|x', strategy: { css: '#q' }, more: 1 }],
    ['no object', 'selector:https://a.example|x'],
  ])('rejects %s', (_name, raw) => {
    expect(parseSelectorMemoryEntry(raw)).toBeNull();
  });
});
