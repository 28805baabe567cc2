import { needsTextMark, toCellValue } from '../../src/sheets/cell-value';

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
  ])('marks %p as text so Sheets keeps it as written', (text, written) => {
    expect(toCellValue(text)).toBe(written);
  });

  it.each(['มาตรการเผยแพร่ข้อมูล', 'กองคลัง', 'ปีงบประมาณ 2568', 'ลด 80 %', 'a-b'])(
    'writes plain text %p as it is',
    (text) => {
      expect(toCellValue(text)).toBe(text);
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
