/**
 * What is known of one field of a document: its key, its Thai label as the official document heads
 * the column, a short English name, its kind and whether it is required. One list of these per
 * document type drives the record schema, the sheet's header row, the sidebar's form, the structurer
 * and the report.
 */

export type FieldKind =
  /** Free text on one or several lines. */
  | 'text'
  /** A number written in the document (ลำดับ, ข้อ). */
  | 'ordinal'
  /** A numbered list kept as one item per line. */
  | 'list'
  /** One or more of the organization's units (สำนักปลัด, กองคลัง …), one per line. */
  | 'units'
  /** A period: fiscal years or dates. */
  | 'period'
  /** An amount in baht, or ไม่ใช้งบประมาณ. */
  | 'budget'
  /** An ITA score, 0–100. */
  | 'score'
  /** A section heading of the action plan (2.1, 2.2.1 …). */
  | 'section'
  /** An OIT item's code in the NACC's list: o1, o2 … */
  | 'code'
  /** An OIT sub-indicator: its code, maybe followed by its name (9.1 ข้อมูลพื้นฐาน). */
  | 'sub-indicator'
  /** Web addresses, http(s), one a line: the evidence on the organization's website. */
  | 'url'
  /** An OIT item's status: one of the four words of oit/oit-status.ts. */
  | 'status'
  /** A day: a Sheets date or Thai text (๓๐ เม.ย. ๖๘). */
  | 'date';

/** Kinds kept as arrays of strings, one item a line in the sheet. */
export const LIST_KINDS: readonly FieldKind[] = ['list', 'units'];

export interface FieldSpec {
  readonly key: string;
  /** The column heading of the official document. */
  readonly th: string;
  readonly en: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  /**
   * Words that identify this column in a pasted header row, whose wording varies between documents
   * and pages; matched loosely (see structure/header-match.ts).
   */
  readonly headerWords: readonly string[];
}

export function isListField(field: FieldSpec): boolean {
  return LIST_KINDS.includes(field.kind);
}
