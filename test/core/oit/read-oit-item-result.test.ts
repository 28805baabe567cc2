import { readOitItemResult } from '../../../src/core/oit/read-oit-item-result';

describe('readOitItemResult', () => {
  it.each<[unknown, string]>([
    [100, 'published'],
    [0, 'missing'],
    ['๑๐๐', 'published'],
    [' 0 ', 'missing'],
    ['100.00', 'published'],
    [true, 'published'],
    [false, 'missing'],
    ['TRUE', 'published'],
    ['false', 'missing'],
    ['✓', 'published'],
    ['✔', 'published'],
    ['✔\ufe0f', 'published'],
    ['✗', 'missing'],
    ['✘', 'missing'],
    ['x', 'missing'],
    [' X ', 'missing'],
    ['เผยแพร่แล้ว', 'published'],
    ['อยู่ระหว่างดำเนินการ', 'missing'],
    ['ยังไม่ดำเนินการ', 'missing'],
    ['ไม่ต้องเผยแพร่', 'exempt'],
    ['ไม่ต้องเผยแพร่ เพราะไม่มีภารกิจด้านนี้', 'exempt'],
  ])('reads %j as %s', (value, result) => {
    expect(readOitItemResult(value)).toEqual({ ok: true, value: result });
  });

  it('leaves a blank cell to the caller', () => {
    expect(readOitItemResult('  ')).toEqual({ ok: false, problem: { code: 'blank' } });
  });

  it.each<unknown>([50, '99.5', 'ok', 'เผยแพร่แล้วบางส่วน', Number.NaN, new Date(0), [[100]]])(
    'refuses %j: an item scores all or nothing',
    (value) => {
      expect(readOitItemResult(value)).toEqual({ ok: false, problem: { code: 'not-an-oit-result', value } });
    },
  );
});
