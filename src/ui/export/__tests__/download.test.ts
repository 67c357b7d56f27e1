// @vitest-environment happy-dom
import { downloadBlob } from '../download';

describe('downloadBlob', () => {
  it('clicks a temporary download link for the blob and removes it', () => {
    const clicked: Array<{ download: string; href: string }> = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    downloadBlob('data.csv', new Blob(['a,b'], { type: 'text/csv' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('data.csv');
    expect(clicked[0].href).toMatch(/^blob:/);
    expect(document.querySelector('a[download]')).toBeNull();
    spy.mockRestore();
  });
});
