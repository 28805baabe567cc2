/**
 * The lines of an ITA analysis memo, one at a time: indicator score lines and headings, the fiscal
 * year, the organization, the lines that open or close a section, the list items; and the total and
 * grade the memo states, checked against the ones its scores compute to. Every pattern is anchored
 * or bounded, so each runs in linear time on a long pasted line.
 */

import type { DocumentHeader } from '../documents/header';
import type { Framework, Grade } from '../ita/framework';
import { DEFAULT_FRAMEWORK } from '../ita/framework-select';
import { gradeOf } from '../ita/grade';
import { toolScoresFromIndicators, totalHundredths } from '../ita/score';
import { type Decimal, decimalToString, pow10, toHundredths } from '../numbers/decimal';
import { parseNumberText } from '../numbers/read-number';
import type { Finding } from '../problems/finding';
import type { Problem } from '../problems/problem';
import type { Note } from '../problems/structure-note';
import { toArabicDigits } from '../thai/digits';
import { lineMarker, splitList } from '../thai/numbered-list';
import { districtIn, organizationIn, provinceIn } from '../thai/place-names';
import { fiscalYearsAfter } from '../thai/year-reader';
import { readSeveralScores } from './ita-analysis-score-line';
import type { SourceLine } from './paste';

/** An indicator's line as the memo writes it: its number, its name as written, its score if given. */
export interface IndicatorLine {
  readonly no: number;
  readonly indicator: string;
  /** The score as written, Arabic digits; undefined for a heading without a score. */
  readonly score: string | undefined;
  /** True when the line says ตัวชี้วัด(ที่); false for a bare table row `1 การปฏิบัติหน้าที่ 99.65`. */
  readonly labelled: boolean;
  /** True when the line says more than a record keeps (the indicator's grade). */
  readonly saysMore: boolean;
  /** The numbers of a line that gives several (last year's score, the change): the score is one of them. */
  readonly several?: readonly string[];
}

const LABEL = /^ตัวชี้วัด(?:ที่)?\s?/;
// The indicator's number and what parts it from the name: "๑ ", "1 : ", "1. ", "1) ", "1 | ".
// "9.1" is a sub-indicator, never indicator 9.
const NUMBER = /^(\d{1,2})(?!\d|\.\d)\s?(?:[.):|\-–]\s?)?/;
// The score at the end: "ได้คะแนน ๙๙.๖๕ คะแนน", "คะแนน 99.65", "ได้ ๙๙.๖๕ คะแนน", "= 99.65", "| 99.65".
// Tried on the line's last characters only, so it never scans a long line from every position.
// An indicator's own grade may follow ("… ๙๙.๖๕ คะแนน อยู่ในระดับ AA").
const SCORE_TAIL =
  /(?:^|(?<=[\s|]))(?:(?:ได้คะแนน|ได้|คะแนน|เท่ากับ|ร้อยละ|คิดเป็น|อยู่ที่|[:=|])\s?){0,3}(?<![\d.])(\d{1,3}(?:\.\d{1,4})?)\s?(?:คะแนน)?(\s?(?:อยู่ใน)?ระดับ\s?(?:AA|A|B|C|D|E|F))?$/;
const TAIL_WINDOW = 80;
// A score alone on the line under a heading: "ได้คะแนน ๙๙.๖๕ คะแนน".
const LONE_SCORE = /^(?:ได้คะแนน|คะแนน|ได้)\s?[:=]?\s?(\d{1,3}(?:\.\d{1,4})?)\s?(?:คะแนน)?$/;
const THAI_LETTER = /[\u0e01-\u0e2e]/;
const MAX_NAME = 150;

/**
 * An indicator line: `ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน ๙๙.๖๕ คะแนน`, a heading
 * `ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่`, or a table row `1 การปฏิบัติหน้าที่ 99.65` (which needs its score and a
 * name without digits, so that a numbered sentence ending in a number is not taken for one).
 */
