import { restrictedReason, originOf } from '../restricted';

describe('restrictedReason', () => {
  it.each([
    ['chrome://extensions', /browser pages/],
    ['chrome-extension://abc/sidepanel.html', /browser pages/],
    ['https://chromewebstore.google.com/detail/x', /stores/],
    ['https://chrome.google.com/webstore/category', /stores/],
    ['https://example.com/report.pdf', /PDF/],
    ['about:blank', /blank/],
    ['not a url', /not a web page/],
    [undefined, /no page/],
    ['data:text/html,hi', /cannot act on data:/],
  ])('refuses %s', (url, why) => {
    expect(restrictedReason(url)).toMatch(why);
  });

  it('allows ordinary web pages', () => {
    expect(restrictedReason('https://shop.example/p/1?q=a')).toBeNull();
    expect(restrictedReason('http://127.0.0.1:4301/')).toBeNull();
  });
});

describe('originOf', () => {
  it('gives the origin of web URLs and null otherwise', () => {
    expect(originOf('http://127.0.0.1:4301/a?b')).toBe('http://127.0.0.1:4301');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('nope')).toBeNull();
  });
});
