import { BenchArgsError, parseBenchArgs, SECTIONS } from '../../bench/args';

const exists = (files: string[]) => (p: string) => files.includes(p);

describe('npm run bench flags', () => {
  it('runs every section with each one\'s default runs when given no flags', () => {
    expect(parseBenchArgs([])).toEqual({ pages: [], runs: undefined, json: false, only: [...SECTIONS], help: false });
  });

  it('takes pages comma-separated and repeated, URLs as given and existing files', () => {
    const args = parseBenchArgs(['--pages', 'https://a.example/,page.html', '--pages', 'http://b.example/x'], exists(['page.html']));
    expect(args.pages).toEqual(['https://a.example/', 'page.html', 'http://b.example/x']);
  });

  it('turns a file: URL into a path', () => {
    expect(parseBenchArgs(['--pages', 'file:///tmp/p.html'], exists(['/tmp/p.html'])).pages).toEqual(['/tmp/p.html']);
  });

  it('refuses a page that is neither a URL nor an existing file', () => {
    expect(() => parseBenchArgs(['--pages', 'missing.html'], exists([]))).toThrow(/no such file: missing\.html/);
  });

  it('keeps the sections asked for, in report order, repeated or comma-separated', () => {
    expect(parseBenchArgs(['--only', 'planning', '--only', 'snapshot']).only).toEqual(['snapshot', 'planning']);
    expect(parseBenchArgs(['--only', 'engine,planning']).only).toEqual(['engine', 'planning']);
  });

  it('reads --runs and --json', () => {
    expect(parseBenchArgs(['--runs', '7', '--json'])).toMatchObject({ runs: 7, json: true });
  });

  it.each([
    [['--only', 'network']],
    [['--runs', '0']],
    [['--runs', 'many']],
    [['--runs', '2.5']],
    [['--pages', ',']],
    [['--fast']],
    [['snapshot']],
    [['--json=yes']],
  ])('rejects %j as a bad flag', (argv) => {
    expect(() => parseBenchArgs(argv, exists([]))).toThrow(BenchArgsError);
  });
});
