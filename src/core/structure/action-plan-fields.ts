/**
 * The action plan's form and headings as data: the ten field headings with the wordings documents
 * use, the section headings (2.1, 2.2.1 …, มิติที่ …) and the document-level lines above the forms.
 */

import { isListField } from '../documents/field';
import { ACTION_PLAN } from '../documents/types';
import { toArabicDigits } from '../thai/digits';

/** One of the ten fields of a project's form. */
export interface FormField {
  /** The field's number in the form, 1–10. */
  readonly no: number;
  readonly key: string;
  /** A list field (objectives, methods, indicators) rather than text. */
  readonly list: boolean;
  /** The heading with its value glued on (Thai writes no space between words): the shortest wording. */
  readonly glued: RegExp;
  /** The heading followed by a space, a colon or the end of the line: the longest wording. */
  readonly spaced: RegExp;
  /** `spaced` without its number and with the vowel and tone marks left out, for a heading that lost one. */
  readonly bare: RegExp;
  /** The heading without a number, alone on its line or before a colon: forms that do not number them. */
  readonly unnumbered: RegExp;
  /** The heading without a number before its value (`งบประมาณ 30,000 บาท`): only for the form's next field. */
  readonly unnumberedSpaced: RegExp;
}

// Regex sources (no captures) of the words that recognise each field, in form order, as the
// documents word them: `ชื่อ มาตรการ`, `ชื่อโครงการ/กิจกรรม/มาตรการ`, `ตังชี้วัด` (a scanning slip) …
// `head` is what every wording starts with; `tail` is what some add.
const PROJECT_WORDS = '(?:โครงการ|กิจกรรม|มาตรการ)';
const WORDINGS: readonly { readonly key: string; readonly head: string; readonly tail?: string }[] = [
  // ชื่อ only before a project word, lest a list item `1. ชื่อและที่อยู่…` start a project; a space
  // may part ชื่อ from that word (`ชื่อ มาตรการ`), further words follow a slash.
  {
    key: 'name',
    head: `ชื่อ(?=\\s?${PROJECT_WORDS})`,
    tail: `\\s?${PROJECT_WORDS}ฯ?(?:\\s?\\/\\s?${PROJECT_WORDS}ฯ?)*`,
  },
  { key: 'rationale', head: 'หลักการ\\s?(?:และ\\s?)?เหตุผล', tail: '\\s?\\/\\s?ที่มา(?:ของ\\s?โครงการ)?' },
  { key: 'objectives', head: 'วัตถุประสงค์', tail: '(?:ของ\\s?โครงการ)' },
  { key: 'targets', head: '(?:กลุ่ม\\s?)?เป้าหมาย', tail: '(?:\\s?\\/\\s?ผลผลิต|\\s?\\(ผลผลิต\\))' },
  { key: 'area', head: '(?:พื้นที่|สถานที่)', tail: '\\s?ดำเนิน(?:การ|งาน)' },
  { key: 'methods', head: '(?:วิธี|ขั้นตอน)(?:การ)?\\s?ดำเนิน(?:การ|งาน)' },
  { key: 'period', head: 'ระยะเวลา', tail: '\\s?(?:ใน)?\\s?(?:การ)?\\s?ดำเนิน(?:การ|งาน)' },
  { key: 'budget', head: 'งบประมาณ', tail: '\\s?(?:ดำเนิน(?:การ|งาน)|ที่ใช้)' },
  { key: 'responsible', head: '(?:ผู้|หน่วยงาน)รับผิดชอบ', tail: '(?:โครงการ|กิจกรรม|มาตรการ)?ฯ?' },
  {
    key: 'indicators',
    head: '(?:ตัว|ตัง)\\s?ชี้วัด|ผลที่คาดว่าจะได้รับ|ผลลัพธ์|ผลสัมฤทธิ์',
    tail: '\\s?\\/\\s?(?:ผลลัพธ์|ผลสัมฤทธิ์)',
  },
];

