import { isOnWebsite, webAddressHost } from '../../../src/core/values/web-address';

describe('webAddressHost', () => {
  it.each([
    ['https://www.nongbuathong.go.th/news?id=1', 'www.nongbuathong.go.th'],
    ['http://NongBuaThong.go.th', 'nongbuathong.go.th'],
    ['https://user:pass@evil.example.com:8080/x', 'evil.example.com'],
    ['https://www.nongbuathong.go.th.@evil.com/', 'evil.com'],
    [' https://อบต.ไทย/หน้า ', 'อบต.ไทย'],
  ])('reads the host of %j as %s', (text, host) => {
    expect(webAddressHost(text)).toBe(host);
  });

  it.each([
    '',
    'www.nongbuathong.go.th',
    'ftp://x.go.th',
    'javascript:alert(1)',
    'https://',
    'https://localhost/',
    'https://a b.go.th',
    'https://a..b/',
  ])('reads no http(s) address in %j', (text) => {
    expect(webAddressHost(text)).toBeUndefined();
  });
});

describe('isOnWebsite', () => {
  it('takes the site with or without www. and its subdomains, never a look-alike', () => {
    const site = 'www.nongbuathong.go.th';

    expect(
      [
        'nongbuathong.go.th',
        'www.nongbuathong.go.th',
        'eservice.nongbuathong.go.th',
        'evilnongbuathong.go.th',
        'go.th',
      ].map((host) => isOnWebsite(host, site)),
    ).toEqual([true, true, true, false, false]);
  });
});
