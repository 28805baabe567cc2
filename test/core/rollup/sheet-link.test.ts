import fc from 'fast-check';
import { importFormula, readSheetLink, sheetLinkOf } from '../../../src/core/rollup/sheet-link';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';

describe('an organization link, as the district officer pastes it', () => {
  it.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`],
    [`https://docs.google.com/spreadsheets/d/${ID}`],
    [`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit`],
    [`docs.google.com/spreadsheets/d/${ID}/edit`],
    [`  ${ID}  `],
  ])('reads the spreadsheet id of %s', (link) => {
    expect(readSheetLink(link)).toEqual({ ok: true, id: ID });
  });

  it.each([
    ['', 'ยังไม่มีลิงก์'],
    [`=IMPORTRANGE("${ID}", "A1")`, 'ไม่ใช่ลิงก์ของ Google Sheets'],
    [`https://docs.google.com.evil.example/spreadsheets/d/${ID}`, 'ไม่ใช่ลิงก์ของ Google Sheets'],
    [`https://evil.example/docs.google.com/spreadsheets/d/${ID}`, 'ไม่ใช่ลิงก์ของ Google Sheets'],
    [`http://docs.google.com/spreadsheets/d/${ID}`, 'ไม่ใช่ลิงก์ของ Google Sheets'],
    [`https://drive.google.com/open?id=${ID}`, 'ไม่ใช่ลิงก์ของ Google Sheets'],
    [`https://docs.google.com/document/d/${ID}/edit`, 'ไม่ใช่ลิงก์ของ Google Sheets'],
    [`https://docs.google.com/spreadsheets/d/e/2PACX-${ID}/pubhtml`, 'เผยแพร่ทางเว็บ'],
    [`${ID}") & IMPORTRANGE("x`, 'ไม่ใช่ลิงก์ของ Google Sheets'],
    [`https://docs.google.com/spreadsheets/d/${ID}" , "A1`, 'ไม่ใช่ลิงก์ของ Google Sheets'],
    ['javascript:alert(1)', 'ไม่ใช่ลิงก์ของ Google Sheets'],
    ['abc', 'ไม่ใช่ลิงก์ของ Google Sheets'],
    ['องค์การบริหารส่วนตำบลหนองบัว', 'ไม่ใช่ลิงก์ของ Google Sheets'],
    [`${ID}\n=1+1`, 'ไม่ใช่ลิงก์ของ Google Sheets'],
  ])('refuses %j, saying why in Thai', (link, why) => {
    const read = readSheetLink(link);

    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.reason).toContain(why);
  });

  it('suggests pasting again as text when the cell holds a name, as Sheets leaves a link turned into a file chip', () => {
    const read = readSheetLink('ITA อบต.โคกสะอาด 2569');
    const plain = readSheetLink('https://example.com/x');

    expect(read.ok ? '' : read.reason).toContain('Ctrl+Shift+V');
    expect(plain.ok ? '' : plain.reason).not.toContain('Ctrl+Shift+V');
  });

  it('never lets a quote, a bracket or a second formula into the import it writes, whatever is pasted', () => {
    const pasted = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.string({ maxLength: 60 }).map((tail) => `https://docs.google.com/spreadsheets/d/${ID}${tail}`),
      fc.string({ maxLength: 60 }).map((tail) => `${ID}${tail}`),
    );
    fc.assert(
      fc.property(pasted, (text) => {
        const read = readSheetLink(text);
        if (!read.ok) return;
        expect(importFormula(read.id, 'ITA_SUMMARY')).toMatch(
          /^=IMPORTRANGE\("https:\/\/docs\.google\.com\/spreadsheets\/d\/[A-Za-z0-9_-]+", "ITA_SUMMARY"\)$/,
        );
      }),
    );
  });

  it('refuses to build an import from anything but an id and a range name', () => {
    expect(() => importFormula('x", "A1', 'ITA_SUMMARY')).toThrow('not a spreadsheet id');
    expect(() => importFormula(ID, 'A1:B2")')).toThrow('not a range name');
    expect(sheetLinkOf(ID)).toBe(`https://docs.google.com/spreadsheets/d/${ID}`);
  });
});