export function readIndicatorLine(line: string, count: number): IndicatorLine | undefined {
  // toArabicDigits maps one UTF-16 unit to one, so offsets in `text` are offsets in `line`.
  const text = toArabicDigits(line);
  const label = LABEL.exec(text);
  const afterLabel = label ? label[0].length : 0;
  const number = NUMBER.exec(text.slice(afterLabel));
  if (!number) return undefined;
  const no = Number(number[1]);
  if (no < 1 || no > count) return undefined;
  const start = afterLabel + number[0].length;
  const windowStart = Math.max(start, text.length - TAIL_WINDOW);
  const tail = SCORE_TAIL.exec(text.slice(windowStart));
  const end = tail ? windowStart + tail.index : text.length;
  const indicator = line
    .slice(start, end)
    .replace(/[\s|:]+$/, '')
    .trim();
  const score = tail?.[1];
  if (score === undefined || /\d/.test(indicator)) {
    const several = readSeveralScores(text.slice(start));
    if (several && (label || namesAnIndicator(several.name)) && several.name.length <= MAX_NAME) {
      const name = line.slice(start, start + several.name.length);
      return {
        no,
        indicator: name,
        score: several.score,
        labelled: label !== null,
        saysMore: true,
        several: several.numbers,
      };
    }
  }
  if (
    !label &&
    (score === undefined || /\d/.test(toArabicDigits(indicator)) || !namesAnIndicator(indicator))
  ) {
    return undefined;
  }
  if (indicator.length > MAX_NAME || (indicator !== '' && !THAI_LETTER.test(indicator))) return undefined;
  if (indicator === '' && score === undefined) return undefined;
  return { no, indicator, score, labelled: label !== null, saysMore: tail?.[2] !== undefined };
}

// The ten indicators have the same names in every framework year (see ita-frameworks.md).
const INDICATOR_NAMES = DEFAULT_FRAMEWORK.indicators.map((i) => i.nameTh.replace(/\s+/g, ''));

/**
 * True when a table row's name is one of the framework's indicators, so that a numbered line of
 * another document ("2. ประชาชนพึงพอใจ … ร้อยละ 80") is never read as a score.
 */
function namesAnIndicator(name: string): boolean {
  const compact = name.replace(/\s+/g, '');
  return INDICATOR_NAMES.some((n) => compact.includes(n) || (compact.length >= 6 && n.includes(compact)));
}

/** The score of a line that holds nothing else, as written with Arabic digits. */
export function readLoneScore(line: string): string | undefined {
  return LONE_SCORE.exec(toArabicDigits(line))?.[1];
}

// "ประจำปีงบประมาณ พ.ศ.๒๕๖๒" names the memo's own year; a bare "ปีงบประมาณ" may be any year it mentions.
const YEAR_LABELS = ['ประจำปีงบประมาณ', 'ปีงบประมาณ'] as const;

/** The fiscal year B.E. of the memo: the first `ประจำปีงบประมาณ พ.ศ. …`, else the first `ปีงบประมาณ …`. */
export function readMemoYear(lines: readonly string[]): number | undefined {
  for (const label of YEAR_LABELS) {
    for (const line of lines) {
      const years = fiscalYearsAfter(line, label);
      if (years) return years.from;
    }
  }
  return undefined;
}

/** Where the memo says who it is about: the organization, its district and province. */
export type MemoPlace = Pick<DocumentHeader, 'organization' | 'district' | 'province'>;

/**
 * The organization as the report's title block names it (a line that starts with it), else the
 * first one named in a sentence. Scanned memos spell the name differently from page to page; the
 * title block is the one the officer typed for this report.
 */
export function readMemoPlace(lines: readonly string[]): MemoPlace {
  // Inside a sentence only the name written against its kind counts: "…ส่วนตำบล ปฏิบัติหน้าที่" is not one.
  let line = lines.find((l) => organizationIn(l, 'at-start') !== undefined);
  let organization = line === undefined ? undefined : organizationIn(line, 'at-start');
  if (organization === undefined) {
    line = lines.find((l) => organizationIn(l, 'glued') !== undefined);
    organization = line === undefined ? undefined : organizationIn(line, 'glued');
  }
  if (line === undefined || organization === undefined) return {};
  // The district and province of the organization's own line, else of another line naming it.
  const named = [line, ...lines.filter((l) => organizationIn(l, 'glued') !== undefined)];
  const district = firstMatch(named, districtIn);
  const province = firstMatch(named, provinceIn);
  return {
    organization,
    ...(district === undefined ? {} : { district }),
    ...(province === undefined ? {} : { province }),
  };
}

function firstMatch(
  lines: readonly string[],
  read: (line: string) => string | undefined,
): string | undefined {
  for (const line of lines) {
    const name = read(line);
    if (name !== undefined) return name;
  }
  return undefined;
}

// "ในภาพรวมได้คะแนน ๗๗.๒๑ คะแนน", "คะแนนรวม 77.21", "ผลคะแนน … ๗๗.๒๑", a table's "รวม 77.21".
// A year (4 digits) or "พ.ศ.2562" never reads as a total.
const STATED_TOTAL =
  /(?:ภาพรวม|คะแนนรวม|ผลคะแนน|^รวม)[^\d]{0,40}?(?<![\d.])(\d{1,3}(?:\.\d{1,4})?)(?!\d|\.\d)/;
