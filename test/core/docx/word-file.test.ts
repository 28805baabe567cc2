/**
 * A Word file read as what it is: its tables cell by cell, merged cells filled with a note naming the
 * rows, a cell's paragraphs as its lines, Word's numbering kept, text outside tables as lines. The
 * files are made here (test/support/docx-builder.ts) and read through the same zip reader as the shells.
 */

import { inflateRawSync } from 'node:zlib';
import { structureWordFile, wordFileRows } from '../../../src/core/docx/structure-word-file';
import { fillNotes } from '../../../src/core/docx/word-rows';
import { readWordParts, type WordParts } from '../../../src/core/docx/zip-entries';
import { DOCUMENT_TYPES } from '../../../src/core/documents/types';
import { structureDocument } from '../../../src/core/structure/structure';
import { findingMessage } from '../../../src/core/validation/finding-message';
import {
  buildDocx,
  buildZip,
  cell,
  documentXml,
  numbering,
  paragraph,
  styles,
  table,
} from '../../support/docx-builder';

const TOOLS = {
  inflateRaw: async (data: Uint8Array) => inflateRawSync(data),
  decodeUtf8: (data: Uint8Array) => new TextDecoder().decode(data),
};

async function partsOf(bytes: Uint8Array): Promise<WordParts> {
  const read = await readWordParts(bytes, TOOLS);
  if (!read.ok) throw new Error(read.en);
  return read.parts;
}

async function rowsOf(body: string, numberingXml?: string, stylesXml?: string) {
  const read = wordFileRows(await partsOf(await buildDocx(body, numberingXml, stylesXml)));
  if (!read) throw new Error('no body');
  return read;
}

const HEADER = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'ขั้นตอนหรือวิธีการ', 'ผู้รับผิดชอบ', 'การกำกับติดตาม'];
const MONITOR = 'รายงานผลให้ผู้บริหารทราบรอบ ๖ เดือนและประจำปี';