// The heading's number: `1.`, `๑.`, `10)`, `1` — spaces around it allowed (` 10. ตัวชี้วัด`).
const NUMBER = '([0-9๐-๙]{1,2})\\s?[.)]?\\s?';
// What may follow a heading: the end, a space, a colon; anything but a Thai letter or mark.
const END = '(?![\\u0e01-\\u0e4f])';

// The marks a scan or a PDF copy may lose: above and below vowels, tone marks, the nikhahit of ำ.
const MARKS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

/** Text (or a regex source) without its vowel and tone marks, ำ read as า. */
function bare(text: string): string {
  return text.replace(/\u0e33/g, '\u0e32').replace(MARKS, '');
}

/** A line without its marks, and where each of its letters was in the line. */
function bareLine(line: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    const kept = bare(c);
    if (kept === '') continue;
    text += kept;
    at.push(i);
  }
  at.push(line.length);
  return { text, at };
}

const formFields = (): FormField[] => {
  const keys = ACTION_PLAN.fields.map((f) => f.key);
  return WORDINGS.map((w, i) => {
    const spec = ACTION_PLAN.fields.find((f) => f.key === w.key);
    // The table above and the document type must name the same fields in the same order.
    if (spec === undefined || keys.indexOf(w.key) !== i + 1) {
      throw new Error(`ACTION_PLAN_FIELDS: "${w.key}" is not field ${i + 1} of the action plan (a bug)`);
    }
    return {
      no: i + 1,
      key: w.key,
      list: isListField(spec),
      glued: new RegExp(`^${NUMBER}(?:${w.head})`),
      spaced: new RegExp(`^${NUMBER}(?:${w.head})(?:${w.tail ?? '(?!)'})?${END}`),
      bare: new RegExp(`^${NUMBER}(?:${bare(w.head)})(?:${bare(w.tail ?? '(?!)')})?${END}`),
      unnumbered: new RegExp(`^(?:${w.head})(?:${w.tail ?? '(?!)'})?\\s?(?:[:：]|$)`),
      unnumberedSpaced: new RegExp(`^(?:${w.head})(?:${w.tail ?? '(?!)'})?${END}\\s`),
    };
  });
};

/** The ten fields of a project's form, in form order (the document type's fields after `section`). */
export const FORM_FIELDS: readonly FormField[] = formFields();

/** A field heading found at the start of a line, and the value written after it on the same line. */
export interface FieldHeading {
  readonly field: FormField;
  readonly rest: string;
}

const rest = (text: string) => text.replace(/^\s?[:：]?\s?/, '');

/**
 * The field heading a line starts with, if any: its number and its words must agree. A numbered
 * heading may have lost a vowel or tone mark (วตถุประสงค์, ระยะเวลาดาเนินการ). A heading without a
 * number is read only as one of `unnumbered` (a new form's name, the fields that may come next in
 * the form), alone on its line or before a colon; the first of those next fields also before its value.
 */
export function readFieldHeading(line: string, unnumbered: readonly number[] = []): FieldHeading | undefined {
  const numbered = (m: RegExpExecArray | null, field: FormField) =>
    m !== null && Number(toArabicDigits(m[1] ?? '')) === field.no;
  for (const field of FORM_FIELDS) {
    const m = field.spaced.exec(line);
    if (numbered(m, field)) return { field, rest: rest(line.slice(m?.[0].length)) };
  }
  // Before the glued wording, which would read "7. ระยะเวลา" off "7. ระยะเวลาดาเนินการ" and keep the rest.
  const bared = bareLine(line);
  for (const field of FORM_FIELDS) {
    const m = field.bare.exec(bared.text);
    // The heading ends where its last bare letter ends, with the marks that letter carries.
    if (numbered(m, field)) return { field, rest: rest(line.slice(bared.at[m?.[0].length ?? 0])) };
  }
  for (const field of FORM_FIELDS) {
    const m = field.glued.exec(line);
    if (numbered(m, field)) return { field, rest: rest(line.slice(m?.[0].length)) };
  }
  for (const field of FORM_FIELDS) {
    if (!unnumbered.includes(field.no)) continue;
    const m =
      field.unnumbered.exec(line) ?? (field.no === unnumbered[1] ? field.unnumberedSpaced.exec(line) : null);
    if (m) return { field, rest: rest(line.slice(m[0].length)) };
  }
  return undefined;
}