// "ระดับ B", "อยู่ในระดับ B", "ระดับผลการประเมินอยู่ในระดับ B".
const STATED_GRADE = /ระดับ(?:ผลการประเมิน)?\s?(?:อยู่ใน)?\s?(?:ระดับ)?\s?[:=]?\s?(AA|A|B|C|D|E|F)(?![A-Za-z])/;
const OVERALL = /ภาพรวม|คะแนนรวม|ผลการประเมิน/;

/** The total and the grade a memo states, each with the row it is stated on. */
export interface StatedFigures {
  readonly total?: { readonly text: string; readonly row: number };
  readonly grade?: { readonly grade: Grade; readonly row: number };
}

/**
 * The first total the memo states outside an indicator line (Arabic digits, as written), and the
 * grade stated beside it, else on the first line about the overall result (not a band's legend).
 */
export function readStatedFigures(lines: readonly SourceLine[], count: number): StatedFigures {
  let total: StatedFigures['total'];
  for (const line of lines) {
    const text = STATED_TOTAL.exec(toArabicDigits(line.text))?.[1];
    if (text !== undefined && readIndicatorLine(line.text, count) === undefined) {
      total = { text, row: line.row };
      break;
    }
  }
  const beside = lines.find((l) => l.row === total?.row && STATED_GRADE.test(l.text));
  const gradeLine = beside ?? lines.find((l) => OVERALL.test(l.text) && STATED_GRADE.test(l.text));
  const grade = gradeLine === undefined ? undefined : STATED_GRADE.exec(gradeLine.text)?.[1];
  return {
    ...(total === undefined ? {} : { total }),
    ...(grade === undefined || gradeLine === undefined
      ? {}
      : { grade: { grade: grade as Grade, row: gradeLine.row } }),
  };
}

