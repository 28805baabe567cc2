/**
 * The item list a checklist stands for: its codes, titles and sub-indicators, in its order. A checklist
 * made from the year's pasted list is that year's list, which a checklist of last year can be matched to.
 */

import type { DocumentRecord } from '../documents/document-type';
import { fieldText } from '../reports/record-text';
import { readOitItemCode } from './oit-item-code';
import type { OitItem, OitItemList, OitSubIndicator } from './oit-item-lists';
import { parseSubIndicatorCode, subIndicatorName } from './sub-indicator-code';

/**
 * The items of a checklist's records, each under the last sub-indicator named above it (a checklist
 * names it on a group's first row); rows without a code or a title are left out.
 */
export function checklistItemList(
  records: readonly DocumentRecord[],
  fiscalYear: number | undefined,
  source: string,
): OitItemList {
  const items: OitItem[] = [];
  const subIndicators: OitSubIndicator[] = [];
  let current = '';
  for (const record of records) {
    const written = fieldText(record, 'subIndicator');
    const code = parseSubIndicatorCode(written)?.code;
    if (code) {
      current = code;
      const th = subIndicatorName(written);
      if (!subIndicators.some((s) => s.code === code)) subIndicators.push({ code, th });
    }
    const item = readOitItemCode(fieldText(record, 'code'));
    const title = fieldText(record, 'title');
    if (item && title !== '') items.push({ code: item, title, subIndicator: current });
  }
  return {
    fiscalYears: fiscalYear === undefined ? [] : [fiscalYear],
    verified: false,
    source,
    subIndicators,
    items,
  };
}