describe('a Word table', () => {
  it('fills a cell merged down (w:vMerge) into every row it covers, with a note naming the rows', async () => {
    const body = table([
      HEADER.map((t) => cell(t)),
      [
        cell('๑. เผยแพร่ข้อมูลงบประมาณ'),
        cell('จัดทำมาตรการ'),
        cell('กองคลัง'),
        cell(MONITOR, { merge: 'restart' }),
      ],
      [
        cell('๒. ประเมินความพึงพอใจ'),
        cell('ประเมินผ่าน QR Code'),
        cell('สำนักปลัด'),
        cell('', { merge: 'continue' }),
      ],
      [cell('๓. จัดทำแผนผังขั้นตอน'), cell('เผยแพร่แผนผัง'), cell('ทุกส่วนราชการ'), cell('', { merge: 'continue' })],
    ]);
    const read = await rowsOf(body);

    expect(read.rows.map((r) => r[3])).toEqual([HEADER[3], MONITOR, MONITOR, MONITOR]);
    expect(fillNotes(read.fills)).toEqual([
      {
        severity: 'warning',
        row: 2,
        problem: { code: 'word-merged-cell', column: 4, from: 2, rows: [3, 4], text: MONITOR },
      },
    ]);

    const doc = structureWordFile('measures', await partsOf(await buildDocx(body)));
    if (!doc.ok) throw new Error(JSON.stringify(doc.problem));
    expect(doc.value.records.map((r) => r.monitoring)).toEqual([MONITOR, MONITOR, MONITOR]);
    const messages = doc.value.warnings.map((w) => findingMessage(DOCUMENT_TYPES.measures, w));
    expect(messages.join('\n')).toContain('เติมลงแถว 3, 4');
  });

  it('gives an ethics plan whose behavior is merged over two standards the records of its paste', async () => {
    const header = [
      'พฤติกรรมที่พึงประสงค์',
      'มาตรฐานทางคุณธรรมและจริยธรรม',
      'ความหมาย',
      'แนวทางปฏิบัติ',
      'ตัวชี้วัดเพื่อการประเมินผล',
    ];
    const behavior = ['๑. ซื่อสัตย์', '๒. รับผิดชอบ'];
    const first = ['มาตรฐาน ๑ ยึดมั่นในคุณธรรม', 'ประพฤติตนดี', '๑. ไม่รับสินบน', '๑. ไม่มีเรื่องร้องเรียน'];
    const second = ['มาตรฐาน ๒ มีจิตสำนึกที่ดี', 'ทำงานเต็มที่', '๑. ตรงต่อเวลา', '๑. มาทำงานตรงเวลา'];
    const word = structureWordFile(
      'ethics',
      await partsOf(
        await buildDocx(
          table([
            header.map((t) => cell(t)),
            [cell(behavior, { merge: 'restart' }), ...first.map((t) => cell(t))],
            [cell('', { merge: 'continue' }), ...second.map((t) => cell(t))],
          ]),
        ),
      ),
    );
    const paste = structureDocument(
      'ethics',
      [header, [`"${behavior.join('\n')}"`, ...first], ['', ...second]].map((r) => r.join('\t')).join('\n'),
    );
    if (!word.ok || !paste.ok) throw new Error('expected documents');

    expect(word.value.records).toEqual(paste.value.records);
    const items = ['ซื่อสัตย์', 'รับผิดชอบ'];
    expect(word.value.records.map((r) => r.behavior)).toEqual([items, items]);
  });

  it("reads a measure merged over several rows (its key column) as one record, the rows' cells appended", async () => {
    const body = table([
      ['ลำดับ', ...HEADER].map((t) => cell(t)),
      [
        cell('๑', { merge: 'restart' }),
        cell('เผยแพร่ข้อมูลงบประมาณ', { merge: 'restart' }),
        cell('จัดทำมาตรการ'),
        cell('กองคลัง'),
        cell(MONITOR, { merge: 'restart' }),
      ],
      [
        cell('', { merge: 'continue' }),
        cell('', { merge: 'continue' }),
        cell('เผยแพร่ให้บุคลากรทราบ'),
        cell('สำนักปลัด'),
        cell('', { merge: 'continue' }),
      ],
      [
        cell('๒'),
        cell('ประเมินความพึงพอใจ'),
        cell('ประเมินผ่าน QR Code'),
        cell('กองช่าง'),
        cell('', { merge: 'continue' }),
      ],
    ]);
    const doc = structureWordFile('measures', await partsOf(await buildDocx(body)));
    if (!doc.ok) throw new Error(JSON.stringify(doc.problem));

    expect(doc.value.records).toHaveLength(2);
    expect(doc.value.records[0]).toMatchObject({
      no: '๑',
      measure: 'เผยแพร่ข้อมูลงบประมาณ',
      steps: ['จัดทำมาตรการ', 'เผยแพร่ให้บุคลากรทราบ'],
      responsible: ['กองคลัง', 'สำนักปลัด'],
      monitoring: MONITOR,
    });
    expect(doc.value.records[1]?.monitoring).toBe(MONITOR);
    // Only the monitoring cell was filled, into the next measure's row 4; row 3 continues measure ๑.
    expect(
      doc.value.warnings.filter((w) => w.problem.code === 'word-merged-cell').map((w) => w.problem),
    ).toEqual([{ code: 'word-merged-cell', column: 5, from: 2, rows: [4], text: MONITOR }]);
  });

  it('keeps a cell not merged as it is: an empty cell stays empty and no note is made', async () => {
    const read = await rowsOf(
      table([
        HEADER.map((t) => cell(t)),
        [cell('๑. เผยแพร่ข้อมูล'), cell('จัดทำมาตรการ'), cell('กองคลัง'), cell(MONITOR)],
        [cell('๒. ประเมินความพึงพอใจ'), cell('ประเมินผล'), cell('สำนักปลัด'), cell('')],
      ]),
    );

    expect(read.rows[2]).toEqual(['๒. ประเมินความพึงพอใจ', 'ประเมินผล', 'สำนักปลัด', '']);
    expect(read.fills).toEqual([]);
  });

  it('keeps the columns in line after a cell spanning two (w:gridSpan)', async () => {
    const read = await rowsOf(
      table([
        [cell('พฤติกรรมที่พึงประสงค์'), cell('มาตรฐาน'), cell('ความหมาย')],
        [cell('แผนการเสริมสร้างมาตรฐานทางคุณธรรม (ต่อ)', { span: 3 })],
        [cell('ซื่อสัตย์', { span: 2 }), cell('ไม่ทุจริต')],
      ]),
    );

    expect(read.rows.slice(1)).toEqual([
      ['แผนการเสริมสร้างมาตรฐานทางคุณธรรม (ต่อ)', '', ''],
      ['ซื่อสัตย์', '', 'ไม่ทุจริต'],
    ]);
  });

  it("gives a cell's paragraphs as its lines, so a list field is one item a paragraph", async () => {
    const doc = structureWordFile(
      'measures',
      await partsOf(
        await buildDocx(
          table([
            HEADER.map((t) => cell(t)),
            [
              cell('๑. เผยแพร่ข้อมูลงบประมาณ'),
              cell(['๑. จัดทำมาตรการเผยแพร่', '๒. เผยแพร่ให้บุคลากรทราบ']),
              cell(['กองคลัง', 'สำนักปลัด']),
              cell(MONITOR),
            ],
          ]),
        ),
      ),
    );
    if (!doc.ok) throw new Error(JSON.stringify(doc.problem));

    expect(doc.value.records[0]).toMatchObject({
      no: '1',
      steps: ['จัดทำมาตรการเผยแพร่', 'เผยแพร่ให้บุคลากรทราบ'],
      responsible: ['กองคลัง', 'สำนักปลัด'],
    });
  });
});

