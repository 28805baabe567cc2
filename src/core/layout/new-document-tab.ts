/**
 * A new document tab as the officer first sees it: empty under its headings, except an OIT checklist
 * for a year with a shipped item list, which starts with the year's items, each not started. What
 * the officer should know of it (a list not verified, or no list for the year) is a notice: a note
 * on the first heading and the words the caller shows.
 */

import type { DocumentType } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import { checklistRecords } from '../oit/oit-checklist-records';
import { oitItemList } from '../oit/oit-item-lists';
import type { Words } from '../problems/messages';
import { documentTabLayout } from './document-tab-layout';
import type { SheetLayout } from './sheet-layout';

export interface NewDocumentTab {
  readonly layout: SheetLayout;
  readonly notice?: Words;
}

const PASTE_THE_LIST = {
  th: 'วางรายการข้อจากคู่มือของสำนักงาน ป.ป.ช. ลงในแท็บเปล่า แล้วจัดโครงสร้างเป็นแบบตรวจ OIT หรือพิมพ์ลงในแท็บนี้',
  en: "paste the NACC's list from its manual into a blank tab and structure it as an OIT checklist, or type it here",
};

function checklistNotice(
  fiscalYear: number | undefined,
  count: number,
  verified: boolean,
  source: string,
): Words {
  if (fiscalYear === undefined) {
    return {
      th: `ไม่ได้ระบุปีงบประมาณ จึงยังไม่มีรายการข้อ OIT: ${PASTE_THE_LIST.th}`,
      en: `no fiscal year, so no OIT item list: ${PASTE_THE_LIST.en}`,
    };
  }
  if (count === 0) {
    return {
      th: `ยังไม่มีรายการข้อ OIT ของปี ${fiscalYear} ในโปรแกรม: ${PASTE_THE_LIST.th}`,
      en: `no built-in OIT item list for FY ${fiscalYear}: ${PASTE_THE_LIST.en}`,
    };
  }
  const filled = {
    th: `เติมรายการข้อ OIT ของปี ${fiscalYear} ไว้ ${count} ข้อ`,
    en: `filled in the ${count} OIT items of FY ${fiscalYear}`,
  };
  if (verified) return filled;
  return {
    th: `${filled.th} รายการนี้ยังไม่ได้ยืนยัน ตรวจกับคู่มือของสำนักงาน ป.ป.ช. ก่อนใช้ ที่มา: ${source}`,
    en: `${filled.en}; this list is not verified: check it against the NACC's manual before use`,
  };
}

/** The layout of a new tab of `type` for `header`, with what to tell the officer, if anything. */
export function newDocumentTab(
  type: DocumentType,
  header: DocumentHeader,
  units: readonly string[],
): NewDocumentTab {
  if (type.id !== 'oit-checklist') return { layout: documentTabLayout(type, header, [], units) };
  const list = header.fiscalYear === undefined ? undefined : oitItemList(header.fiscalYear);
  const records = list ? checklistRecords(list) : [];
  const notice = checklistNotice(
    header.fiscalYear,
    records.length,
    list?.verified ?? false,
    list?.source ?? '',
  );
  const layout = documentTabLayout(type, header, records, units);
  return { layout: { ...layout, notes: { A1: `${notice.th} (${notice.en})` } }, notice };
}
