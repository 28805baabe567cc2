import { readCellDate } from '../../../src/core/thai/read-date';

const NOV_22_2026 = { year: 2026, month: 11, day: 22 };

describe('readCellDate', () => {
  it.each([
    ['๒๒ พ.ย. ๖๙'],
    ['22 พ.ย. 69'],
    ['๒๒ พฤศจิกายน ๒๕๖๙'],
    ['22 พฤศจิกายน 2569'],
    ['22 พฤศจิกายน พ.ศ. 2569'],
    ['22 พฤศจิกายน พ.ศ.2569'],
    ['วันที่ 22 พฤศจิกายน 2569'],
    ['วันที่ ๒๒ พ.ย. ๒๕๖๙'],
    ['22 พย 69'],
    ['22 พ.ย 69'],
    ['22 พ. ย. 69'],
    ['22พ.ย.69'],
    ['22 พฤศจิกายน ค.ศ. 2026'],
    ['22 พฤศจิกายน 2026'],
    ['22/11/2569'],
    ['22/11/2026'],
    ['๒๒/๑๑/๖๙'],
    ['22-11-2569'],
    ['22.11.69'],
    ['2026-11-22'],
    ['  22 พ.ย. 69\u00a0'],
  ])('reads the text %s as 22 November 2026', (text) => {
    expect(readCellDate(text)).toEqual({ ok: true, value: NOV_22_2026 });
  });

  it.each([
    ['1 ต.ค. 2567', { year: 2024, month: 10, day: 1 }],
    ['1 ต.ค. 67', { year: 2024, month: 10, day: 1 }],
    ['๓๐ ก.ย. ๖๘', { year: 2025, month: 9, day: 30 }],
    ['31 มี.ค. 68', { year: 2025, month: 3, day: 31 }],
    ['5 มกราคม 2505', { year: 1962, month: 1, day: 5 }],
    ['1 กรกฏาคม 2569', { year: 2026, month: 7, day: 1 }],
    ['29 ก.พ. 2567', { year: 2024, month: 2, day: 29 }],
    ['1/1/2443', { year: 1900, month: 1, day: 1 }],
    ['1/1/2399', { year: 2399, month: 1, day: 1 }],
  ])('reads %s as %o (two-digit years and four-digit years from 2400 are B.E.)', (text, date) => {
    expect(readCellDate(text)).toEqual({ ok: true, value: date });
  });

  it.each([
    ['ม.ค.', 1],
    ['ก.พ.', 2],
    ['มี.ค.', 3],
    ['เม.ย.', 4],
    ['พ.ค.', 5],
    ['มิ.ย.', 6],
    ['ก.ค.', 7],
    ['ส.ค.', 8],
    ['ก.ย.', 9],
    ['ต.ค.', 10],
    ['พ.ย.', 11],
    ['ธ.ค.', 12],
    ['มกราคม', 1],
    ['กุมภาพันธ์', 2],
    ['มีนาคม', 3],
    ['เมษายน', 4],
    ['พฤษภาคม', 5],
    ['มิถุนายน', 6],
    ['กรกฎาคม', 7],
    ['สิงหาคม', 8],
    ['กันยายน', 9],
    ['ตุลาคม', 10],
    ['พฤศจิกายน', 11],
    ['ธันวาคม', 12],
  ])('reads the month name %s as month %i', (name, month) => {
    expect(readCellDate(`1 ${name} 2569`)).toEqual({ ok: true, value: { year: 2026, month, day: 1 } });
  });

  it('reads a date cell as its day in Bangkok, from midnight to 23:59', () => {
    expect(readCellDate(new Date('2026-11-21T17:00:00Z'))).toEqual({ ok: true, value: NOV_22_2026 });
    expect(readCellDate(new Date('2026-11-22T16:59:00Z'))).toEqual({ ok: true, value: NOV_22_2026 });
  });

  it.each([
    [46348, NOV_22_2026],
    [46348.75, NOV_22_2026],
    [1, { year: 1899, month: 12, day: 31 }],
    [2958465, { year: 9999, month: 12, day: 31 }],
  ])('reads the number %d as a Sheets date serial', (serial, date) => {
    expect(readCellDate(serial)).toEqual({ ok: true, value: date });
  });

  it.each([[''], ['   '], [null], [undefined]])('reads %p as the blank problem', (value) => {
    expect(readCellDate(value)).toEqual({ ok: false, problem: { code: 'blank' } });
  });

  it.each([
    ['31 ก.ย. 69'],
    ['29 ก.พ. 2569'],
    ['29 ก.พ. 69'],
    ['31/04/2569'],
    ['22/13/2569'],
    ['2026-02-30'],
    ['0 ม.ค. 69'],
  ])('reads %s as no-such-date', (text) => {
    expect(readCellDate(text)).toEqual({ ok: false, problem: { code: 'no-such-date', value: text } });
  });

  it.each([
    ['abc'],
    ['22 ฟฟ 69'],
    ['22 พ.ย.'],
    ['พ.ย. 69'],
    ['22 พ.ย. 569'],
    ['22/11'],
    ['1/1/1500'],
    ['1/1/2400'],
    ['12,345'],
    [0],
    [-5],
    [2958466],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [true],
    [new Date(Number.NaN)],
    [{}],
  ])('reads %p as not-a-date', (value) => {
    expect(readCellDate(value)).toEqual({ ok: false, problem: { code: 'not-a-date', value } });
  });
});
