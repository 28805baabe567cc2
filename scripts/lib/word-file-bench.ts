/**
 * The Word-file figure of `npm run bench`: reading a long table out of document.xml (a table of
 * `count` measures, each cell a paragraph as Word writes it, formatting runs included), before the
 * structurer, whose own figure is the 5,000-row paste.
 */

import { wordFileRows } from '../../src/core/docx/structure-word-file';

const RUN =
  '<w:r><w:rPr><w:rFonts w:ascii="TH SarabunPSK" w:hAnsi="TH SarabunPSK"/><w:sz w:val="32"/></w:rPr>';

function tableCell(lines: readonly string[]): string {
  const paragraphs = lines.map(
    (t) => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${RUN}<w:t>${t}</w:t></w:r></w:p>`,
  );
  return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
}

/** document.xml of a measures table of `count` rows. */
export function measuresDocumentXml(count: number): string {
  const header = ['ลำดับ', 'มาตรการ', 'ขั้นตอนหรือวิธีการ', 'ช่วงระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ', 'การกำกับติดตาม'];
  const rows = [`<w:tr>${header.map((h) => tableCell([h])).join('')}</w:tr>`];
  for (let i = 1; i <= count; i++) {
    const cells = [
      [String(i)],
      [`มาตรการที่ ${i} ของปี`],
      ['1. ขั้นตอนแรก', '2. ขั้นตอนที่สอง'],
      ['ต.ค. 67'],
      ['กองคลัง'],
      ['รายงานผล'],
    ];
    rows.push(`<w:tr>${cells.map(tableCell).join('')}</w:tr>`);
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    `<w:tbl>${rows.join('')}</w:tbl></w:body></w:document>`
  );
}

/** Reads the document as the structurer's rows; the number of rows read. */
export function readWordTable(xml: string): number {
  return wordFileRows({ documentXml: xml })?.rows.length ?? 0;
}
