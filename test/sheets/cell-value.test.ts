import fc from 'fast-check';
import { needsTextMark, PLAIN_TEXT, toCellValue } from '../../src/sheets/cell-value';
import { MemoryWorkbook } from '../../src/sheets/memory';

describe('toCellValue', () => {
  it.each([
    ['=IMPORTXML("http://x","//a")', `'=IMPORTXML("http://x","//a")`],
    ['+66 81 234 5678', "'+66 81 234 5678"],
    ['-5', "'-5"],
    ['@มาตรการ', "'@มาตรการ"],
    ['  =SUM(A1)', "'  =SUM(A1)"],
    ['\ufeff=1+1', "'\ufeff=1+1"],
    ['2562', "'2562"],
    ['50,000', "'50,000"],
    ['12%', "'12%"],
    ['1e3', "'1e3"],
    ['2.5E-2', "'2.5E-2"],
    ['1/10/2567', "'1/10/2567"],
    ['TRUE', "'TRUE"],
    ["'อ้างอิง'", "''อ้างอิง'"],
    ['Mar 1 2016', "'Mar 1 2016"],
    ['1 Oct 2024', "'1 Oct 2024"],
    ['2024-10-01 10:00', "'2024-10-01 10:00"],
    ['1 1/2', "'1 1/2"],
    ['10 %', "'10 %"],
    ['$ 5', "'$ 5"],
    ['o1', "'o1"],
  ])('marks %p as text so Sheets keeps it as written', (text, written) => {
    expect(toCellValue(text)).toBe(written);
  });

  it.each(['มาตรการเผยแพร่ข้อมูล', 'กองคลัง', 'ปีงบประมาณ 2568', 'ลด 80 %', 'a-b', 'Mar'])(
    'writes plain text %p as it is',
    (text) => {
      expect(toCellValue(text)).toBe(text);
    },
  );

  it.each(["'อ้างอิง", '=SUM(A1)', '1 Oct 2024', '0812345678'])(
    'writes %p as it is into a cell formatted as plain text, where Sheets keeps an apostrophe as a character',
    (text) => {
      expect(toCellValue(text, PLAIN_TEXT)).toBe(text);
    },
  );

  it('writes numbers and booleans as they are, and null as an empty cell', () => {
    expect([toCellValue(77.21), toCellValue(false), toCellValue(null)]).toEqual([77.21, false, '']);
  });
});

describe('needsTextMark', () => {
  it('is false for Thai text with numbers inside it', () => {
    expect(needsTextMark('รายงานผลรอบ ๖ เดือน')).toBe(false);
  });
});

describe('toCellValue written to the memory workbook, which reads typed text as Sheets does', () => {
  const valueLike = fc.oneof(
    fc.constantFrom('Mar 1 2016', '1 Oct 2024', '2024-10-01 10:00', '1 1/2', '10 %', '$ 5', '(5)', '10:00'),
    fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('/', '-', ' ', ':', '.', ','), fc.nat(3000))
      .map(([a, sep, b]) => `${a}${sep}${b}`),
    fc
      .tuple(fc.constantFrom('Jan', 'Oct', 'May', '$', '(', '-', '+'), fc.nat(99))
      .map(([w, n]) => `${w} ${n}`),
  );
  const text = fc.oneof(valueLike, fc.string(), fc.string({ unit: 'grapheme' }));

  it('reads back every string exactly as written, in a General cell and in a plain-text cell', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();
    const general = sheet.getRange('A1');
    const plain = sheet.getRange('B1').setNumberFormat(PLAIN_TEXT);

    fc.assert(
      fc.property(text, (s) => {
        general.setValues([[toCellValue(s)]]);
        plain.setValues([[toCellValue(s, PLAIN_TEXT)]]);

        expect(general.getValues()).toEqual([[s]]);
        expect(plain.getValues()).toEqual([[s]]);
      }),
      { numRuns: 500 },
    );
  });
});
