import { createRouter, isOwnExtensionPage } from '../router';
import { envelope } from '../../messaging/protocol';

const ID = 'abcdefghijklmnop';
const panel = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };

describe('background router', () => {
  it('answers a valid request from the panel with the handler value', async () => {
    const route = createRouter({ 'run.get': async ({ runId }) => ({ id: runId }) as never }, ID);
    await expect(route(envelope('run.get', { runId: 'r1' }), panel)).resolves.toEqual({ ok: true, value: { id: 'r1' } });
  });

  it('refuses content scripts and web pages, as a value', async () => {
    const route = createRouter({ 'run.start': async () => ({ runId: 'x' }) }, ID);
    const fromPage = { id: ID, url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } };
    const reply = await route(envelope('run.start', { goal: 'buy', tabId: 3 }), fromPage);
    expect(reply).toMatchObject({ ok: false, error: { name: 'PolicyDenied' } });
    expect(await route(envelope('run.start', { goal: 'x', tabId: 1 }), { id: 'other', url: panel.url })).toMatchObject({ ok: false });
  });

  it('explains a malformed payload in words', async () => {
    const route = createRouter({ 'run.start': async () => ({ runId: 'x' }) }, ID);
    const reply = await route(envelope('run.start', { goal: '   ', tabId: 1 }), panel);
    expect(reply).toMatchObject({ ok: false, error: { name: 'PlanInvalid', message: 'Type a goal first.' } });
  });

  it('ignores messages that are not Errand envelopes and reports unknown handlers', async () => {
    const route = createRouter({}, ID);
    expect(await route({ hello: 1 }, panel)).toBeUndefined();
    expect(await route(envelope('run.pause', { runId: 'r' }), panel)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Unknown request/) } });
  });

  it('returns handler errors as values', async () => {
    const route = createRouter({ 'run.pause': async () => { throw new Error('boom'); } }, ID);
    expect(await route(envelope('run.pause', { runId: 'r' }), panel)).toEqual({ ok: false, error: { name: 'Error', message: 'boom', category: 'fatal' } });
  });

  it('recognises only own extension pages', () => {
    expect(isOwnExtensionPage(panel, ID)).toBe(true);
    expect(isOwnExtensionPage({ id: ID, url: `chrome-extension://${ID}/sidepanel.html?tabId=4`, tab: { id: 9, url: `chrome-extension://${ID}/sidepanel.html` } }, ID)).toBe(true);
    expect(isOwnExtensionPage({ id: ID, url: 'http://127.0.0.1/' }, ID)).toBe(false);
  });
});