// The catchword at a page's foot ("/เรียน ปลัด...", "/ให้มีความสำคัญ..."): the next page's first words.
const CATCHWORD = /^\/\S.{0,200}(?:\.{2,}|…)$/;
// A signature, the memo's closing formula or its summary ends whatever list was running.
const CLOSING = /^\(?\s?ลงชื่อ|^จึงเรียน|^สรุป/;
const GUIDELINES_HEADING = /^(?:แนวทาง|ข้อเสนอแนะ|มาตรการ(?:ปรับปรุง|พัฒนา|แก้ไข))/;
const WEAKNESS_WORD = /^(?:ข้อบกพร่อง|ประเด็นที่ควรพัฒนา|ประเด็นที่ต้องพัฒนา|จุดที่ควรพัฒนา|จุดอ่อน)/;
// A numbered heading is short; a numbered point that happens to start with the same word is longer.
const MAX_HEADING = 100;
const MAX_LABEL = 60;
const INTRODUCTION = /(?:ดังนี้|ดังต่อไปนี้|[:：])$/;

/**
 * What a line that is not an indicator line does to the section it is in: `section-end` for a
 * signature, the closing formula, a summary or a numbered heading such as `๒. ข้อบกพร่อง…`;
 * `weakness-label` for a bare `ข้อบกพร่อง/ประเด็นที่ควรพัฒนา`; `introduction` for a line ending in ดังนี้.
 */
export type LineRole =
  | 'catchword'
  | 'section-end'
  | 'guidelines-heading'
  | 'weakness-label'
  | 'weakness'
  | 'introduction'
  | 'marked'
  | 'text';

/** The role of a line that is not an indicator line. */
export function lineRole(line: string): LineRole {
  if (CATCHWORD.test(line)) return 'catchword';
  if (CLOSING.test(line)) return 'section-end';
  const marker = lineMarker(line);
  const rest = marker ? line.slice(marker.text.length) : line;
  if (GUIDELINES_HEADING.test(rest) && (!marker || line.length <= MAX_HEADING)) return 'guidelines-heading';
  if (marker && WEAKNESS_WORD.test(rest) && line.length <= MAX_HEADING) return 'section-end';
  if (marker) return 'marked';
  if (WEAKNESS_WORD.test(line)) return line.length <= MAX_LABEL ? 'weakness-label' : 'weakness';
  if (INTRODUCTION.test(line)) return 'introduction';
  return 'text';
}

// The line that names the document: "รายงานการวิเคราะห์ผล…", "เรื่อง รายงานผลการวิเคราะห์…".
const DOCUMENT_NAME = /^(?:เรื่อง\s?)?รายงาน(?:ผล)?การวิเคราะห์/;

/** True for the line that names the document, which leads the title. */
export function namesDocument(line: string): boolean {
  return DOCUMENT_NAME.test(line);
}

/** A list being filled, and whether its last item came from a numbered line (and which row). */
export interface OpenList {
  readonly items: string[];
  lastRow: number;
  lastMarked: boolean;
  anyMarked: boolean;
}

/** An empty list. */
export const openList = (): OpenList => ({
  items: [],
  lastRow: Number.NaN,
  lastMarked: false,
  anyMarked: false,
});

/** True for an unnumbered line right under a numbered item (no blank line between): a wrapped line. */
export function continues(list: OpenList, line: SourceLine, role: LineRole): boolean {
  return role === 'text' && list.lastMarked && line.row - list.lastRow <= 1;
}

/** Adds a line to a list: a numbered line starts items, a wrapped line continues the last one. */
export function addToList(list: OpenList, line: SourceLine): void {
  const marked = lineMarker(line.text) !== undefined;
  const items = splitList(line.text);
  const last = list.items.length - 1;
  const continuation = !marked && last >= 0 && continues(list, line, 'text');
  if (continuation) {
    const [head, ...rest] = items;
    list.items[last] = `${list.items[last]} ${head ?? ''}`.trim();
    list.items.push(...rest);
  } else {
    list.items.push(...items);
  }
  list.lastRow = line.row;
  list.lastMarked = marked || continuation;
  list.anyMarked = list.anyMarked || marked;
}

/** True for a score from 0 to 100, compared exactly. */
export function inScoreRange(d: Decimal): boolean {
  return d.units >= 0n && d.units <= 100n * pow10(d.scale);
}

/**
 * The header's total and grade: the memo's own, checked against the ones computed from the scores
 * (the computed ones where the memo states none).
 */
export function checkFigures(
  stated: StatedFigures,
  framework: Framework,
  scores: readonly Decimal[] | undefined,
  warnings: Finding<Note>[],
): Pick<DocumentHeader, 'total' | 'grade'> {
  let total = stated.total && parseNumberText(stated.total.text);
  if (stated.total && total && !inScoreRange(total)) {
    const problem: Problem = { code: 'out-of-range', value: stated.total.text, min: 0, max: 100 };
    warnings.push({ severity: 'warning', problem, field: 'total', row: stated.total.row });
    total = undefined;
  }
  const statedTotal = total && toHundredths(total);
  const computed = scores && totalHundredths(framework, toolScoresFromIndicators(framework, scores));
  // The NACC totals unrounded indicator scores; from the 2-decimal scores a memo prints, the total can
  // come out 0.01 away from the published one. Only a larger gap is a mistake in the memo.
  const gap = statedTotal === undefined || computed === undefined ? undefined : statedTotal - computed;
  const close = gap !== undefined && gap >= -1n && gap <= 1n;
  if (gap !== undefined && !close && total) {
    warnings.push(differs('total', decimalToString(total), hundredthsText(computed!), stated.total?.row));
  }
  const computedGrade = computed === undefined ? undefined : gradeOf(framework, computed);
  const statedGrade = stated.grade?.grade;
  // Within that 0.01 the published total may sit in the next band: the grade of that total is right too.
  const gradeAgrees =
    statedGrade === computedGrade || (close && statedGrade === gradeOf(framework, statedTotal!));
  if (statedGrade !== undefined && computedGrade !== undefined && !gradeAgrees) {
    warnings.push(differs('grade', statedGrade, computedGrade, stated.grade?.row));
  }
  const shownTotal = total
    ? decimalToString(total)
    : computed === undefined
      ? undefined
      : hundredthsText(computed);
  const grade =
    statedGrade ?? computedGrade ?? (statedTotal === undefined ? undefined : gradeOf(framework, statedTotal));
  return {
    ...(shownTotal === undefined ? {} : { total: Number(shownTotal) }),
    ...(grade === undefined ? {} : { grade }),
  };
}

function differs(
  field: 'total' | 'grade',
  stated: string,
  computed: string,
  row: number | undefined,
): Finding {
  const problem: Problem = { code: 'stated-differs', stated, computed };
  return { severity: 'warning', problem, field, ...(row === undefined ? {} : { row }) };
}

function hundredthsText(hundredths: bigint): string {
  return decimalToString({ units: hundredths, scale: 2 });
}
