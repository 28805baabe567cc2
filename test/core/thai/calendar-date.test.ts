import fc from 'fast-check';
import {
  bangkokCalendarDate,
  daysInMonth,
  fromSheetsSerial,
  isLeapYear,
  isValidCalendarDate,
} from '../../../src/core/thai/calendar-date';

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('reads %i as leap: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2026, 4, 30],
    [2026, 9, 30],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('counts %i-%i as %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isValidCalendarDate', () => {
  it.each([
    [{ year: 2026, month: 11, day: 22 }, true],
    [{ year: 2024, month: 2, day: 29 }, true],
    [{ year: 2026, month: 2, day: 29 }, false],
    [{ year: 2026, month: 9, day: 31 }, false],
    [{ year: 2026, month: 13, day: 1 }, false],
    [{ year: 2026, month: 0, day: 1 }, false],
    [{ year: 2026, month: 1, day: 0 }, false],
    [{ year: 2026, month: 1, day: 1.5 }, false],
  ])('reads %o as a real day: %s', (date, valid) => {
    expect(isValidCalendarDate(date)).toBe(valid);
  });
});

describe('bangkokCalendarDate', () => {
  it.each([
    ['2026-11-21T17:00:00Z', 'midnight in Bangkok', { year: 2026, month: 11, day: 22 }],
    ['2026-11-22T16:59:59Z', '23:59:59 in Bangkok', { year: 2026, month: 11, day: 22 }],
    ['2026-11-22T17:00:00Z', 'the next midnight in Bangkok', { year: 2026, month: 11, day: 23 }],
    ['2026-12-31T17:00:00Z', 'new year in Bangkok', { year: 2027, month: 1, day: 1 }],
    ['2024-02-28T17:00:00Z', 'a leap day in Bangkok', { year: 2024, month: 2, day: 29 }],
  ])('reads %s (%s) as the Bangkok day', (iso, _when, date) => {
    expect(bangkokCalendarDate(new Date(iso))).toEqual(date);
  });

  it('reads the day at UTC+7 whatever the time zone of the process', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (date) => {
          const bangkok = new Date(date.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);

          const { year, month, day } = bangkokCalendarDate(date);

          expect(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(bangkok);
        },
      ),
    );
  });
});

describe('fromSheetsSerial', () => {
  it.each([
    [0, { year: 1899, month: 12, day: 30 }],
    [1, { year: 1899, month: 12, day: 31 }],
    [61, { year: 1900, month: 3, day: 1 }],
    [46348, { year: 2026, month: 11, day: 22 }],
    [46348.99, { year: 2026, month: 11, day: 22 }],
    [45351, { year: 2024, month: 2, day: 29 }],
    [2958465, { year: 9999, month: 12, day: 31 }],
  ])('reads serial %d as %o', (serial, date) => {
    expect(fromSheetsSerial(serial)).toEqual(date);
  });
});
