/**
 * The project's clean tables (measures, results, ethics) damaged the ways issue 23 found real pastes
 * damaged, each made here from the clean text: exported as CSV, control characters of an old encoding
 * inside cells, later pages with the title repeated inside the table (`(ต่อ)`) and their header rows
 * shortened with ฯ, markup-like text that is not markup. Each gives the clean table's records and
 * loses no word.
 */

import type { DocumentTypeId } from '../../../src/core/documents/document-type';
import { DOCUMENT_TYPES } from '../../../src/core/documents/types';
import { readHeader } from '../../../src/core/structure/header-match';
import { parsePastedText } from '../../../src/core/structure/paste';
import { structureDocument } from '../../../src/core/structure/structure';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { fixture } from '../../support/fixtures';
import { lostWords } from '../../support/lost-words';

type Rows = string[][];

/** Rows as Sheets and Excel copy them: a cell with a line break or a quote is quoted. */
const tsv = (rows: Rows) =>
  rows.map((r) => r.map((c) => (/[\n\t"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t')).join('\n');
function csv(rows: Rows): string {
  const width = Math.max(...rows.map((r) => r.length));
  const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((r) => Array.from({ length: width }, (_, c) => quote(r[c] ?? '')).join(',')).join('\r\n');
}

const isHeader = (type: DocumentTypeId, row: string[]) =>
  readHeader(row, DOCUMENT_TYPES[type].fields) !== undefined;

/** Control characters slipped into every third non-empty cell (none that breaks a line). */
function withControls(rows: Rows): Rows {
  let n = 0;
  return rows.map((r) =>
    r.map((cell) =>
      cell !== '' && n++ % 3 === 0 ? `\u0001${cell.slice(0, 2)}\u007f${cell.slice(2)}\u0090` : cell,
    ),
  );
}

const SHORTENED: Readonly<Record<string, string>> = {
  มาตรการส่งเสริมคุณธรรมและความโปร่งใส: 'มาตรการส่งเสริมคุณธรรมฯ',
  การกำกับติดตาม: 'การกำกับฯ',
  ขั้นตอนหรือวิธีการ: 'ขั้นตอนฯ',
  ขั้นตอนหรือวิธีการปฏิบัติ: 'ขั้นตอนฯ',
  มาตรฐานทางคุณธรรมและจริยธรรม: 'มาตรฐานทางคุณธรรมฯ',
  ตัวชี้วัดเพื่อการประเมินผล: 'ตัวชี้วัดฯ',
};

/** Before each header row but the first: a bare (ต่อ) row and the title marked (ต่อ); the header shortened with ฯ. */
function withPageBreaks(type: DocumentTypeId, rows: Rows): { rows: Rows; headings: string[] } {
  const title = rows.find((r) => r.some((c) => c !== ''))?.find((c) => c !== '') ?? '';
  const out: Rows = [];
  const headings: string[] = [];
  let headers = 0;
  for (const row of rows) {
    if (isHeader(type, row) && headers++ > 0) {
      out.push(['(ต่อ)'], [`${title} (ต่อ)`]);
      const shortened = row.map((c) => SHORTENED[c.trim()] ?? c);
      headings.push(...shortened);
      out.push(shortened);
    } else out.push(row);
  }
  return { rows: out, headings };
}

const BASES: [DocumentTypeId, string][] = [
  ['measures', 'measures-fy2568.txt'],
  ['results', 'results-fy2568-6-months.txt'],
  ['ethics', 'ethics-fy2568.txt'],
];

function structured(type: DocumentTypeId, text: string): StructuredDocument {
  const result = structureDocument(type, text);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

/** Every cell of every header row of the clean paste: a repeated header is not a lost word. */
function headerCells(type: DocumentTypeId, rows: Rows): string[] {
  return rows.filter((r) => isHeader(type, r)).flat();
}

describe.each(BASES)('%s (%s), damaged as real pastes are', (type, name) => {
  const text = fixture(name);
  const rows = parsePastedText(text);
  const clean = structured(type, text);
  const labels = headerCells(type, rows);

  it('exported as CSV: the same records, no word lost', () => {
    const damaged = csv(rows);
    const doc = structured(type, damaged);

    expect(doc.records).toEqual(clean.records);
    expect(lostWords(text, doc, labels)).toEqual([]);
  });

  it('with control characters inside cells: the same records, their count in a warning', () => {
    const doc = structured(type, tsv(withControls(rows)));

    expect(doc.records).toEqual(clean.records);
    expect(doc.warnings.map((w) => w.problem.code)).toContain('control-characters-removed');
  });

  it('with the title repeated inside the table and shortened headers on later pages: the same records', () => {
    const { rows: damaged, headings } = withPageBreaks(type, rows);
    const doc = structured(type, tsv(damaged));

    expect(headings.length).toBeGreaterThan(0);
    expect(doc.records).toEqual(clean.records);
    expect(doc.keptColumns).toEqual(clean.keptColumns);
    expect(lostWords(tsv(damaged), doc, [...labels, ...headings])).toEqual([]);
  });
});
