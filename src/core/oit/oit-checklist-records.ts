/** An OIT item list as the records of a checklist: each item not started, to be filled in. */

import type { DocumentRecord } from '../documents/document-type';
import type { OitItemList } from './oit-item-lists';
import { oitStatusLabel } from './oit-status';

/** "9.1 ข้อมูลพื้นฐาน": the code the score reads, and the name the officer reads. */
function subIndicatorText(list: Pick<OitItemList, 'subIndicators'>, code: string): string {
  const name = list.subIndicators.find((s) => s.code === code)?.th ?? '';
  return name === '' ? code : `${code} ${name}`;
}

/** One checklist record per item of the list, in its order, status ยังไม่ดำเนินการ (not started). */
export function checklistRecords(list: Pick<OitItemList, 'subIndicators' | 'items'>): DocumentRecord[] {
  const notStarted = oitStatusLabel('not-started');
  return list.items.map((item) => ({
    code: item.code,
    title: item.title,
    subIndicator: subIndicatorText(list, item.subIndicator),
    url: '',
    status: notStarted,
    responsible: [],
    due: '',
    note: '',
  }));
}
