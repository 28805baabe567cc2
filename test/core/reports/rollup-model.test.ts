import { PROJECTED_NOTE, ROLLUP_TITLE, rollupModel } from '../../../src/core/reports/models/rollup-model';
import { asOfLine, codeRuns, shortLink } from '../../../src/core/reports/models/rollup-text';
import { rollupPrintHtml } from '../../../src/core/reports/print-view';
import {
  cellOf,
  type ModelBlock,
  type ModelTable,
  type ReportModel,
} from '../../../src/core/reports/report-model';
import type { Rollup } from '../../../src/core/rollup/rollup-types';
import { toThaiDigitsInText } from '../../../src/core/thai/digits';
import { codes, districtRollup, figures, provinceRollup, ranked, unreadRollup } from '../../support/rollups';

const texts = (table: ModelTable, column: number) =>
  table.rows.map((row) => cellOf(row.cells[column] ?? '').text);
const headings = (model: ReportModel) => model.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

/** The table under the heading that starts with `heading` ("2." …). */
function tableAfter(model: ReportModel, heading: string): ModelTable {
  const at = model.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(heading));
  const block: ModelBlock | undefined = model.blocks[at + 1];
  if (block?.kind !== 'table') throw new Error(`no table under ${heading}`);
  return block;
}

const allText = (model: ReportModel) =>
  JSON.stringify([model.titles, model.organization, model.subtitles, model.blocks, model.signature]);

