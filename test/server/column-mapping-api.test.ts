import { asDocumentTab, readRecords } from '../../src/sheets/document-tab';
import { META, readMetadata } from '../../src/sheets/metadata';
import { sheetById } from '../../src/sheets/operations/context';
import { fixture } from '../support/fixtures';
import { pasteTab, snapshot, testOffice } from '../support/workbook';

const MEASURES = fixture('measures-no-header-fy2568.txt');
const MAPPING = ['no', 'measure', 'steps', 'period', 'responsible', 'monitoring', '-'];

function office(text = MEASURES) {
  const { workbook, api } = testOffice();
  const pasted = pasteTab(workbook, 'วาง', text);
  return { workbook, pasted, api };
}

/** `count` header-less measures rows like the fixture's. */
function manyMeasures(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `${i + 1}\tมาตรการที่ ${i + 1} ของปี\t1. ขั้นตอนแรก 2. ขั้นตอนที่สอง\tต.ค. 67\tกองคลัง\tรายงานผล\tหมายเหตุ ${i + 1}`,
  ).join('\n');
}

describe('readPastedColumns', () => {
  it('shows each pasted column with its first values and a guessed field, and reads the tab once', () => {
    const { workbook, api } = office();
    const before = workbook.calls;

    const answer = api.readPastedColumns({ type: 'measures' });

    if (!answer.ok) throw new Error(answer.error);
    expect(answer.value).toMatchObject({ sheetName: 'วาง', type: 'measures', headed: false });
    expect(answer.value.columns.map((c) => c.guess)).toEqual(MAPPING);
    expect(answer.value.columns[4]?.samples).toEqual(['กองคลัง', 'สำนักปลัด', 'สำนักปลัด\nกองช่าง']);
    expect(answer.value.fields.map((f) => f.key)).toEqual(MAPPING.slice(0, 6));
    expect((workbook.calls['Range.getValues'] ?? 0) - (before['Range.getValues'] ?? 0)).toBe(1);
  });

  it('refuses a document that is not a table, in Thai', () => {
    const { api } = office();

    expect(api.readPastedColumns({ type: 'action-plan' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('ไม่ใช่ตาราง จึงกำหนดคอลัมน์ไม่ได้'),
    });
  });
});

describe('structureActiveTab with a column mapping', () => {
  it('is asked for when a table has no header: the refusal says where to map the columns', () => {
    const { api } = office();

    expect(api.structureActiveTab({ type: 'measures' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('ถ้าตารางไม่มีหัวตาราง ให้เลือก "กำหนดคอลัมน์เอง" ในแถบข้าง'),
    });
  });

  it('makes a new tab of the records, the kept column after the fields, the mapping in its metadata', () => {
    const { workbook, pasted, api } = office();
    const before = snapshot(pasted);

    const answer = api.structureActiveTab({ type: 'measures', columns: MAPPING });

    if (!answer.ok) throw new Error(answer.error);
    const sheet = sheetById(workbook, answer.value.tab.sheetId);
    const tab = asDocumentTab(sheet)!;
    expect(snapshot(pasted)).toEqual(before);
    expect(answer.value.records).toBe(5);
    expect(readRecords(tab).map((r) => r.record.measure)).toEqual([
      'เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีให้บุคลากรและประชาชนทราบ',
      'เปิดช่องทางร้องเรียนการทุจริตที่ปลอดภัยต่อผู้ร้องเรียน',
      'ประเมินความพึงพอใจผู้รับบริการผ่าน QR Code',
      'อบรมประมวลจริยธรรมแก่บุคลากรที่บรรจุใหม่',
      'จัดทำคู่มือการปฏิบัติงานเพื่อป้องกันผลประโยชน์ทับซ้อน',
    ]);
    expect(sheet.getRange('G1:G3').getValues()).toEqual([
      ['คอลัมน์ที่ 7 ที่วางมา'],
      ['เริ่มดำเนินการตั้งแต่ปีที่แล้ว'],
      ['เพิ่มตามข้อเสนอของประชาคม'],
    ]);
    expect(JSON.parse(readMetadata(sheet).get(META.columns) ?? 'null')).toEqual(MAPPING);
    expect(answer.value.warnings.map((w) => [w.severity, w.message])).toEqual([
      [
        'warning',
        expect.stringContaining('หัวคอลัมน์ที่ 7 "คอลัมน์ที่ 7 ที่วางมา" ไม่ตรงกับช่องใด จึงเก็บไว้เป็นคอลัมน์แยก ไม่ตัดทิ้ง'),
      ],
    ]);
  });

  it('refuses a bad mapping naming the entry, and makes no tab', () => {
    const { workbook, api } = office();
    const tabs = workbook.getSheets().length;

    const answer = api.structureActiveTab({ type: 'measures', columns: ['no', 'measure', 'stepz'] });

    expect(answer).toMatchObject({
      ok: false,
      error: expect.stringContaining('คอลัมน์ที่ 3 "stepz" ไม่ใช่ช่องของเอกสารนี้'),
    });
    expect(workbook.getSheets()).toHaveLength(tabs);
  });

  it('refuses columns that are not a list of words, in Thai', () => {
    const { api } = office();

    expect(api.structureActiveTab({ type: 'measures', columns: 'no,measure' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('คอลัมน์ต้องเป็นรายการชื่อช่อง'),
    });
  });

  it('makes no more service calls for 200 measures than for 5', () => {
    const calls = (count: number) => {
      const { workbook, api } = office(manyMeasures(count));
      const before = workbook.calls;
      const answer = api.structureActiveTab({ type: 'measures', columns: MAPPING });
      if (!answer.ok) throw new Error(answer.error);
      const after = workbook.calls;
      return Object.fromEntries(Object.keys(after).map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]));
    };

    const few = calls(5);
    expect(calls(200)).toEqual(few);
    expect(few['Range.getValues']).toBe(1);
    // The records, and the summary for the district (its tab made by this first action).
    expect(few['Range.setValues']).toBe(2);
  });
});

describe('structureActiveTab with the tab the columns were read from', () => {
  it('refuses when another tab is active now, and makes no tab', () => {
    const { workbook, pasted, api } = office();
    const read = api.readPastedColumns({ type: 'measures' });
    if (!read.ok) throw new Error(read.error);
    const other = pasteTab(workbook, 'วางอีกแท็บ', MEASURES);
    const tabs = workbook.getSheets().length;

    const answer = api.structureActiveTab({
      type: 'measures',
      columns: MAPPING,
      sheetId: read.value.sheetId,
    });

    expect(read.value.sheetId).toBe(pasted.getSheetId());
    expect(workbook.getActiveSheet().getSheetId()).toBe(other.getSheetId());
    expect(answer).toMatchObject({
      ok: false,
      error: expect.stringContaining('แท็บที่เปิดอยู่ "วางอีกแท็บ" ไม่ใช่แท็บที่กำหนดคอลัมน์ไว้'),
    });
    expect(workbook.getSheets()).toHaveLength(tabs);
  });

  it('structures it while it is still the active tab', () => {
    const { pasted, api } = office();

    const answer = api.structureActiveTab({
      type: 'measures',
      columns: MAPPING,
      sheetId: pasted.getSheetId(),
    });

    expect(answer).toMatchObject({ ok: true, value: { records: 5 } });
  });
});
