/**
 * The organization's summary for its district (ITA_SUMMARY), as data: a fixed block of key/value rows,
 * versioned, that a district's spreadsheet imports with IMPORTRANGE. Column A the key (stable ASCII,
 * what a roll-up reads), column B the value, column C the key's Thai label for a person reading the tab.
 * The rows never change within a version: a version adds or moves rows only with SUMMARY_VERSION + 1.
 * See docs/district-summary.md.
 */

import { DOCUMENT_TYPE_IDS } from '../catalog';
import type { DocumentTypeId } from '../documents/document-type';
import { DOCUMENT_TYPES } from '../documents/types';

/** The shape's version: row 1 of the block carries it. */
export const SUMMARY_VERSION = 1;

/** The named range the block sits under. */
export const SUMMARY_RANGE_NAME = 'ITA_SUMMARY';

/** The block's columns: key, value, Thai label. */
export const SUMMARY_COLUMNS = 3;

/** The most characters of the missing OIT codes written in one cell (a district reads it at a glance). */
export const MAX_MISSING_TEXT = 1_000;

/** One document type's figures. */
export interface DocumentSummary {
  /** The tab's name, '' when the spreadsheet has no tab of the type. */
  readonly tab: string;
  readonly records: number | undefined;
  /** Errors the last check found on that tab; undefined when it was not the tab last checked. */
  readonly errors: number | undefined;
  /** When the add-in last saw the tab change (ISO date-time), undefined when never. */
  readonly lastChange: string | undefined;
}

/** The OIT today, from the disclosure checklist. */
export interface OitSummary {
  readonly published: number;
  readonly required: number;
  /** The OIT score if assessed today (0–100, 2 decimals); undefined when it cannot be scored. */
  readonly score: number | undefined;
  readonly missingCodes: readonly string[];
}

/** The latest ITA analysis's scores and level. */
export interface ItaSummary {
  readonly iit: number | undefined;
  readonly eit: number | undefined;
  readonly oit: number | undefined;
  readonly total: number | undefined;
  readonly level: string;
  readonly nextLevel: string;
  /** What keeps the organization from the next level, one Thai line each. */
  readonly blockers: readonly string[];
}

/** Everything the block states. */
export interface SummaryFacts {
  readonly organization: string;
  readonly district: string;
  readonly province: string;
  readonly fiscalYear: number | undefined;
  readonly documents: Readonly<Record<DocumentTypeId, DocumentSummary>>;
  readonly oit: OitSummary | undefined;
  readonly ita: ItaSummary | undefined;
  /** ISO date-time of this writing. */
  readonly updatedAt: string;
}

/** A cell of the block's value column: text, a number, or '' for unknown. */
export type SummaryValue = string | number;

interface RowSpec {
  readonly key: string;
  readonly label: string;
  readonly value: (facts: SummaryFacts) => SummaryValue;
}

const orBlank = (n: number | undefined): SummaryValue => n ?? '';

function documentRows(type: DocumentTypeId): RowSpec[] {
  const doc = (f: SummaryFacts): DocumentSummary => f.documents[type];
  const name = DOCUMENT_TYPES[type].th;
  return [
    { key: `doc.${type}.tab`, label: `${name}: แท็บ`, value: (f) => doc(f).tab },
    { key: `doc.${type}.records`, label: `${name}: จำนวนรายการ`, value: (f) => orBlank(doc(f).records) },
    {
      key: `doc.${type}.errors`,
      label: `${name}: ข้อผิดพลาด (ตรวจล่าสุด)`,
      value: (f) => orBlank(doc(f).errors),
    },
    { key: `doc.${type}.lastChange`, label: `${name}: แก้ไขล่าสุด`, value: (f) => doc(f).lastChange ?? '' },
  ];
}

/** The missing codes joined, cut at a whole code to fit MAX_MISSING_TEXT with "… (+n)" for the rest. */
export function missingText(codes: readonly string[]): string {
  const all = codes.join(', ');
  if (all.length <= MAX_MISSING_TEXT) return all;
  for (let n = codes.length - 1; n > 0; n--) {
    const text = `${codes.slice(0, n).join(', ')} … (+${codes.length - n})`;
    if (text.length <= MAX_MISSING_TEXT) return text;
  }
  return `… (+${codes.length})`;
}

/** The rows of version 1, in order. */
export const SUMMARY_ROWS: readonly RowSpec[] = [
  { key: 'version', label: 'รุ่นของรูปแบบสรุป', value: () => SUMMARY_VERSION },
  { key: 'organization', label: 'หน่วยงาน', value: (f) => f.organization },
  { key: 'district', label: 'อำเภอ', value: (f) => f.district },
  { key: 'province', label: 'จังหวัด', value: (f) => f.province },
  { key: 'fiscalYear', label: 'ปีงบประมาณ', value: (f) => orBlank(f.fiscalYear) },
  ...DOCUMENT_TYPE_IDS.flatMap(documentRows),
  { key: 'oit.published', label: 'OIT: ข้อที่เผยแพร่แล้ว', value: (f) => orBlank(f.oit?.published) },
  { key: 'oit.required', label: 'OIT: ข้อที่ต้องเผยแพร่', value: (f) => orBlank(f.oit?.required) },
  { key: 'oit.scoreToday', label: 'OIT: คะแนนหากประเมินวันนี้', value: (f) => orBlank(f.oit?.score) },
  { key: 'oit.missing', label: 'OIT: ข้อที่ยังขาด', value: (f) => missingText(f.oit?.missingCodes ?? []) },
  { key: 'ita.iit', label: 'ITA ล่าสุด: IIT', value: (f) => orBlank(f.ita?.iit) },
  { key: 'ita.eit', label: 'ITA ล่าสุด: EIT', value: (f) => orBlank(f.ita?.eit) },
  { key: 'ita.oit', label: 'ITA ล่าสุด: OIT', value: (f) => orBlank(f.ita?.oit) },
  { key: 'ita.total', label: 'ITA ล่าสุด: คะแนนรวม', value: (f) => orBlank(f.ita?.total) },
  { key: 'ita.level', label: 'ระดับ', value: (f) => f.ita?.level ?? '' },
  { key: 'ita.nextLevel', label: 'ระดับถัดไป', value: (f) => f.ita?.nextLevel ?? '' },
  { key: 'ita.blockers', label: 'สิ่งที่ยังขาดสำหรับระดับถัดไป', value: (f) => (f.ita?.blockers ?? []).join('; ') },
  { key: 'updatedAt', label: 'ปรับปรุงล่าสุด', value: (f) => f.updatedAt },
];

/** The number of rows of the block: constant for a version. */
export const SUMMARY_ROW_COUNT = SUMMARY_ROWS.length;

/** The block as [key, value, label] rows: what one setValues writes. */
export function summaryBlock(facts: SummaryFacts): [string, SummaryValue, string][] {
  return SUMMARY_ROWS.map((row) => [row.key, row.value(facts), row.label]);
}

/** The values of a block read back, by key (what a district's roll-up and the next update read). */
export function summaryByKey(block: readonly (readonly unknown[])[]): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const row of block) if (typeof row[0] === 'string' && row[0] !== '') map.set(row[0], row[1]);
  return map;
}
