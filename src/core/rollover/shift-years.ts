/**
 * Moves the Buddhist-Era years of a text on by some years, as rolling a document into the next
 * fiscal year needs: `๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘` → `๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙`, `ปีงบประมาณ พ.ศ. 2568` →
 * `ปีงบประมาณ พ.ศ. 2569`, each year in the digits it was written in (Thai or Arabic, two or four).
 *
 * Only the document's own years move: a four-digit year within the years the document covers, a
 * two-digit year only where a date or a year label shows it is one (after a month, พ.ศ., ปี, in
 * d/m/yy). A law's year (ระเบียบ … พ.ศ. 2567), an amount (2,568 บาท, 2568 บาท), a web address and
 * any other number stay as written.
 */

import { isLeapYear } from '../thai/calendar-date';
import { toArabicDigits, toThaiDigits } from '../thai/digits';
import { THAI_MONTHS_FULL, THAI_MONTHS_SHORT } from '../thai/thai-months';

/** How far to move which years: by `by` years, those B.E. years from `from` to `to` inclusive. */
export interface YearShift {
  readonly by: number;
  readonly from: number;
  readonly to: number;
}

const BUDDHIST_ERA_OFFSET = 543;
const DIGIT = /[0-9๐-๙]/;
const NUMBER = /[0-9๐-๙]+/g;
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s]+/gi;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A month name, full or short (with or without its dots), right before the year: `ต.ค. ๖๗`, `ตุลาคม 2567`.
const MONTH_NAMES = [
  ...THAI_MONTHS_FULL,
  ...THAI_MONTHS_SHORT,
  ...THAI_MONTHS_SHORT.map((m) => m.replace(/\./g, '')),
]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const BEFORE_YEAR = new RegExp(`(?:${MONTH_NAMES}|พ\\. ?ศ\\.?|พศ|ปีงบประมาณ|ปีงบ|ปี)\\s*$`);
// 1/10/67, 01-10-67: day and month first.
const DAY_MONTH_BEFORE = /(?:^|[^0-9๐-๙])[0-9๐-๙]{1,2}\s*[/.-]\s*[0-9๐-๙]{1,2}\s*[/.-]\s*$/;
// The second year of a range: `2562 - 2564`, `62-64`, `2567 ถึง 2568`.
const RANGE_JOINER = /^\s*(?:[-–—‒−]|ถึง)\s*(?:(?:ปีงบประมาณ|ปีงบ|ปี)\s*)?(?:พ\. ?ศ\.?\s*)?$/;
// The year of a law or regulation keeps its year: nothing but words between its name and พ.ศ.
const LAW_BEFORE =
  /(?:พระราชบัญญัติ|พ\.ร\.บ\.|ระเบียบ|ข้อบังคับ|กฎกระทรวง|พระราชกฤษฎีกา|รัฐธรรมนูญ|ประมวล)[^0-9๐-๙\n]{0,120}พ\. ?ศ\.?\s*$/;
// A day, not a year: a month or a /month follows it (๓๐ ก.ย., 30/9/68, 30-9-68); `62-64` is two years.
const DAY_AFTER = new RegExp(`^(?:\\s*(?:${MONTH_NAMES})|\\s*/\\s*[0-9๐-๙]|-[0-9๐-๙]{1,2}-[0-9๐-๙])`);
// A count or an amount, not a year: 2568 บาท, 2565 คน.
const UNIT_AFTER = /^\s*(?:บาท|คน|ราย|ครั้ง|แห่ง|เล่ม|ชุด|เรื่อง|หน่วย|เมตร|กิโลเมตร|ชิ้น|ตัว|หลัง|%)/;
// 29 ก.พ. before a year: a day that a year without 29 February lacks.
const LEAP_DAY_BEFORE = /([๒2][๙9])(\s*)(?:ก\. ?พ\.?|กพ|กุมภาพันธ์)\s*(?:พ\. ?ศ\.?\s*)?$/;

interface Edit {
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

function writtenLike(original: string, arabic: string): string {
  return /[๐-๙]/.test(original[0] ?? '') ? toThaiDigits(arabic) : arabic;
}

function inside(spans: readonly (readonly [number, number])[], at: number): boolean {
  return spans.some(([start, end]) => at >= start && at < end);
}

/** True when the digits at `at` are part of a longer number (1,2568 or 3.2568 or 25680). */
function partOfNumber(text: string, at: number, length: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + length] ?? '';
  if (DIGIT.test(before) || before === ',' || DIGIT.test(after)) return true;
  if (before === '.' && DIGIT.test(text[at - 2] ?? '')) return true;
  return (after === ',' || after === '.') && DIGIT.test(text[at + length + 1] ?? '');
}

/** The text with the shift's years moved on, and how many it moved. */
export function shiftYears(
  text: string,
  shift: YearShift,
): { readonly text: string; readonly moved: number } {
  if (shift.by === 0 || !DIGIT.test(text)) return { text, moved: 0 };
  const addresses = [...text.matchAll(WEB_ADDRESS)].map(
    (m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const,
  );
  const edits: Edit[] = [];
  // The previous year found, and whether it moved: the second year of a range does as the first.
  let previous: { end: number; moved: boolean } | undefined;
  let moved = 0;

  for (const m of text.matchAll(NUMBER)) {
    const at = m.index ?? 0;
    const digits = m[0];
    if (digits.length !== 2 && digits.length !== 4) continue;
    if (inside(addresses, at) || partOfNumber(text, at, digits.length)) continue;
    if (DAY_AFTER.test(text.slice(at + digits.length, at + digits.length + 12))) continue;
    const before = text.slice(Math.max(0, at - 160), at);
    const value = Number(toArabicDigits(digits));
    const year = digits.length === 4 ? value : 2500 + value;
    const continuesRange = previous !== undefined && RANGE_JOINER.test(text.slice(previous.end, at));
    const looksLikeYear =
      digits.length === 4
        ? year >= 2400 && year <= 2800 && !UNIT_AFTER.test(text.slice(at + 4))
        : BEFORE_YEAR.test(before) || DAY_MONTH_BEFORE.test(before) || continuesRange;
    if (!looksLikeYear) continue;
    const moves = continuesRange
      ? (previous?.moved ?? false)
      : year >= shift.from && year <= shift.to && !LAW_BEFORE.test(before);
    previous = { end: at + digits.length, moved: moves };
    if (!moves) continue;

    moved += 1;
    const newYear = year + shift.by;
    const arabic = digits.length === 4 ? String(newYear) : String(newYear % 100).padStart(2, '0');
    edits.push({ at, length: digits.length, text: writtenLike(digits, arabic) });
    const leapDay = LEAP_DAY_BEFORE.exec(before);
    if (leapDay && !isLeapYear(newYear - BUDDHIST_ERA_OFFSET)) {
      const dayAt = at - before.length + leapDay.index;
      edits.push({ at: dayAt, length: 2, text: writtenLike(leapDay[1] ?? '', '28') });
    }
  }

  let out = '';
  let from = 0;
  for (const edit of [...edits].sort((a, b) => a.at - b.at)) {
    out += text.slice(from, edit.at) + edit.text;
    from = edit.at + edit.length;
  }
  return { text: out + text.slice(from), moved };
}

/** An ISO day (yyyy-mm-dd, as a date cell reads) moved on by whole years; 29 Feb becomes 28 Feb. */
export function shiftIsoDay(text: string, by: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]) + by;
  const day = m[2] === '02' && m[3] === '29' && !isLeapYear(year) ? '28' : m[3];
  return `${String(year).padStart(4, '0')}-${m[2]}-${day}`;
}
