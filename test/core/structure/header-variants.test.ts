/**
 * Property: however a table's header is worded — the official heading or a synonym, a letter
 * slipped by a scan, an English gloss — and whatever the order of its columns, the records are
 * the same; no word of the paste is lost.
 */

import fc from 'fast-check';
import type { DocumentRecord } from '../../../src/core/documents/document-type';
import { DOCUMENT_TYPES } from '../../../src/core/documents/types';
import { structureDocument } from '../../../src/core/structure/structure';
import type { StructuredDocument } from '../../../src/core/structure/structured-document';
import { fixture } from '../../support/fixtures';
import { lostWords } from '../../support/lost-words';

type TableType = 'measures' | 'results' | 'ethics';

const FIXTURES: Readonly<Record<TableType, string>> = {
  measures: 'measures-fy2568.txt',
  results: 'results-fy2568-6-months.txt',
  ethics: 'ethics-fy2568.txt',
};

function structured(type: TableType, input: string | string[][]): StructuredDocument {
  const result = structureDocument(type, input);
  if (!result.ok) throw new Error(`not structured: ${JSON.stringify(result.problem)}`);
  return result.value;
}

// Wordings officers' documents use for a column, beside the type's own (field.th, headerWords).
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  no: ['ลำดับที่', 'ที่'],
  measure: ['มาตรการ/กิจกรรม', 'ชื่อมาตรการ'],
  steps: ['วิธีดำเนินการ', 'ขั้นตอนการดำเนินงาน', 'ขั้นตอน/วิธีการ'],
  period: ['ระยะเวลาดำเนินการ', 'ระยะเวลาในการดำเนินการ', 'ห้วงเวลา'],
  responsible: ['หน่วยงานที่รับผิดชอบ', 'หน่วยงานรับผิดชอบ', 'ผู้รับผิดชอบ'],
  monitoring: ['การติดตามและประเมินผล', 'การกำกับ ติดตาม'],
  output: ['ผลการดำเนินงาน', 'ผลผลิต (Output)'],
  outcome: ['ผลลัพธ์ (Outcome)', 'ผลสัมฤทธิ์'],
  behavior: ['พฤติกรรมที่ประสงค์', 'พฤติกรรม ที่พึงประสงค์'],
  standard: ['มาตรฐานทางคุณธรรมจริยธรรม', 'มาตรฐาน'],
  meaning: ['ความหมาย (Meaning)'],
  practices: ['แนวปฏิบัติ', 'แนวทาง ปฏิบัติ'],
  indicators: ['ตัวชี้วัดด้านที่ออกการประเมินผล', 'ตัวชี้วัด'],
};

const CONSONANTS = 'กขคงจชซดตถทธนบปผพฟมยรลวสหอ';

/** One consonant of the official heading read as another, as scanning slips do (มาตรการ → มาตราการ aside). */
function slip(heading: string, at: number, by: number): string {
  const places = [...heading].flatMap((c, i) => (CONSONANTS.includes(c) ? [i] : []));
  const i = places[at % places.length];
  if (i === undefined) return heading;
  const replaced = CONSONANTS[by % CONSONANTS.length] ?? 'ก';
  return `${heading.slice(0, i)}${replaced}${heading.slice(i + 1)}`;
}

/** A heading for a field: its official one, one with a slip, a synonym, or one with an English gloss. */
function heading(type: TableType, key: string) {
  const field = DOCUMENT_TYPES[type].fields.find((f) => f.key === key)!;
  const synonyms = SYNONYMS[key] ?? [];
  return fc.oneof(
    fc.constant(field.th),
    fc.tuple(fc.nat(), fc.nat()).map(([at, by]) => slip(field.th, at, by)),
    fc.constantFrom(field.th, ...synonyms),
    fc.constant(`${field.th} (${field.en})`),
  );
}

/** A record as cells of its row, in the type's field order; lists one item a line. */
function cells(type: TableType, record: DocumentRecord): string[] {
  return DOCUMENT_TYPES[type].fields.map((f) => {
    const value = record[f.key];
    return typeof value === 'string' ? value : (value ?? []).join('\n');
  });
}

/** The records rendered as a pasted table whose header is worded and ordered at random. */
function paste(type: TableType, records: readonly DocumentRecord[]) {
  const keys = DOCUMENT_TYPES[type].fields.map((f) => f.key);
  return fc
    .tuple(
      fc.tuple(...keys.map((k) => heading(type, k))),
      fc.shuffledSubarray(
        keys.map((_, i) => i),
        { minLength: keys.length, maxLength: keys.length },
      ),
    )
    .map(([headings, order]) => [
      ['เอกสารทดสอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘'],
      order.map((i) => headings[i] ?? ''),
      ...records.map((r) => {
        const row = cells(type, r);
        return order.map((i) => row[i] ?? '');
      }),
    ]);
}

describe.each<TableType>(['measures', 'results', 'ethics'])('the %s fixture under any header', (type) => {
  const records = structured(type, fixture(FIXTURES[type])).records;

  it('gives the same records whatever the wording and order of the headings, losing no word', () => {
    fc.assert(
      fc.property(paste(type, records), (rows) => {
        const doc = structured(type, rows);

        expect(doc.records).toEqual(records);
        expect(doc.keptColumns).toBeUndefined();
        const text = rows
          .slice(2)
          .map((r) => r.join('\t'))
          .join('\n');
        expect(lostWords(text, doc)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
