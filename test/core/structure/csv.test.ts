import { csvRows, parseCsv } from '../../../src/core/structure/csv';
import { parsePastedText } from '../../../src/core/structure/paste';
import { structureDocument } from '../../../src/core/structure/structure';
import { fixture } from '../../support/fixtures';

/** Rows written as a CSV export writes them: each row padded to the widest, quoted where needed. */
function toCsv(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((r) => Array.from({ length: width }, (_, c) => quote(r[c] ?? '')).join(',')).join('\r\n');
}

describe('parseCsv', () => {
  it('splits at commas, keeping quoted commas, line breaks and "" quotes', () => {
    expect(parseCsv('ก,"ข, ค","ง\nจ"\r\n"พูดว่า ""ดี""",,ฉ')).toEqual([
      ['ก', 'ข, ค', 'ง\nจ'],
      ['พูดว่า "ดี"', '', 'ฉ'],
    ]);
  });

  it('gives nothing for an unclosed quote or a quote inside an unquoted field', () => {
    expect([parseCsv('"ก,ข'), parseCsv('ก"ข,ค')]).toEqual([undefined, undefined]);
  });
});

describe('csvRows', () => {
  it('takes a CSV export: the same number of fields on every line', () => {
    expect(csvRows('ชื่อ,,\nลำดับ,มาตรการ,ผู้รับผิดชอบ\n๑,"ก, ข",กองคลัง\n')).toEqual([
      ['ชื่อ', '', ''],
      ['ลำดับ', 'มาตรการ', 'ผู้รับผิดชอบ'],
      ['๑', 'ก, ข', 'กองคลัง'],
    ]);
  });

  it.each([
    ['running text with commas', 'ผู้รับผิดชอบ สำนักปลัด, กองคลัง\nวัตถุประสงค์ ๑, ๒ และ ๓, ๔'],
    ['tab-separated text', 'ก\tข,ค\nง\tจ,ฉ'],
    ['a single line', 'ก,ข,ค'],
    ['two fields a line, none quoted', 'ก,ข\nค,ง'],
  ])('leaves %s alone', (_, text) => {
    expect(csvRows(text)).toBeUndefined();
  });
});

describe('structureDocument on a CSV export', () => {
  it('gives the records of the same table pasted tab-separated', () => {
    const text = fixture('measures-fy2568.txt');
    const tsv = structureDocument('measures', text);
    const csv = structureDocument('measures', toCsv(parsePastedText(text)));

    expect(csv.ok && tsv.ok && csv.value.records).toEqual(tsv.ok && tsv.value.records);
    expect(csv.ok && csv.value.records.length).toBe(5);
  });

  it('removes control characters from the fields, with their count in a warning', () => {
    const text = fixture('measures-fy2568.txt').replace('กองคลัง', 'กอง\u0002คลัง\u0081');

    const result = structureDocument('measures', text);

    expect(result.ok && result.value.records[0]?.responsible).toEqual(['กองคลัง']);
    expect(result.ok && result.value.warnings[0]?.problem).toEqual({
      code: 'control-characters-removed',
      count: 2,
    });
  });
});
