/**
 * Web addresses as officers paste them into a checklist: http(s) only, and the host they point to.
 * Read with a pattern, not `URL`: Apps Script's V8 runtime has no URL class.
 */

import { trimCell } from '../thai/whitespace';

// The scheme, then the authority up to the first / ? or #, then anything without spaces.
const ADDRESS = /^https?:\/\/([^\s/?#]+)(?:[/?#]\S*)?$/i;
// Dotted labels: "www.nongbuathong.go.th", "อบต.ไทย"; never "localhost" or "a..b".
const HOST = /^(?:[^\s.@:[\]]+\.)+[^\s.@:[\]]+$/;

/** The host (lower case) of an http(s) address, or undefined when the text is not one. */
export function webAddressHost(text: string): string | undefined {
  const match = ADDRESS.exec(trimCell(text));
  if (!match) return undefined;
  // "user:pass@host:8080": the host is after the last @ and before the port.
  const authority = match[1] ?? '';
  const host = authority
    .slice(authority.lastIndexOf('@') + 1)
    .replace(/:\d*$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
  return HOST.test(host) ? host : undefined;
}

/** The site of a website's host: "www." aside, so www.x.go.th and x.go.th are one site. */
function site(host: string): string {
  return host.replace(/^www\./, '');
}

/** True when `host` is the website's host or one of its subdomains (www. or not). */
export function isOnWebsite(host: string, websiteHost: string): boolean {
  const own = site(websiteHost);
  const other = site(host);
  return other === own || other.endsWith(`.${own}`);
}
