import { createSelectorMemory, selectorMemoryKey } from '../selector-memory';
import { MemoryKv } from '../../testing';

const locator = { description: 'Search box', strategies: [{ css: '#q' }, { label: 'Search' }, { placeholder: 'Find' }] };

describe('selector memory', () => {
  it('puts the strategy that worked on this site first next time', async () => {
    const memory = createSelectorMemory(new MemoryKv());
    expect(await memory.apply('https://a.example', locator)).toEqual(locator);
    await memory.remember('https://a.example', locator, { placeholder: 'Find' });
    expect((await memory.apply('https://a.example', locator)).strategies).toEqual([{ placeholder: 'Find' }, { css: '#q' }, { label: 'Search' }]);
    expect(await memory.apply('https://b.example', locator)).toEqual(locator);
  });

  it('keeps a remembered strategy even when the plan no longer lists it', async () => {
    const memory = createSelectorMemory(new MemoryKv());
    await memory.remember('https://a.example', locator, { role: 'searchbox', name: 'Search' });
    expect((await memory.apply('https://a.example', { ...locator, description: ' search BOX ' })).strategies[0]).toEqual({ role: 'searchbox', name: 'Search' });
  });

  it('ignores snapshot refs and unreadable stored values', async () => {
    const kv = new MemoryKv();
    const memory = createSelectorMemory(kv);
    await memory.remember('https://a.example', locator, { ref: 'e12' });
    expect(kv.data.size).toBe(0);
    await kv.set(selectorMemoryKey('https://a.example', locator), { nonsense: true });
    expect(await memory.apply('https://a.example', locator)).toEqual(locator);
  });
});
