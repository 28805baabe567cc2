/**
 * How each document type is read from a paste: rules as data, not code per document. A table has a
 * key column (a row whose key cell is empty continues the record above), columns inherited from
 * the row above when empty (cells merged in the original), and may carry the record's number inside
 * its key text (`๑. การเผยแพร่…`). The action plan is a run of forms; the ITA analysis a memo; the OIT
 * checklist a table or the NACC's bare list of items.
 */

import type { DocumentTypeId } from '../documents/document-type';

export interface TableRules {
  readonly kind: 'table';
  /** Key columns, in order of preference: the first one the paste has decides what starts a record. */
  readonly keys: readonly string[];
  /** Columns that take the value of the record above when empty: merged cells in the original. */
  readonly inherited: readonly string[];
  /** A field whose text may start with the record's number, which then moves to `numberField`. */
  readonly numberedField?: string;
  readonly numberField?: string;
  /** Rows that head a section of the table rather than hold a record (9.1 ข้อมูลพื้นฐาน over its items). */
  readonly sections?: SectionRules;
}

/** What a section heading row of a table looks like and which inherited field it sets. */
export interface SectionRules {
  /** The inherited field the heading's text becomes for the records under it. */
  readonly field: string;
  /** A heading (its row's text, Arabic digits) that sets `field`. */
  readonly heading: RegExp;
  /** A heading above those (an indicator over its sub-indicators): listed in a warning, not a record. */
  readonly above?: RegExp;
  /**
   * A group label: a row whose only text is in the key column and reads as this (no code, no number),
   * such as a website's "ข้อมูลพื้นฐาน" over its items. It sets `field` as a heading does.
   */
  readonly label?: RegExp;
}

export type StructureRules =
  | TableRules
  | { readonly kind: 'forms' }
  | { readonly kind: 'memo' }
  /** A table as `table` says, or else the NACC's bare item list (headings and `o1 …` lines). */
  | { readonly kind: 'checklist'; readonly table: TableRules };

export const STRUCTURE_RULES: Readonly<Record<DocumentTypeId, StructureRules>> = {
  measures: {
    kind: 'table',
    keys: ['no', 'measure'],
    inherited: [],
    numberedField: 'measure',
    numberField: 'no',
  },
  results: {
    kind: 'table',
    keys: ['no', 'measure'],
    inherited: [],
    numberedField: 'measure',
    numberField: 'no',
  },
  // One desired behavior often covers several standards: a merged cell, pasted once.
  ethics: { kind: 'table', keys: ['standard'], inherited: ['behavior'] },
  'action-plan': { kind: 'forms' },
  'ita-analysis': { kind: 'memo' },
  // A sub-indicator spans its items: a merged cell in the original, pasted once.
  // A website's list heads its items with rows such as "9.1 ข้อมูลพื้นฐาน" under "ตัวชี้วัดที่ 9 …".
  'oit-checklist': {
    kind: 'checklist',
    table: {
      kind: 'table',
      keys: ['code'],
      inherited: ['subIndicator'],
      sections: {
        field: 'subIndicator',
        heading: /^(?:ตัวชี้วัดย่อย(?:ที่)?\s*)?(?:9|10)\.\d{1,2}(?![\d]|\.\d)/,
        above: /^ตัวชี้วัด(?:ที่)?\s*(?:9|10)(?![\d.])/,
        label: /^[^\d๐-๙]{2,80}$/,
      },
    },
  },
};
