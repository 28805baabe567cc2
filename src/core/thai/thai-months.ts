/** Thai month names, full and short, as data, and reading a month name back to its number. */

/** Full month names, January first: มกราคม … ธันวาคม. */
export const THAI_MONTHS_FULL = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

/** Short month names as official documents write them, January first: ม.ค. … ธ.ค. */
export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

/** How a month name is written out. */
export type MonthNameForm = 'full' | 'short';

/** The Thai name of month 1–12. */
export function thaiMonthName(month: number, form: MonthNameForm): string {
  const name = (form === 'full' ? THAI_MONTHS_FULL : THAI_MONTHS_SHORT)[month - 1];
  if (name === undefined) throw new RangeError(`thaiMonthName: bug: month ${month} is not 1–12`);
  return name;
}

/** A name as compared: without dots and spaces, so พ.ย., พ.ย, พย and พ. ย. are one name. */
function nameKey(name: string): string {
  return name.replace(/[.\s]/g, '');
}

const MONTH_BY_KEY: ReadonlyMap<string, number> = new Map([
  ...THAI_MONTHS_FULL.map((name, i) => [nameKey(name), i + 1] as const),
  ...THAI_MONTHS_SHORT.map((name, i) => [nameKey(name), i + 1] as const),
  // A misspelling common enough in official documents to be worth reading.
  ['กรกฏาคม', 7] as const,
]);

/** The month number 1–12 of a full or short Thai month name, with or without its dots; undefined otherwise. */
export function monthFromThaiName(name: string): number | undefined {
  return MONTH_BY_KEY.get(nameKey(name));
}
