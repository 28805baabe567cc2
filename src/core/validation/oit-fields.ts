/** The checks of an OIT checklist's own kinds of value: item code, sub-indicator, web address, status. */

import type { DocumentHeader } from '../documents/header';
import { readOitItemCode } from '../oit/oit-item-code';
import { oitItemList } from '../oit/oit-item-lists';
import { OIT_STATUSES, readOitStatus } from '../oit/oit-status';
import { parseSubIndicatorCode } from '../oit/sub-indicator-code';
import { isOnWebsite, webAddressHost } from '../values/web-address';
import { type Check, error, warning } from './check';

/** A code that reads as o1 …; in a year with a built-in list, one of that list's items. */
export function checkItemCode(text: string, header: DocumentHeader): Check[] {
  const code = readOitItemCode(text);
  if (code === undefined) return [error({ code: 'not-an-oit-code', value: text })];
  const year = header.fiscalYear;
  const list = year === undefined ? undefined : oitItemList(year);
  if (year === undefined || !list || list.items.some((i) => i.code === code)) return [];
  const known = `${list.items[0]?.code ?? ''}–${list.items[list.items.length - 1]?.code ?? ''}`;
  return [error({ code: 'not-in-item-list', value: text, fiscalYear: year, known })];
}

/** A sub-indicator that reads as 9.n or 10.n, its name after it or not. */
export function checkSubIndicator(text: string): Check[] {
  return parseSubIndicatorCode(text) ? [] : [error({ code: 'not-a-sub-indicator', value: text })];
}

/**
 * Web addresses one a line, each http(s); a warning for one off the organization's website (its
 * subdomains included), which the NACC's reviewer may not accept as the organization's own.
 */
export function checkWebAddresses(text: string, website: string | undefined): Check[] {
  const own = website ? webAddressHost(website) : undefined;
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap((line) => {
      const host = webAddressHost(line);
      if (host === undefined) return [error({ code: 'not-a-url', value: line })];
      if (own === undefined || isOnWebsite(host, own)) return [];
      return [warning({ code: 'url-off-website', value: line, website: own })];
    });
}

/** One of the four statuses (เผยแพร่แล้ว, อยู่ระหว่างดำเนินการ, ยังไม่ดำเนินการ, ไม่ต้องเผยแพร่). */
export function checkStatus(text: string): Check[] {
  if (readOitStatus(text) !== undefined) return [];
  return [error({ code: 'unknown-option', value: text, allowed: OIT_STATUSES.map((s) => s.th) })];
}
