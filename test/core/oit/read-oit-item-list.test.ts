import fc from 'fast-check';
import { oitItemList } from '../../../src/core/oit/oit-item-lists';
import { PASTED_SOURCE, readOitItemList } from '../../../src/core/oit/read-oit-item-list';
import { describeProblem } from '../../../src/core/problems/messages';
import { toThaiDigits } from '../../../src/core/thai/digits';
import { fixture } from '../../support/fixtures';

const read = (input: string | unknown[][], year?: number) => {
  const result = readOitItemList(input, year);
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problems)}`);
  return result;
};

const problemsOf = (input: string | unknown[][]) => {
  const result = readOitItemList(input);
  return result.ok ? [] : result.problems;
};

describe('readOitItemList, given a pasted list of lines', () => {
  it('reads the FY 2567 fixture: headings in Thai digits, o๑ O3 and bulleted codes, a wrapped title', () => {
    const { value, titleLines } = read(fixture('oit-list-fy2567.txt'));

    expect(value.items.map((i) => `${i.code} ${i.subIndicator}`)).toEqual([
      'o1 9.1',
      'o2 9.1',
      'o3 9.1',
      'o4 9.1',
      'o5 9.2',
      'o6 9.2',
      'o7 9.2',
      'o8 10.1',
      'o9 10.1',
      'o10 10.2',
      'o11 10.2',
    ]);
    expect(value.items[5]?.title).toBe('รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณประจำปี รอบ ๖ เดือน');
    expect(value.subIndicators.map((s) => `${s.code} ${s.th}`)).toEqual([
      '9.1 ข้อมูลพื้นฐาน',
      '9.2 การบริหารงาน',
      '10.1 การดำเนินการเพื่อป้องกันการทุจริต',
      '10.2 มาตรการภายในเพื่อป้องกันการทุจริต',
    ]);
    expect(titleLines).toHaveLength(2);
  });

  it('is never verified, says the officer pasted it, and takes its year from its title or the caller', () => {
    const fromTitle = read(fixture('oit-list-fy2567.txt')).value;
    const given = read('9.1 ข้อมูลพื้นฐาน\no1 โครงสร้าง', 2569).value;
    const none = read('9.1 ข้อมูลพื้นฐาน\no1 โครงสร้าง').value;

    expect([fromTitle.verified, fromTitle.source, fromTitle.fiscalYears]).toEqual([
      false,
      PASTED_SOURCE,
      [2567],
    ]);
    expect([given.fiscalYears, none.fiscalYears]).toEqual([[2569], []]);
  });

  it('takes codes out of order as they come, and a count after a heading off its name', () => {
    const { value } = read('9.2 การบริหารงาน (2)\no12 คู่มือ\no11 แผน\n9.1 ข้อมูลพื้นฐาน (1 ข้อ)\no1 โครงสร้าง');

    expect(value.items.map((i) => i.code)).toEqual(['o12', 'o11', 'o1']);
    expect(value.subIndicators.map((s) => s.th)).toEqual(['การบริหารงาน', 'ข้อมูลพื้นฐาน']);
  });

  it('reads a sub-indicator headed as an indicator with its code: ตัวชี้วัดที่ 9.1', () => {
    const { value } = read('ตัวชี้วัดที่ ๙.๑ ข้อมูลพื้นฐาน\no1 โครงสร้าง');

    expect(value.subIndicators).toEqual([{ code: '9.1', th: 'ข้อมูลพื้นฐาน' }]);
  });

  it('skips a header row repeated at a page break and a heading repeated over the next page', () => {
    const { value } = read(
      'ข้อ ข้อมูล ตัวชี้วัดย่อย\n9.1 ข้อมูลพื้นฐาน\no1 โครงสร้าง\nข้อ ข้อมูล\n9.1 ข้อมูลพื้นฐาน\no2 ข้อมูลผู้บริหาร',
    );

    expect(value.items.map((i) => `${i.code} ${i.title}`)).toEqual(['o1 โครงสร้าง', 'o2 ข้อมูลผู้บริหาร']);
    expect(value.subIndicators).toHaveLength(1);
  });
});

describe('readOitItemList, given a table', () => {
  it('reads rows of code, title and sub-indicator in any column order', () => {
    const rows = [
      ['ข้อ', 'ข้อมูล', 'ตัวชี้วัดย่อย'],
      ['o1', 'โครงสร้าง', '9.1 ข้อมูลพื้นฐาน'],
      ['O2', 'ข้อมูลผู้บริหาร', '๙.๑'],
      ['10.2', 'o42', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'],
    ];

    const { value } = read(rows);

    expect(value.items.map((i) => `${i.code} ${i.subIndicator} ${i.title}`)).toEqual([
      'o1 9.1 โครงสร้าง',
      'o2 9.1 ข้อมูลผู้บริหาร',
      'o42 10.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    ]);
    expect(value.subIndicators.map((s) => `${s.code} ${s.th}`)).toEqual(['9.1 ข้อมูลพื้นฐาน', '10.2 ']);
  });

  it('reads a table whose sub-indicator cell was merged: the rows below it belong to it', () => {
    const rows = [
      ['9.1 ข้อมูลพื้นฐาน', 'o1', 'โครงสร้าง'],
      ['', 'o2', 'ข้อมูลผู้บริหาร'],
    ];

    expect(read(rows).value.items.map((i) => `${i.code} ${i.subIndicator}`)).toEqual(['o1 9.1', 'o2 9.1']);
  });
});

describe('readOitItemList, given what is not a list', () => {
  it('keeps an item before any heading with an empty sub-indicator, in a year without a list', () => {
    const reading = readOitItemList('รายการข้อ OIT\no1 โครงสร้าง\n9.1 ข้อมูลพื้นฐาน\no2 ข้อมูลผู้บริหาร');

    expect(reading.ok && reading.value.items).toEqual([
      { code: 'o1', title: 'โครงสร้าง', subIndicator: '' },
      { code: 'o2', title: 'ข้อมูลผู้บริหาร', subIndicator: '9.1' },
    ]);
  });

  it('names the line and text of a code given twice, however it is written', () => {
    expect(problemsOf('9.1 ข้อมูลพื้นฐาน\no1 โครงสร้าง\nO๑ โครงสร้างอีกครั้ง')).toEqual([
      { code: 'duplicate-item', item: 'o1', line: 3, text: 'O๑ โครงสร้างอีกครั้ง' },
    ]);
  });

  it('names an item without a title', () => {
    expect(problemsOf('9.1 ข้อมูลพื้นฐาน\no1')).toEqual([{ code: 'item-without-title', line: 2, text: 'o1' }]);
  });

  it('says there is no item in an empty paste or prose', () => {
    expect(problemsOf('')).toEqual([{ code: 'no-oit-items' }]);
    expect(problemsOf('แบบตรวจการเปิดเผยข้อมูลสาธารณะ\n9.1 ข้อมูลพื้นฐาน')).toEqual([{ code: 'no-oit-items' }]);
    expect(describeProblem({ code: 'no-oit-items' }).en).toContain('has no OIT item');
  });
});

/** A list written out as an officer pastes it: headings then items, digits Thai or Arabic. */
function written(
  groups: readonly { code: string; name: string; titles: readonly string[] }[],
  thai: boolean,
): { text: string; items: string[] } {
  const lines: string[] = [];
  const items: string[] = [];
  let n = 0;
  for (const group of groups) {
    lines.push(`${thai ? toThaiDigits(group.code) : group.code} ${group.name}`);
    for (const title of group.titles) {
      n += 1;
      lines.push(`${n % 2 ? 'o' : 'O'}${thai ? toThaiDigits(String(n)) : n} ${title}`);
      items.push(`o${n} ${group.code} ${title}`);
    }
  }
  return { text: lines.join('\n'), items };
}

const thaiWords = fc
  .array(fc.constantFrom('ข้อมูล', 'แผน', 'รายงาน', 'การ', 'บริหาร', 'งบประมาณ', 'Social', 'E-Service'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((ws) => ws.join(' '));
const group = fc.record({
  code: fc.constantFrom('9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2'),
  name: thaiWords,
  titles: fc.array(thaiWords, { minLength: 1, maxLength: 6 }),
});

describe('readOitItemList, whatever is pasted', () => {
  it('reads back every item of a list written out, in Thai or Arabic digits', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(group, { selector: (g) => g.code, minLength: 1 }),
        fc.boolean(),
        (groups, thai) => {
          const { text, items } = written(groups, thai);

          const result = readOitItemList(text);

          expect(
            result.ok && result.value.items.map((i) => `${i.code} ${i.subIndicator} ${i.title}`),
          ).toEqual(items);
        },
      ),
    );
  });

  it('reads a built-in list written out exactly as the built-in list', () => {
    const list = oitItemList(2564)!;
    const lines = list.subIndicators.flatMap((s) => [
      `${s.code} ${s.th}`,
      ...list.items.filter((i) => i.subIndicator === s.code).map((i) => `${i.code} ${i.title}`),
    ]);

    const result = readOitItemList(lines.join('\n'));

    expect(result.ok && [result.value.items, result.value.subIndicators]).toEqual([
      list.items,
      list.subIndicators,
    ]);
  });

  it('gives a list or problems with Thai and English words for any rows, never a crash', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('o1', 'O๒', '9.1', '๑๐.๒', 'ตัวชี้วัดที่ 9', '', 'ข้อ'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 20 }), (rows) => {
        const result = readOitItemList(rows);

        if (result.ok) expect(result.value.items.length).toBeGreaterThan(0);
        else for (const p of result.problems) expect(describeProblem(p).th).not.toBe('');
      }),
    );
  });
});
