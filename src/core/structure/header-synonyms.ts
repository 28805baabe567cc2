/**
 * Wordings officers' documents head a column with, beyond each field's own `headerWords`
 * (documents/types.ts): by field key, a field key meaning the same column in every type that has
 * it. Data for the structurer's tolerant matcher (header-match.ts), kept here rather than in the
 * field specs because the sidebar bundles those and never reads a heading (its size budget).
 * Wordings the matcher already reads need no entry: filler words (ที่ การ ใน ดำเนินการ …) are dropped
 * before matching, so หน่วยงานที่รับผิดชอบ is หน่วยงานรับผิดชอบ and ระยะเวลาดำเนินการ is ระยะเวลา.
 */

export const HEADER_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  no: ['ข้อ'],
  measure: ['มาตรการ', 'กิจกรรม', 'โครงการ', 'ชื่อมาตรการ', 'ชื่อโครงการ'],
  steps: ['รายละเอียด', 'แนวทางดำเนินการ', 'ขั้นตอนปฏิบัติ'],
  period: ['ห้วงเวลา'],
  responsible: ['รับผิดชอบ'],
  monitoring: ['ติดตามประเมินผล'],
  behavior: ['ประสงค์'],
  meaning: ['คำอธิบาย'],
  practices: ['วิธีปฏิบัติ'],
  title: ['ชื่อข้อมูล', 'ข้อมูลที่ต้องเผยแพร่'],
  url: ['ลิงก์ที่เกี่ยวข้อง', 'เว็บไซต์', 'แหล่งข้อมูล'],
  note: ['รายละเอียด', 'คำอธิบาย', 'องค์ประกอบด้านข้อมูล'],
  // The NACC manual's list heads the item codes ลำดับ; where a ข้อ column is there too, ข้อ names them.
  code: ['ลำดับ'],
};
