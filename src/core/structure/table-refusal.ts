/**
 * Why a paste has no header row of a table type, in words that say what to do next: the row that
 * came closest, the cells of it no field matched and the key column it lacks; or the document type
 * its header fits better; or, for a table with no header at all, to map its columns.
 */

import type { DocumentType } from '../documents/document-type';
import type { Place } from '../problems/problem';
import { mapHeadings } from './header-match';
import type { TableRules } from './rules';

/** Another table type, to tell a paste of it from one of this type. */
export interface Rival {
  readonly type: DocumentType;
  readonly keys: readonly string[];
}

// Rows a header is looked for in, for the refusal: a title block is a few lines.
const SEARCHED_ROWS = 40;
const SHOWN_CELLS = 6;

const shortLabel = (th: string) => th.replace(/^[๐-๙0-9]+\.\s*/, '');

/** The refusal's reason for a paste without a header row of `type`. */
export function noHeaderReason(
  type: DocumentType,
  rules: TableRules,
  rows: readonly (readonly string[])[],
  rival: Rival | undefined,
): Place {
  if (rival) {
    return {
      th: `หัวตารางตรงกับ "${rival.type.th}" มากกว่า ให้เลือกประเภทเอกสารให้ตรง`,
      en: `the header fits "${rival.type.en}" better; choose that type`,
    };
  }
  let best: { row: number; named: number; unknown: string[]; keys: boolean } | undefined;
  rows.slice(0, SEARCHED_ROWS).forEach((cells, r) => {
    const reading = mapHeadings(cells, type.fields);
    const namedFields = reading.columns.filter((c) => c !== undefined);
    if (namedFields.length === 0 || (best && best.named >= namedFields.length)) return;
    best = {
      row: r + 1,
      named: namedFields.length,
      unknown: reading.unknown.map((u) => u.heading),
      keys: rules.keys.some((k) => namedFields.includes(k)),
    };
  });
  const keyNames = rules.keys
    .map((k) => type.fields.find((f) => f.key === k))
    .filter((f) => f !== undefined)
    .map((f) => shortLabel(f.th));
  const headings = type.fields.map((f) => shortLabel(f.th)).join(' · ');
  const map = {
    th: `ให้วางพร้อมแถวหัวตาราง (${headings}) หรือแมปคอลัมน์เอง`,
    en: 'paste it with its header row, or map the columns',
  };
  if (!best || best.named < 2) {
    return {
      th: `ไม่พบแถวหัวตารางที่มีชื่อคอลัมน์ของเอกสารนี้ ${map.th}`,
      en: `no header row of this document; ${map.en}`,
    };
  }
  const cells = best.unknown
    .slice(0, SHOWN_CELLS)
    .map((c) => JSON.stringify(c.length > 40 ? `${c.slice(0, 40)}…` : c));
  const unknownTh = cells.length > 0 ? ` หัวคอลัมน์ ${cells.join(', ')} ไม่ตรงกับช่องใดของเอกสาร` : '';
  const unknownEn = cells.length > 0 ? ` ${cells.join(', ')} match no field` : '';
  const keyTh = best.keys ? '' : ` และไม่มีคอลัมน์ ${keyNames.join(' หรือ ')} ซึ่งต้องมี`;
  const keyEn = best.keys ? '' : `, no ${keyNames.join(' or ')} column`;
  return {
    th: `แถวที่ ${best.row} ใกล้เคียงหัวตารางที่สุด แต่${unknownTh}${keyTh} ให้แก้หัวคอลัมน์ให้ตรงกับ ${headings} หรือแมปคอลัมน์เอง`,
    en: `row ${best.row} is closest to a header, but${unknownEn}${keyEn}; ${map.en}`,
  };
}
