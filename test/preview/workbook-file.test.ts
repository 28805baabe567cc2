import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PreviewProperties } from '../../src/preview/preview-properties';
import { fromPreviewFile, toPreviewFile } from '../../src/preview/preview-workbooks';
import { oneWorkbook, readPreviewFile, writePreviewFile } from '../../src/preview/workbook-file';
import { MemoryWorkbook } from '../../src/sheets/memory';

const ID = (letter: string) => letter.repeat(44);

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ita-preview-file-'));
  file = join(dir, 'workbook.json');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A workbook of an id with "name" in A1 and, for an organization, the range ITA_SUMMARY on it. */
function book(id: string, name: string): { workbook: MemoryWorkbook; properties: PreviewProperties } {
  const workbook = new MemoryWorkbook({ id, name });
  const sheet = workbook.getSheets()[0];
  sheet?.getRange('A1').setValues([[name]]);
  if (sheet) workbook.setNamedRange('ITA_SUMMARY', sheet.getRange('A1'));
  return { workbook, properties: new PreviewProperties({ 'ita-sheets.profile': name }) };
}

describe('the preview file of several workbooks', () => {
  it('reads back every workbook, its properties, the shares and the Allow access grants', () => {
    const district = book(ID('d'), 'อำเภอ');
    const a = book(ID('a'), 'ก');
    const b = book(ID('b'), 'ข');
    const workbooks = fromPreviewFile({
      documents: [a, district, b],
      shares: [
        { sourceId: ID('a'), withId: ID('d') },
        { sourceId: ID('b'), withId: ID('d') },
      ],
      allowed: [{ importerId: ID('d'), sourceId: ID('a') }],
    });
    // setValues takes "=…" as a formula, as Sheets takes typing.
    district.workbook
      .getSheets()[0]
      ?.getRange('B1:C1')
      .setValues([
        [`=IMPORTRANGE("${ID('a')}", "ITA_SUMMARY")`, `=IMPORTRANGE("${ID('b')}", "ITA_SUMMARY")`],
      ]);
    writePreviewFile(file, toPreviewFile(workbooks));

    const read = readPreviewFile(file);
    const again = read && fromPreviewFile(read);

    expect(read?.legacy).toBe(false);
    expect(read?.documents.map((d) => d.workbook.toJSON())).toEqual(
      [a, district, b].map((d) => d.workbook.toJSON()),
    );
    expect(read?.documents.map((d) => d.properties.toJSON())).toEqual(
      [a, district, b].map((d) => d.properties.toJSON()),
    );
    expect(read?.shares).toEqual([
      { sourceId: ID('a'), withId: ID('d') },
      { sourceId: ID('b'), withId: ID('d') },
    ]);
    expect(read?.allowed).toEqual([{ importerId: ID('d'), sourceId: ID('a') }]);
    expect(again?.documents[1]?.workbook.getSheets()[0]?.getRange('B1:C1').getValues()).toEqual([
      ['ก', '#REF!'],
    ]);
  });

  it('keeps a grant whose share was taken back: sharing again brings the values without a click', () => {
    const district = book(ID('d'), 'อำเภอ');
    const a = book(ID('a'), 'ก');
    const workbooks = fromPreviewFile({
      documents: [district, a],
      shares: [{ sourceId: ID('a'), withId: ID('d') }],
      allowed: [{ importerId: ID('d'), sourceId: ID('a') }],
    });
    workbooks.registry.unshare(ID('a'), ID('d'));
    writePreviewFile(file, toPreviewFile(workbooks));

    const read = readPreviewFile(file);
    const again = read && fromPreviewFile(read);

    expect(read?.shares).toEqual([]);
    expect(again?.registry.isAllowed(ID('d'), ID('a'))).toBe(true);
  });

  it('refuses two workbooks of one id, and a share that names no spreadsheet id, in Thai', () => {
    const a = book(ID('a'), 'ก');
    writePreviewFile(file, { documents: [a, book(ID('a'), 'ข')], shares: [], allowed: [] });

    expect(() => readPreviewFile(file)).toThrow(/ไฟล์สมุดงาน .* เสียหาย \(two workbooks have the id a{44}\)/);

    const saved = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(
      file,
      JSON.stringify({ ...saved, workbooks: [saved.workbooks[0]], shares: [{ source: '"x"', with: 'y' }] }),
    );
    expect(() => readPreviewFile(file)).toThrow(/ไม่ใช่ไฟล์สมุดงานของ ita-sheets preview/);
  });
});

describe('an older preview file of one workbook', () => {
  it('loads as the default workbook alone, marked legacy', () => {
    const a = book('ita-sheets-preview', 'ita-sheets ตัวอย่าง');
    writeFileSync(file, JSON.stringify({ workbook: a.workbook.toJSON(), properties: a.properties }));

    const read = readPreviewFile(file);

    expect(read?.legacy).toBe(true);
    expect(read?.documents.map((d) => d.workbook.toJSON())).toEqual([a.workbook.toJSON()]);
    expect(read?.documents[0]?.properties.toJSON()).toEqual(a.properties.toJSON());
    expect([read?.shares, read?.allowed]).toEqual([[], []]);
  });

  it('is written back in the new shape', () => {
    const a = book('ita-sheets-preview', 'ita-sheets ตัวอย่าง');

    writePreviewFile(file, oneWorkbook(a));

    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'ita-sheets/preview',
      version: 2,
      workbooks: [{ workbook: { id: 'ita-sheets-preview' } }],
      shares: [],
      allowed: [],
    });
  });
});
