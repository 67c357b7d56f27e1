// @vitest-environment happy-dom
import { createPageAgent } from '../agent';
import { loadFixture } from './fixture';

const step = (over: Record<string, unknown>) => ({ id: 's1', description: 'test', ...over });

describe('page agent', () => {
  beforeEach(() => loadFixture('shop-grid-a.html'));

  it('answers ping with its URL', async () => {
    const agent = createPageAgent(document, { layout: 'none' });
    expect(await agent.handle('page.ping', {})).toEqual({ ok: true, value: { ready: true, url: 'http://localhost:3000/' } });
  });

  it('takes snapshots whose refs later steps can use', async () => {
    const agent = createPageAgent(document, { layout: 'none' });
    const snap = await agent.handle('page.snapshot', { maxChars: 5000 });
    if (!snap.ok) throw new Error(snap.error.message);
    const ref = snap.value.elements.find((e) => e.name === 'Add to cart' && e.context?.startsWith('Leap'))!.ref;
    const reply = await agent.handle('page.perform', { step: step({ kind: 'click', target: { description: 'Leap add', strategies: [{ ref }] } }) });
    expect(reply).toEqual({ ok: true, value: { url: 'http://localhost:3000/', locatorUsed: `ref=${ref}`, strategy: { ref } } });
  });

  it('masks a secret typed into an ordinary field in later snapshots', async () => {
    document.body.insertAdjacentHTML('beforeend', '<label for="nick">Nickname</label><input id="nick" type="text">');
    const agent = createPageAgent(document, { layout: 'none' });
    const typeStep = step({ kind: 'type', value: 's3cret-value', target: { description: 'Nickname', strategies: [{ label: 'Nickname' }] } });
    expect((await agent.handle('page.perform', { step: typeStep, secrets: ['s3cret-value'], highlight: false })).ok).toBe(true);
    const snap = await agent.handle('page.snapshot', {});
    if (!snap.ok) throw new Error(snap.error.message);
    expect(snap.value.elements.find((e) => e.name === 'Nickname')?.value).toBe('••••');
    expect(JSON.stringify(snap.value)).not.toContain('s3cret');
    // An extraction of the page masks it too: its output is stored with the run.
    const fields = { nick: { description: 'Nickname', strategies: [{ label: 'Nickname' }] } };
    const read = await agent.handle('page.perform', { step: step({ kind: 'extract', what: 'fields', fields }), highlight: false });
    expect(read.ok && read.value.output).toMatchObject({ records: [{ nick: '••••' }] });
    // A value typed without the secrets list is ordinary text.
    await agent.handle('page.perform', { step: { ...typeStep, value: 'plain-value' }, highlight: false });
    const again = await agent.handle('page.snapshot', {});
    expect(again.ok && again.value.elements.find((e) => e.name === 'Nickname')?.value).toBe('plain-value');
  });

  it('returns extraction output in the step result', async () => {
    const agent = createPageAgent(document, { layout: 'none' });
    const reply = await agent.handle('page.perform', { step: step({ kind: 'extract', what: 'list', query: 'mirra' }), highlight: false });
    expect(reply.ok && (reply.value.output as { records: Array<{ name: string }> }).records.map((r) => r.name)).toEqual(['Mirra 2']);
  });

  it('returns errors as values, with the named class and details', async () => {
    const agent = createPageAgent(document, { layout: 'none', actionTimeoutMs: 100 });
    const reply = await agent.handle('page.perform', { step: step({ kind: 'click', target: { description: 'buy', strategies: [{ text: 'Buy now' }] } }) });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error).toMatchObject({ name: 'ElementNotFound', category: 'element-missing' });
    expect(reply.error.details?.tried).toEqual([{ strategy: 'text="Buy now"', reason: 'no match' }]);
  });

  it('rejects invalid steps and requests with PlanInvalid', async () => {
    const agent = createPageAgent(document, { layout: 'none' });
    const bad = await agent.handle('page.perform', { step: step({ kind: 'click' }) });
    expect(!bad.ok && bad.error.name).toBe('PlanInvalid');
    expect(!bad.ok && bad.error.message).toMatch(/target/);
    const wrong = await agent.handle('page.snapshot', { maxChars: 'lots' });
    expect(!wrong.ok && wrong.error.name).toBe('PlanInvalid');
    const unknown = await agent.handle('page.nope' as never, {});
    expect(!unknown.ok && unknown.error.message).toBe('Unknown page request "page.nope"');
  });

  it('leaves tab-level steps to the background', async () => {
    const agent = createPageAgent(document, { layout: 'none' });
    for (const s of [step({ kind: 'navigate', url: 'https://x.example' }), step({ kind: 'wait', for: { kind: 'url', includes: '/done' } }),
      step({ kind: 'askUser', mode: 'confirm', message: 'ok?' })]) {
      const reply = await agent.handle('page.perform', { step: s });
      expect(!reply.ok && reply.error.name).toBe('PlanInvalid');
    }
  });

  it('times a request out and answers the next one', async () => {
    const agent = createPageAgent(document, { layout: 'none', requestTimeoutMs: 100 });
    const slow = agent.handle('page.perform', { step: step({ kind: 'wait', for: { kind: 'time', ms: 5000 } }) });
    const next = agent.handle('page.ping', {});
    expect(await slow).toMatchObject({ ok: false, error: { name: 'TimeoutError', category: 'timeout' } });
    expect((await next).ok).toBe(true);
  });

  it('runs one request at a time, in order', async () => {
    const agent = createPageAgent(document, { layout: 'none' });
    const order: string[] = [];
    const a = agent.handle('page.perform', { step: step({ kind: 'wait', for: { kind: 'time', ms: 50 } }) }).then(() => order.push('wait'));
    const b = agent.handle('page.ping', {}).then(() => order.push('ping'));
    await Promise.all([a, b]);
    expect(order).toEqual(['wait', 'ping']);
  });

  it('detects the layout itself when not told', async () => {
    const agent = createPageAgent(document);
    const reply = await agent.handle('page.snapshot', {});
    expect(reply.ok && reply.value.elements.length).toBeGreaterThan(5);
  });
});
