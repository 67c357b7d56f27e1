import { makePlan, step } from '../../testing';
import { setup } from './harness';

describe('orchestrator: write-ahead persistence', () => {
  it('stores "step started" (state and event) before the driver acts, and the result before moving on', async () => {
    const plan = makePlan([step.navigate('s1', 'https://shop.example/a'), step.type('s2', 'cable'), step.click('s3'), step.extract('s4')]);
    const t = setup({ plan });
    const log: string[] = [];
    t.store.onWrite = (w) => {
      if (w.op === 'putRun') log.push(`putRun ${Object.entries(w.run.steps).map(([id, s]) => `${id}=${s.status}`).join(',')} cursor=${w.run.cursor}`);
      if (w.op === 'appendEvent' && w.event.type.startsWith('step.')) log.push(`event ${w.event.type} ${w.event.stepId}`);
    };
    const perform = t.driver.perform.bind(t.driver);
    t.driver.perform = (s, tab, signal) => { log.push(`driver ${s.id}`); return perform(s, tab, signal); };
    const run = await t.run();
    expect(run.status).toBe('done');

    for (const id of ['s1', 's2', 's3', 's4']) {
      const call = log.indexOf(`driver ${id}`);
      const before = log.slice(0, call);
      expect(before).toContain(`event step.started ${id}`);
      expect(before.filter((l) => l.startsWith('putRun')).at(-1)).toMatch(new RegExp(`${id}=started`));
      const after = log.slice(call + 1);
      const finished = after.find((l) => l.startsWith('putRun'));
      expect(finished).toMatch(new RegExp(`${id}=done`));
      expect(finished).toContain(`cursor=${Number(id.slice(1))}`);
    }
  });

  it('writes the run as running before its first step, and snapshots the context after every step', async () => {
    const t = setup({ plan: makePlan([step.navigate('s1', 'https://shop.example/a'), step.extract('s2')]) });
    let statusAtFirstCall: string | undefined;
    t.driver.on('s1', () => {
      statusAtFirstCall = [...t.store.runs.values()][0].status;
      return { url: 'https://shop.example/a' };
    });
    const run = await t.run();
    expect(statusAtFirstCall).toBe('running');
    const snaps = await t.store.getSnapshots(run.id);
    expect(snaps.map((s) => s.stepId)).toEqual(['s1', 's2']);
    expect(snaps[1].context).toMatchObject({ outputs: { s1: { url: 'https://shop.example/a' }, s2: { records: [] } }, page: { url: 'https://shop.example/a', tabId: 7 } });
  });

  it('does not store snapshots when they are turned off', async () => {
    const t = setup({ config: { snapshots: false } });
    const run = await t.run();
    expect(await t.store.getSnapshots(run.id)).toEqual([]);
  });
});
