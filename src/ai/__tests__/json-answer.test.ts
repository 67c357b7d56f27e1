import { readJsonAnswer } from '../json-answer';

describe('readJsonAnswer', () => {
  it('reads bare JSON, fenced JSON and JSON inside prose', () => {
    expect(readJsonAnswer('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(readJsonAnswer('Here:\n```json\n{"a":2}\n```\nDone.')).toEqual({ ok: true, value: { a: 2 } });
    expect(readJsonAnswer('```\n[1,2]\n```')).toEqual({ ok: true, value: [1, 2] });
    expect(readJsonAnswer('Sure! The plan is {"a":{"b":"}"}} — enjoy')).toEqual({ ok: true, value: { a: { b: '}' } } });
  });

  it('drops <think> blocks of reasoning models', () => {
    expect(readJsonAnswer('<think>maybe {"x":1}?</think>\n{"a":3}')).toEqual({ ok: true, value: { a: 3 } });
  });

  it('skips a bracketed aside in prose and finds the object after it', () => {
    expect(readJsonAnswer('Using [the schema] here: {"a":4}')).toEqual({ ok: true, value: { a: 4 } });
  });

  it('tells a truncated answer from one that is not JSON', () => {
    expect(readJsonAnswer('{"steps":[{"id":"s1","target":{"x":"y"}')).toMatchObject({ ok: false, problem: 'truncated' });
    expect(readJsonAnswer('{"a":1,, }')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(readJsonAnswer('I cannot help with that.')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(readJsonAnswer('I cannot', 'length')).toMatchObject({ ok: false, problem: 'truncated' });
    expect(readJsonAnswer('   ')).toMatchObject({ ok: false, problem: 'empty' });
    expect(readJsonAnswer('', 'length')).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it('accepts a complete answer even when the server says it hit the limit', () => {
    expect(readJsonAnswer('{"a":1}', 'length')).toEqual({ ok: true, value: { a: 1 } });
  });
});
