import { safeHttpUrl } from '../../sidebar/src/safe-url';

describe('safeHttpUrl', () => {
  it('keeps http and https addresses', () => {
    const url = 'https://docs.google.com/spreadsheets/d/abc/export?format=pdf&gid=9';
    expect(safeHttpUrl(url)).toBe(url);
    expect(safeHttpUrl('http://example.go.th/')).toBe('http://example.go.th/');
  });

  it('refuses script and data addresses and text that is no address', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
  });
});