// `2.1 …`, `2.2.1 …`, `๒.๑ …`: two to five numbers, then text that is not a number or a `)`.
const HEADING = /^([0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2}){1,4})\.?\s?(?=[^\s0-9๐-๙.,)])/;

/** The numbers of a section heading (`2.2.1 …` → [2, 2, 1]), if the line is shaped as one. */
export function headingNumber(line: string): number[] | undefined {
  const m = HEADING.exec(line);
  return m
    ? toArabicDigits(m[1] ?? '')
        .split('.')
        .map(Number)
    : undefined;
}

/**
 * True when `next` may follow `prev` in a plan's numbering: its first child (2.2 → 2.2.1), the next
 * at any level (2.2.1 → 2.2.2, 2.3, 3.1), each followed by first children only (2.2.3 → 2.3.1).
 */
export function followsHeading(prev: readonly number[], next: readonly number[]): boolean {
  const onlyOnes = (from: number) => next.slice(from).every((n) => n === 1);
  if (next.length > prev.length && prev.every((n, i) => next[i] === n) && onlyOnes(prev.length)) return true;
  for (let level = 0; level < prev.length && level < next.length; level++) {
    const samePrefix = prev.slice(0, level).every((n, i) => next[i] === n);
    if (samePrefix && next[level] === (prev[level] ?? 0) + 1 && onlyOnes(level + 1)) return true;
  }
  return false;
}

const DIMENSION = /^มิติ(?:ที่)?\s?([0-9๐-๙]{1,2})(?![0-9๐-๙])/;

/** The number of a `มิติที่ 2 …` line, the plan's dimension, if the line is one. */
export function dimensionNumber(line: string): number | undefined {
  const m = DIMENSION.exec(line);
  return m ? Number(toArabicDigits(m[1] ?? '')) : undefined;
}

/** True for `ส่วนที่ 3 …`: a part of the whole plan document, above its forms. */
export function isPartLine(line: string): boolean {
  return /^ส่วนที่\s?[0-9๐-๙]{1,2}(?![0-9๐-๙])/.test(line);
}

const ORGANIZATION =
  /^(?:องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร|อบต\.|อบจ\.)\s?\S+$/;

/** True for a line that is only an organization's name: `องค์การบริหารส่วนตำบล…`, `เทศบาล…`. */
export function isOrganizationLine(line: string): boolean {
  return ORGANIZATION.test(line);
}

const ORGANIZATION_IN = /(?:องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร)\s?[^\s]+/;

/** The organization a header line names (`… เทศบาลตำบลโคกกลาง อำเภอ…` → `เทศบาลตำบลโคกกลาง`), if any. */
export function organizationIn(line: string): string | undefined {
  return ORGANIZATION_IN.exec(line)?.[0];
}

// Words of the lines above the forms that name the document, its organization, place or years.
const HEADER_WORDS = /แผนปฏิบัติการ|ป้องกันการทุจริต|ปีงบประมาณ|ประจำปี|องค์การบริหารส่วน|เทศบาล|อำเภอ|จังหวัด/;

/** True for a line above the forms that belongs to the document's header (title, organization, place). */
export function isHeaderLine(line: string): boolean {
  return isPartLine(line) || HEADER_WORDS.test(line);
}

// Years a project's period states as fiscal years: `ปีงบประมาณ พ.ศ. 2562 - 2564`, `2562 – 2564`.
const FISCAL_YEARS =
  /^(?:ปีงบประมาณ\s?)?(?:พ\.\s?ศ\.\s?)?(2[4-8]\d\d)(?:\s?[-–—]\s?(?:พ\.\s?ศ\.\s?)?(2[4-8]\d\d))?$/;

/** The fiscal years a period written as years states (`ปีงบประมาณ 2562 - 2564` → 2562–2564). */
export function periodYears(period: string): { from: number; to: number } | undefined {
  const m = FISCAL_YEARS.exec(toArabicDigits(period).replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return to >= from ? { from, to } : undefined;
}
