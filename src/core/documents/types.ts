/**
 * The six document types of DESIGN §3 as data: field keys in column order, the Thai labels the
 * official documents head their columns with, and the words that recognise a pasted header.
 */

import { DOCUMENT_CATALOG, DOCUMENT_TYPE_IDS, isDocumentTypeId } from '../catalog';
import type { DocumentType, DocumentTypeId } from './document-type';
import type { FieldSpec } from './field';

const field = (
  key: string,
  th: string,
  en: string,
  kind: FieldSpec['kind'],
  required: boolean,
  headerWords: readonly string[],
): FieldSpec => ({ key, th, en, kind, required, headerWords });

const NO = field('no', 'ลำดับ', 'no.', 'ordinal', false, ['ลำดับ', 'ที่']);
const STEPS = field('steps', 'ขั้นตอนหรือวิธีการ', 'steps', 'list', true, ['ขั้นตอน', 'วิธีการ', 'วิธีปฏิบัติ']);
const PERIOD = field('period', 'ช่วงระยะเวลาดำเนินการ', 'period', 'period', false, ['ระยะเวลา', 'ช่วงเวลา']);
const RESPONSIBLE = field('responsible', 'ผู้รับผิดชอบ', 'responsible', 'units', true, [
  'ผู้รับผิดชอบ',
  'หน่วยงานรับผิดชอบ',
]);

export const MEASURES: DocumentType = {
  id: 'measures',
  th: DOCUMENT_CATALOG.measures.th,
  en: DOCUMENT_CATALOG.measures.en,
  recordTh: 'มาตรการ',
  recordEn: 'measure',
  fields: [
    NO,
    field('measure', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'measure', 'text', true, ['มาตรการ']),
    STEPS,
    PERIOD,
    RESPONSIBLE,
    field('monitoring', 'การกำกับติดตาม', 'monitoring', 'text', true, ['กำกับติดตาม', 'การติดตาม', 'ติดตาม']),
  ],
};

export const RESULTS: DocumentType = {
  id: 'results',
  th: DOCUMENT_CATALOG.results.th,
  en: DOCUMENT_CATALOG.results.en,
  recordTh: 'มาตรการ',
  recordEn: 'measure',
  fields: [
    field('no', 'ลำดับที่', 'no.', 'ordinal', false, ['ลำดับ', 'ที่']),
    field('measure', 'มาตรการหรือกิจกรรมที่ดำเนินการ', 'measure', 'text', true, ['มาตรการ', 'กิจกรรม']),
    field('steps', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'steps', 'list', false, ['ขั้นตอน', 'วิธีการ', 'วิธีปฏิบัติ']),
    field('period', 'ช่วงระยะเวลาในการดำเนินการ', 'period', 'period', true, ['ระยะเวลา', 'ช่วงเวลา']),
    RESPONSIBLE,
    field('output', 'ผลการดำเนินการ', 'output', 'text', true, ['ผลการดำเนินการ', 'ผลการดำเนินงาน', 'ผลผลิต']),
    field('outcome', 'ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ', 'outcome', 'text', false, ['ผลลัพธ์', 'ผลสัมฤทธิ์']),
  ],
};

export const ETHICS: DocumentType = {
  id: 'ethics',
  th: DOCUMENT_CATALOG.ethics.th,
  en: DOCUMENT_CATALOG.ethics.en,
  recordTh: 'มาตรฐาน',
  recordEn: 'standard',
  fields: [
    field('behavior', 'พฤติกรรมที่พึงประสงค์', 'desired behavior', 'list', true, ['พฤติกรรม', 'พึงประสงค์']),
    field('standard', 'มาตรฐานทางคุณธรรมและจริยธรรม', 'standard', 'text', true, ['มาตรฐาน']),
    field('meaning', 'ความหมาย', 'meaning', 'text', true, ['ความหมาย']),
    field('practices', 'แนวทางปฏิบัติ', 'practices', 'list', true, ['แนวทางปฏิบัติ', 'แนวทาง', 'แนวปฏิบัติ']),
    field('indicators', 'ตัวชี้วัดเพื่อการประเมินผล', 'indicators', 'list', true, ['ตัวชี้วัด', 'ประเมินผล']),
  ],
};