describe("Word's automatic numbering", () => {
  const LISTS = numbering([
    [
      { format: 'thaiNumbers', text: '%1.' },
      { format: 'decimal', text: '%1.%2' },
    ],
    [{ format: 'bullet', text: '-' }],
    [{ format: 'bullet', text: '\uf0b7' }],
    [{ format: 'thaiLetters', text: '(%1)' }],
    [{ format: 'decimal', text: '%1)', start: 3 }],
  ]);

  it('renders each item with the number the document shows, in its format, sub-items counted again', async () => {
    const read = await rowsOf(
      [
        paragraph('จัดทำมาตรการ', { numId: 1 }),
        paragraph('ประกาศ', { numId: 1, level: 1 }),
        paragraph('เผยแพร่', { numId: 1, level: 1 }),
        paragraph('ติดตามผล', { numId: 1 }),
        paragraph('ย่อยใหม่', { numId: 1, level: 1 }),
        paragraph('เฝ้าระวังป้องกันการทุจริต', { numId: 2 }),
        paragraph('จุดสัญลักษณ์', { numId: 3 }),
        paragraph('ข้อแรก', { numId: 4 }),
        paragraph('ข้อสอง', { numId: 4 }),
        paragraph('เริ่มที่สาม', { numId: 5 }),
      ].join(''),
      LISTS,
    );

    expect(read.rows.map((r) => r.join('\t'))).toEqual([
      '๑. จัดทำมาตรการ',
      // %1 in a sub-level's text is shown in the upper level's format, as Word does.
      '๑.1 ประกาศ',
      '๑.2 เผยแพร่',
      '๒. ติดตามผล',
      '๒.1 ย่อยใหม่',
      '- เฝ้าระวังป้องกันการทุจริต',
      '• จุดสัญลักษณ์',
      '(ก) ข้อแรก',
      '(ข) ข้อสอง',
      '3) เริ่มที่สาม',
    ]);
  });

  it("numbers a paragraph by its style's list (or the style it is based on), unless it says numId 0", async () => {
    const read = await rowsOf(
      [
        paragraph('หัวข้อแรก', { style: 'Heading1' }),
        paragraph('หัวข้อสอง', { style: 'Heading1' }),
        paragraph('ข้อย่อย', { style: 'ListThai' }),
        paragraph('ไม่มีเลข', { style: 'Heading1', numId: 0 }),
        paragraph('ธรรมดา'),
      ].join(''),
      LISTS,
      styles([
        { id: 'Normal' },
        { id: 'Heading1', basedOn: 'Normal', numId: 5 },
        { id: 'ListBase', numId: 4 },
        { id: 'ListThai', basedOn: 'ListBase' },
      ]),
    );

    expect(read.rows.map((r) => r.join('\t'))).toEqual([
      '3) หัวข้อแรก',
      '4) หัวข้อสอง',
      '(ก) ข้อย่อย',
      'ไม่มีเลข',
      'ธรรมดา',
    ]);
  });

  it('counts on across lists of one abstract list, and again in a list that restarts it', async () => {
    const xml = numbering([[{ format: 'decimal', text: '%1.' }]]).replace(
      '</w:numbering>',
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
        '</w:numbering>',
    );
    const read = await rowsOf(
      [
        paragraph('ก', { numId: 1 }),
        paragraph('ข', { numId: 2 }),
        paragraph('ค', { numId: 3 }),
        paragraph('ง', { numId: 3 }),
      ].join(''),
      xml,
    );

    expect(read.rows.map((r) => r[0])).toEqual(['1. ก', '2. ข', '1. ค', '2. ง']);
  });

  it('keeps numbers typed into the text as they are, and shows no number without numbering.xml', async () => {
    const read = await rowsOf(
      [paragraph('๑. พิมพ์เลขเอง'), paragraph('2) พิมพ์เอง'), paragraph('ไม่มีรายการ', { numId: 1 })].join(''),
    );

    expect(read.rows).toEqual([['๑. พิมพ์เลขเอง'], ['2) พิมพ์เอง'], ['ไม่มีรายการ']]);
  });

  it('numbers the steps in a table cell, which the structurer then reads as a list', async () => {
    const doc = structureWordFile(
      'measures',
      await partsOf(
        await buildDocx(
          table([
            HEADER.map((t) => cell(t)),
            [
              cell('การเผยแพร่ข้อมูล', {}),
              cell([paragraph('จัดทำมาตรการ', { numId: 1 }), paragraph('เผยแพร่ข้อมูล', { numId: 1 })]),
              cell('กองคลัง'),
              cell(MONITOR),
            ],
          ]),
          LISTS,
        ),
      ),
    );
    if (!doc.ok) throw new Error(JSON.stringify(doc.problem));

    expect(doc.value.records[0]?.steps).toEqual(['จัดทำมาตรการ', 'เผยแพร่ข้อมูล']);
  });
});

