// @vitest-environment happy-dom
import { createRedactor, redactData, MASK } from '../redact';
import { takeSnapshot } from '../snapshot';
import { setDocument } from '../../__tests__/fixture';

describe('secret redaction', () => {
  it('masks every occurrence of a secret in text, the longest secret first', () => {
    const r = createRedactor(['ada@example.com', 'example', '  ']);
    expect(r.text('Signed in as ada@example.com (ada@example.com)')).toBe(`Signed in as ${MASK} (${MASK})`);
    expect(r.text('an example page')).toBe(`an ${MASK} page`);
    expect(r.text('nothing here')).toBe('nothing here');
  });

  it('hides a field value that is or holds a secret; a short secret only as the whole value', () => {
    const r = createRedactor(['4711', 'ab']);
    expect(r.hides('4711')).toBe(true);
    expect(r.hides('PIN 4711 ok')).toBe(true);
    expect(r.hides(' ab ')).toBe(true);
    expect(r.hides('abc')).toBe(false);
    expect(r.text('a cab')).toBe('a cab');
    expect(createRedactor([]).hides('anything')).toBe(false);
  });

  it('masks secrets in extracted data: whole values, parts of text, nested records', () => {
    const r = createRedactor(['ada@example.com', '42']);
    expect(redactData({ records: [{ email: 'ada@example.com', note: 'mail ada@example.com today', n: 42, pin: '42' }], count: 1 }, r))
      .toEqual({ records: [{ email: MASK, note: `mail ${MASK} today`, n: 42, pin: MASK }], count: 1 });
  });

  it('treats secrets as literal text, not patterns', () => {
    expect(createRedactor(['a+b.c*']).text('x a+b.c* y aabbc')).toBe(`x ${MASK} y aabbc`);
  });

  it('keeps a secret typed into an ordinary field out of the snapshot: value, echoed text, names, title', () => {
    const secret = 'correct horse battery staple, a long passphrase';
    setDocument(`<title>Welcome ${secret}</title>
      <label for="code">Member code</label><input id="code" value="${secret}">
      <label for="city">City</label><input id="city" value="Berlin">
      <p>You entered ${secret}.</p><div role="status">Saved ${secret}</div>
      <button>Add to cart</button><button>Add to cart</button>`);
    const snap = takeSnapshot(document, { layout: 'none', secrets: [secret] });
    const byName = (name: string) => snap.elements.find((e) => e.name.startsWith(name));
    expect(byName('Member code')?.value).toBe(MASK);
    expect(byName('City')?.value).toBe('Berlin');
    expect(byName('Saved')?.name).toBe(`Saved ${MASK}`);
    expect(snap.title).toBe(`Welcome ${MASK}`);
    expect(JSON.stringify(snap)).not.toContain('horse');
    // Without the secret, the same page shows the value (the field itself is not sensitive).
    expect(JSON.stringify(takeSnapshot(document, { layout: 'none' }))).toContain('horse');
  });
});