describe('rollupModel of a district', () => {
  const model = rollupModel(districtRollup(), { thaiDigits: false });

  it('is titled as the official report of the district, its year, the office and when the data was read', () => {
    expect(model.kind).toBe('rollup');
    expect(model.landscape).toBe(true);
    expect(model.titles).toEqual([
      ROLLUP_TITLE,
      'ขององค์กรปกครองส่วนท้องถิ่นในเขตอำเภอโนนสูง จังหวัดนครราชสีมา',
      'ประจำปีงบประมาณ พ.ศ. 2569',
    ]);
    expect(model.organization).toBe('สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอโนนสูง');
    // 03:30 UTC is 10:30 in Bangkok.
    expect(model.subtitles).toEqual(['ข้อมูล ณ วันที่ 7 ธันวาคม 2569 เวลา 10.30 น.']);
    expect(model.name).toBe('ภาพรวมอำเภอโนนสูง 2569');
  });

  it('numbers its five sections in order', () => {
    expect(headings(model)).toEqual([
      '1. สรุปภาพรวม',
      '2. ลำดับหน่วยงานตามระดับที่คาด',
      '3. ข้อ OIT ที่ยังขาดมากที่สุด',
      '4. สิ่งที่แต่ละหน่วยงานยังขาด',
      '5. หน่วยงานที่ยังไม่ได้นำเข้า',
    ]);
  });

  it('counts the organizations listed, read and not read, each projected level, those at risk and not started', () => {
    const text = allText(model);

    expect(text).toContain('ทั้งหมด 12 แห่ง นำเข้าข้อมูลได้ 9 แห่ง ยังนำเข้าไม่ได้ 3 แห่ง');
    expect(text).toContain(
      'ผ่านดีเยี่ยม 1 แห่ง ผ่านดี 2 แห่ง ผ่าน 2 แห่ง ต้องปรับปรุง 1 แห่ง ยังคาดการณ์ไม่ได้ (ไม่มีคะแนน IIT/EIT) 3 แห่ง',
    );
    expect(text).toContain('เสี่ยงไม่ผ่าน 4 แห่ง ยังไม่เริ่มดำเนินการ 1 แห่ง');
  });

  it('says plainly that the projection is an estimate from the latest IIT and EIT with today’s OIT, not the NACC’s result', () => {
    const note = model.blocks.find((b) => b.kind === 'notes');

    expect(note?.kind === 'notes' && note.lines.join(' ')).toContain(PROJECTED_NOTE);
    expect(PROJECTED_NOTE).toContain('IIT และ EIT ครั้งล่าสุด');
    expect(PROJECTED_NOTE).toContain('OIT ของวันนี้');
    expect(PROJECTED_NOTE).toContain('ไม่ใช่ผลการประเมินของสำนักงาน ป.ป.ช.');
  });

  it('ranks the organizations in rank order, abbreviated, ties sharing their rank (1, 2, 3, 4, 4, 6)', () => {
    const table = tableAfter(model, '2.');

    expect(table.columns.map((c) => c.label.replace(/\n/g, ' '))).toEqual([
      'ลำดับ',
      'หน่วยงาน',
      'ระดับ ที่คาด',
      'คะแนน รวม ที่คาด',
      'OIT วันนี้',
      'เผยแพร่ OIT',
      'เอกสาร',
      'ITA ล่าสุด',
      'หมายเหตุ',
    ]);
    expect(texts(table, 0)).toEqual(['1', '2', '3', '4', '4', '6', '7', '8', '9']);
    expect(texts(table, 1).slice(0, 5)).toEqual(['ทต.โนนสูง', 'อบต.ใหม่', 'อบต.โตนด', 'อบต.บิง', 'อบต.ดอนหวาย']);
    expect(table.rows[0]?.cells.map((c) => cellOf(c).text)).toEqual([
      '1',
      'ทต.โนนสูง',
      'ผ่านดีเยี่ยม',
      '96.42',
      '100.00',
      '43/43',
      '6/6',
      '94.10',
      '',
    ]);
  });

  it('marks a projected fail and the organizations at risk or not started as warnings', () => {
    const table = tableAfter(model, '2.');
    const failing = table.rows[5]?.cells ?? [];
    const notStarted = table.rows[7]?.cells ?? [];

    expect(cellOf(failing[2] ?? '')).toEqual({ text: 'ต้องปรับปรุง', tone: 'warning' });
    expect(cellOf(failing[8] ?? '')).toEqual({ text: 'เสี่ยง', tone: 'warning' });
    expect(cellOf(notStarted[8] ?? '')).toEqual({ text: 'ยังไม่เริ่ม', tone: 'warning' });
    expect(notStarted.slice(2, 4).map((c) => cellOf(c).text)).toEqual(['-', '-']);
  });

  it('lists the OIT items most lacked with how many organizations lack each', () => {
    const at = model.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('3.'));
    const block = model.blocks[at + 1];

    expect(block?.kind === 'lines' && block.lines[0]).toEqual({
      label: 'o12',
      value: 'ยังไม่เผยแพร่ 7 จาก 9 แห่ง',
    });
  });

  it('lists what each organization lacks: the documents by their tabs’ names, the OIT codes in runs and how many more', () => {
    const table = tableAfter(model, '4.');
    const row = (name: string) =>
      table.rows.find((r) => cellOf(r.cells[1] ?? '').text === name)?.cells.map((c) => cellOf(c).text);

    expect(row('อบต.โตนด')).toEqual(['3', 'อบต.โตนด', 'แบบตรวจ OIT', 'o12, o19–o20, o33, o41']);
    expect(row('อบต.ลำคอหงษ์')?.[3]).toBe('o1–o20 และอีก 11 ข้อ');
    expect(row('อบต.เมืองปราสาท')?.[2]).toBe(
      'มาตรการ, รายงานผล, แผนคุณธรรม, แผนป้องกันทุจริต, คะแนน ITA, แบบตรวจ OIT',
    );
    // Nothing lacking: not listed.
    expect(row('ทต.โนนสูง')).toBeUndefined();
  });

  it('lists the links not read with their row, name, a shortened link and the Thai of the message', () => {
    const table = tableAfter(model, '5.');

    expect(texts(table, 0)).toEqual(['11', '12', '13']);
    expect(texts(table, 2)[0]).toBe('docs.google.com/spreadsheets/d/1NotSharedYetAbC…');
    expect(texts(table, 2)[2]).toBe('ส่งลิงก์ทางไลน์แล้ว');
    // On paper, the state: "click this cell" is the sidebar's, and means nothing to the province.
    expect(texts(table, 3)[0]).toBe('ยังเชื่อมต่อไม่ได้ (ยังไม่ได้กดอนุญาตให้เข้าถึง หรือยังไม่ได้แชร์ไฟล์)');
    expect(texts(table, 3).join(' ')).not.toMatch(/not connected|Allow access/);
  });

  it('is signed by the district’s local government officer unless the signer says otherwise', () => {
    expect(model.signature).toEqual([
      'ลงชื่อ ......................... ผู้รายงาน',
      '(.........................)',
      'ตำแหน่ง ท้องถิ่นอำเภอโนนสูง',
    ]);
    const signed = rollupModel(districtRollup(), {
      thaiDigits: false,
      signer: { name: 'นายสมชาย ใจดี', position: 'ท้องถิ่นอำเภอโนนสูง รักษาราชการแทน' },
    });
    expect(signed.signature?.slice(1)).toEqual(['(นายสมชาย ใจดี)', 'ตำแหน่ง ท้องถิ่นอำเภอโนนสูง รักษาราชการแทน']);
  });
});