describe('text outside tables and what Word keeps beside the text', () => {
  it('reads paragraphs around tables as lines, in document order, tab stops splitting cells', async () => {
    const read = await rowsOf(
      [
        paragraph('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. ๒๕๖๘'),
        table([HEADER.map((t) => cell(t))]),
        paragraph('ลงชื่อ\tนายก อบต.'),
      ].join(''),
    );

    expect(read.rows).toEqual([
      ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. ๒๕๖๘'],
      HEADER,
      ['ลงชื่อ', 'นายก อบต.'],
    ]);
  });

  it('keeps inserted text, content controls and links, drops deleted text and field codes, decodes entities', async () => {
    const body =
      '<w:sdt><w:sdtPr><w:alias w:val="title"/></w:sdtPr><w:sdtContent>' +
      '<w:p><w:r><w:t>หัวเรื่อง</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '<w:p><w:r><w:t xml:space="preserve">ทำ a&lt;b แล้ว </w:t></w:r>' +
      '<w:del w:id="1"><w:r><w:delText>ลบแล้ว</w:delText></w:r></w:del>' +
      '<w:ins w:id="2"><w:r><w:t>เพิ่ม</w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>๒</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:hyperlink r:id="rId9"><w:r><w:t>&#3585;&amp;c&gt;d</w:t></w:r></w:hyperlink></w:p>';
    const read = await rowsOf(body);

    expect(read.rows).toEqual([['หัวเรื่อง'], ['ทำ a<b แล้ว เพิ่ม๒ก&c>d']]);
  });

  it('is not thrown by text boxes, drawings, comments and unclosed elements', () => {
    const xml = documentXml(
      '<w:p><w:r><w:t>ก่อน</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>' +
        '<w:p><w:r><w:t>กล่องข้อความ</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice></mc:AlternateContent></w:r>' +
        '<!-- a comment <w:t>no</w:t> --><w:r><w:t>หลัง</w:t></w:r></w:p></w:bogus><w:p><w:r><w:t>ท้าย',
    );

    expect(wordFileRows({ documentXml: xml })?.rows).toEqual([['ก่อนหลัง'], ['ท้าย']]);
  });
});

describe('files that are not Word documents', () => {
  it('refuses bytes that are not a zip, with the reason in Thai and English', async () => {
    const read = await readWordParts(new TextEncoder().encode('ข้อความธรรมดา'), TOOLS);

    expect(read).toEqual({
      ok: false,
      th: expect.stringContaining('ไม่ใช่ไฟล์ Word'),
      en: expect.stringContaining('not a zip'),
    });
  });

  it('refuses a zip without word/document.xml (an Excel file, say)', async () => {
    const read = await readWordParts(await buildZip({ 'xl/workbook.xml': '<workbook/>' }), TOOLS);

    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.en).toContain('no word/document.xml');
  });

  it('refuses a zip cut short, and a document part whose data is broken', async () => {
    const whole = await buildDocx(paragraph('ข้อความ'));
    const cut = await readWordParts(whole.subarray(0, whole.length - 30), TOOLS);
    const broken = await readWordParts(whole, {
      ...TOOLS,
      inflateRaw: async () => Promise.reject(new Error('bad')),
    });

    expect(cut.ok ? '' : cut.en).toContain('not a zip');
    expect(broken.ok ? '' : broken.en).toContain('damaged');
  });

  it('refuses a document part without a body, naming it', () => {
    const doc = structureWordFile('measures', { documentXml: '<w:document><w:p/></w:document>' });

    expect(doc.ok ? '' : JSON.stringify(doc.problem)).toContain('w:body');
  });
});
