/** What became of a listed link, in the officer's words: one wording for the sidebar and the printed report. */

import type { SourceStatus } from './rollup-types';

export const SOURCE_STATUS_TH: Readonly<Record<SourceStatus, string>> = {
  ok: 'นำเข้าแล้ว',
  'invalid-link': 'ไม่ใช่ลิงก์ Google Sheets',
  duplicate: 'ซ้ำกับรายการก่อนหน้า',
  self: 'เป็นไฟล์ของรายงานนี้เอง',
  'not-connected': 'ยังเชื่อมต่อไม่ได้ (ยังไม่ได้กดอนุญาตให้เข้าถึง หรือยังไม่ได้แชร์ไฟล์)',
  loading: 'กำลังนำเข้าข้อมูล',
  'no-summary': 'ไม่มีข้อมูลสรุป ITA_SUMMARY',
};
