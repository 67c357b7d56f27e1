import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}
const source = (dir: string) => files(dir).filter((f) => !f.includes('__tests__') && !f.includes('.test.'));

describe('architecture rules', () => {
  it('keeps src/core free of browser APIs and the DOM', () => {
    const offenders = source('src/core').filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /from ['"](wxt\/|webextension-polyfill|preact)/.test(text)
        || /\bchrome\.|\bbrowser\.(runtime|tabs|storage|scripting)|\bdocument\.|\bwindow\./.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps source files small enough to read', () => {
    const big = [...source('src'), ...source('entrypoints')].filter((f) => readFileSync(f, 'utf8').split('\n').length > 300);
    expect(big).toEqual([]);
  });
});