describe('rollupModel of a province', () => {
  const model = rollupModel(provinceRollup(), { thaiDigits: true });

  it('speaks of the province, adds the district column, and is signed by the province’s officer', () => {
    const table = tableAfter(model, '2.');

    expect(model.titles[1]).toBe('ขององค์กรปกครองส่วนท้องถิ่นในเขตจังหวัดนครราชสีมา');
    expect(table.columns.map((c) => c.label)[2]).toBe('อำเภอ');
    expect(table.rows).toHaveLength(211);
    expect(new Set(texts(table, 2)).size).toBe(16);
    expect(model.signature?.[2]).toBe('ตำแหน่ง ท้องถิ่นจังหวัดนครราชสีมา');
  });

  it('counts its districts’ roll-ups as the links and the organizations they bring as read', () => {
    const text = allText(model);

    expect(text).toContain('ทั้งหมด 16 รายการ นำเข้าได้ 16 รายการ ยังนำเข้าไม่ได้ 0 รายการ');
    expect(text).toContain('"value":"211 แห่ง"');
  });
});

describe('rollupModel with nothing read', () => {
  it('says so in one line instead of empty tables, and still lists the links not read', () => {
    const model = rollupModel(unreadRollup(), { thaiDigits: false });

    expect(headings(model)).toEqual(['1. สรุปภาพรวม', '2. หน่วยงานที่ยังไม่ได้นำเข้า']);
    expect(allText(model)).toContain('ยังนำเข้าข้อมูลของหน่วยงานไม่ได้สักแห่ง');
    expect(model.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
  });

  it('with no link listed at all, has no table', () => {
    const empty: Rollup = { ...unreadRollup(), sources: [], asOf: '' };

    const model = rollupModel(empty, { thaiDigits: false });

    expect(model.blocks.filter((b) => b.kind === 'table')).toEqual([]);
    expect(allText(model)).toContain('ยังไม่มีรายการลิงก์ของหน่วยงาน');
    expect(model.subtitles).toBeUndefined();
  });
});

describe('rollupModel of a year whose OIT list the add-in ships', () => {
  it('names each item most lacked', () => {
    const organizations = [
      figures({
        organization: 'อบต.ก',
        documents: 6,
        oitPublished: 40,
        oitScoreToday: 90,
        projectedLevel: 'ผ่าน',
        projectedTotal: 86,
        oitMissing: ['o3'],
      }),
    ].map((o) => ({ ...o, fiscalYear: 2564 }));
    const rollup: Rollup = {
      ...districtRollup(),
      fiscalYear: 2564,
      ranked: ranked(organizations, () => 2),
      commonMissing: [{ code: 'o3', count: 1 }],
    };

    const model = rollupModel(rollup, { thaiDigits: false });

    expect(allText(model)).toContain('"label":"o3","value":"อำนาจหน้าที่ ยังไม่เผยแพร่ 1 จาก 1 แห่ง"');
  });
});

describe('the district report’s print view', () => {
  it('writes a hostile organization name as text, escaped, never as markup', () => {
    const html = rollupPrintHtml(districtRollup(), { thaiDigits: false }, '');

    expect(html).toContain(
      '=IMPORTRANGE(&quot;x&quot;,&quot;y&quot;) &lt;script&gt;alert(1)&lt;/script&gt; อบต.ทดสอบ',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('<body class="rollup">');
  });

  it('writes every digit the Thai way when asked, the header’s own line breaks kept', () => {
    const html = rollupPrintHtml(districtRollup(), { thaiDigits: true }, '');
    const body = html.slice(html.indexOf('<body'));

    expect(body).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๙');
    expect(body).toContain('ข้อมูล ณ วันที่ ๗ ธันวาคม ๒๕๖๙ เวลา ๑๐.๓๐ น.');
    expect(body).toContain('<th>คะแนน<br>รวม<br>ที่คาด</th>');
    // Every digit but a link's: a link printed in Thai digits would lead nowhere.
    const text = body.replace(/<[^>]*>/g, ' ');
    expect(toThaiDigitsInText(text)).toBe(text);
    expect(body).toContain('docs.google.com/spreadsheets/d/1NotSharedYetAbC…');
  });
});

describe('the report’s words', () => {
  it('codeRuns joins consecutive codes in the summary’s order, and keeps others as written', () => {
    expect(codeRuns(codes(1, 20))).toBe('o1–o20');
    expect(codeRuns(['o12', 'o19', 'o20', 'o33', 'o9', 'x'])).toBe('o12, o19–o20, o33, o9, x');
    expect(codeRuns([])).toBe('');
  });

  it('shortLink drops the scheme and cuts a long link', () => {
    expect(shortLink('https://docs.google.com/x')).toBe('docs.google.com/x');
    expect(shortLink(`https://docs.google.com/spreadsheets/d/${'a'.repeat(60)}`)).toHaveLength(48);
  });

  it('asOfLine reads the time in Bangkok, over midnight too, and nothing of a blank or broken time', () => {
    expect(asOfLine('2026-12-31T18:05:00Z')).toBe('ข้อมูล ณ วันที่ 1 มกราคม 2570 เวลา 01.05 น.');
    expect(asOfLine('')).toBeUndefined();
    expect(asOfLine('เมื่อวาน')).toBeUndefined();
  });
});