export const ACTION_PLAN: DocumentType = {
  id: 'action-plan',
  th: DOCUMENT_CATALOG['action-plan'].th,
  en: DOCUMENT_CATALOG['action-plan'].en,
  recordTh: 'โครงการ',
  recordEn: 'project',
  fields: [
    field('section', 'มิติ/ข้อ', 'section', 'section', true, ['มิติ', 'ข้อ']),
    field('name', '๑. ชื่อโครงการ/กิจกรรม/มาตรการ', 'name', 'text', true, ['ชื่อ']),
    field('rationale', '๒. หลักการและเหตุผล', 'rationale', 'text', true, ['หลักการ', 'เหตุผล']),
    field('objectives', '๓. วัตถุประสงค์', 'objectives', 'list', true, ['วัตถุประสงค์']),
    field('targets', '๔. เป้าหมาย/ผลผลิต', 'targets', 'text', true, ['เป้าหมาย', 'ผลผลิต']),
    field('area', '๕. พื้นที่ดำเนินการ', 'area', 'text', true, ['พื้นที่']),
    field('methods', '๖. วิธีดำเนินการ', 'methods', 'list', true, ['วิธีดำเนินการ', 'วิธีการดำเนินการ']),
    field('period', '๗. ระยะเวลาดำเนินการ', 'period', 'period', true, ['ระยะเวลา']),
    field('budget', '๘. งบประมาณดำเนินการ', 'budget', 'budget', true, ['งบประมาณ']),
    field('responsible', '๙. ผู้รับผิดชอบ', 'responsible', 'text', true, ['ผู้รับผิดชอบ']),
    field('indicators', '๑๐. ตัวชี้วัด/ผลลัพธ์', 'indicators', 'list', true, ['ตัวชี้วัด', 'ผลลัพธ์']),
  ],
};

export const ITA_ANALYSIS: DocumentType = {
  id: 'ita-analysis',
  th: DOCUMENT_CATALOG['ita-analysis'].th,
  en: DOCUMENT_CATALOG['ita-analysis'].en,
  recordTh: 'ตัวชี้วัด',
  oneRecordPerIndicator: true,
  recordEn: 'indicator',
  fields: [
    field('no', 'ตัวชี้วัดที่', 'no.', 'ordinal', true, ['ที่', 'ลำดับ']),
    field('indicator', 'ตัวชี้วัด', 'indicator', 'text', true, ['ตัวชี้วัด']),
    field('score', 'คะแนน', 'score', 'score', true, ['คะแนน']),
    field('weaknesses', 'ข้อบกพร่อง/ประเด็นที่ควรพัฒนา', 'weaknesses', 'list', false, [
      'ข้อบกพร่อง',
      'ประเด็น',
      'ควรพัฒนา',
    ]),
  ],
};

export const OIT_CHECKLIST: DocumentType = {
  id: 'oit-checklist',
  th: DOCUMENT_CATALOG['oit-checklist'].th,
  en: DOCUMENT_CATALOG['oit-checklist'].en,
  // "รายการที่ 3", not "ข้อที่ 3": the items have codes of their own (o5 may be the third).
  recordTh: 'รายการ',
  recordEn: 'item',
  fields: [
    field('code', 'ข้อ', 'item', 'code', true, ['ข้อ', 'ข้อที่', 'รหัส']),
    field('title', 'ข้อมูล', 'title', 'text', true, ['ข้อมูล', 'รายการ', 'หัวข้อ', 'รายละเอียด']),
    field('subIndicator', 'ตัวชี้วัดย่อย', 'sub-indicator', 'sub-indicator', true, [
      'ตัวชี้วัดย่อย',
      'ตัวชี้วัด',
      'องค์ประกอบ',
    ]),
    field('url', 'URL / ลิงก์หลักฐาน', 'evidence URL', 'url', false, [
      'URL',
      'url',
      'Link',
      'link',
      'ลิงก์',
      'ลิงค์',
      'ลิ้งก์',
      'หลักฐาน',
      'ที่อยู่เว็บ',
    ]),
    field('status', 'สถานะ', 'status', 'status', true, ['สถานะ', 'การเผยแพร่']),
    field('responsible', 'ผู้รับผิดชอบ', 'responsible', 'units', false, ['ผู้รับผิดชอบ', 'หน่วยงานรับผิดชอบ']),
    field('due', 'กำหนดเสร็จ', 'due date', 'date', false, ['กำหนดเสร็จ', 'กำหนดแล้วเสร็จ', 'กำหนด', 'วันที่']),
    field('note', 'หมายเหตุ', 'note', 'text', false, ['หมายเหตุ', 'เหตุผล']),
  ],
};

export const DOCUMENT_TYPES: Readonly<Record<DocumentTypeId, DocumentType>> = {
  measures: MEASURES,
  results: RESULTS,
  ethics: ETHICS,
  'action-plan': ACTION_PLAN,
  'ita-analysis': ITA_ANALYSIS,
  'oit-checklist': OIT_CHECKLIST,
};

/** The ids, in the catalog's order, and their check: read from the catalog, where the names are. */
export { DOCUMENT_TYPE_IDS, isDocumentTypeId };
