/**
 * The ITA analysis memo (รายงานการวิเคราะห์ผลการประเมิน ITA ประจำปี) as a structured document: one
 * record per indicator (no, indicator, score, weaknesses[]) and a header with the fiscal year, the
 * organization, the stated total and grade (checked against the ones computed from the scores) and
 * the guidelines adopted.
 *
 * The memo is read as a run of sections: the prose, after a score line (its numbered points are that
 * indicator's weaknesses), under an indicator heading (every paragraph is a weakness) and under a
 * guidelines heading (its numbered points are the guidelines). A line that becomes no field — the
 * cover memo, the background, the method, the headings, a score line repeated — is kept, in order, in
 * the header's title, after the line that names the document: no word of the memo is dropped.
 */

import type { DocumentRecord } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import type { Framework } from '../ita/framework';
import { DEFAULT_FRAMEWORK, frameworkFor } from '../ita/framework-select';
import { type Decimal, pow10 } from '../numbers/decimal';
import { parseNumberText } from '../numbers/read-number';
import type { Finding } from '../problems/finding';
import { fail, ok, type Problem, type Result } from '../problems/problem';
import type { Note } from '../problems/structure-note';
import {
  addToList,
  checkFigures,
  continues,
  inScoreRange,
  type LineRole,
  lineRole,
  namesDocument,
  type OpenList,
  openList,
  readIndicatorLine,
  readLoneScore,
  readMemoPlace,
  readMemoYear,
  readStatedFigures,
} from './ita-analysis-lines';
import type { SourceLine } from './paste';
import type { StructuredDocument } from './structured-document';

interface IndicatorRecord {
  readonly no: number;
  readonly indicator: string;
  /** As written, Arabic digits; empty when only a heading with weaknesses names the indicator. */
  readonly score: string;
  readonly row: number;
}

/** A memo line with its place among the memo's lines, so that the prose keeps the memo's order. */
interface MemoLine extends SourceLine {
  readonly index: number;
}

type Section =
  | { readonly kind: 'prose' }
  | { readonly kind: 'after-score'; readonly no: number }
  | { readonly kind: 'weaknesses'; readonly no: number }
  | { readonly kind: 'guidelines' };

/** What one pass over the memo's lines finds. */
interface Reading {
  readonly scores: Map<number, IndicatorRecord>;
  readonly weaknesses: Map<number, OpenList>;
  readonly guidelines: OpenList;
  /** Indicator headings met before any score of their indicator. */
  readonly headings: Map<number, { readonly indicator: string; readonly line: MemoLine }>;
  readonly prose: MemoLine[];
  readonly warnings: Finding<Note>[];
}

const NOT_A_MEMO = {
  th: 'ไม่พบบรรทัดคะแนนตัวชี้วัด เช่น "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน ๙๙.๖๕ คะแนน"',
  en: 'no indicator score line, such as "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน ๙๙.๖๕ คะแนน"',
};

/** Structures the lines of a pasted ITA analysis memo; fails when no indicator score line is found. */
export function structureItaAnalysis(lines: readonly SourceLine[]): Result<StructuredDocument> {
  const memo: MemoLine[] = [];
  for (const l of lines) {
    const text = l.text.replace(/\s+/g, ' ').trim();
    if (text !== '') memo.push({ text, row: l.row, index: memo.length });
  }
  if (memo.length === 0) return fail({ code: 'blank' });
  const texts = memo.map((l) => l.text);
  const fiscalYear = readMemoYear(texts);
  // A year without a framework built in is scored with the newest, as ITA_SCORE does without a year.
  const framework = (fiscalYear === undefined ? undefined : frameworkFor(fiscalYear)) ?? DEFAULT_FRAMEWORK;
  const reading = readSections(memo, framework);
  if (reading.scores.size === 0) {
    return fail({ code: 'not-this-document', expected: 'ita-analysis', reason: NOT_A_MEMO });
  }
  settleHeadings(reading);

  const records = [...reading.scores.values()].sort((a, b) => a.no - b.no);
  const recordOf = new Map(records.map((r, i) => [r.no, i + 1]));
  const warnings = reading.warnings.map((w) => withRecord(w, recordOf));
  const scores = checkScores(records, framework, warnings);
  const header: DocumentHeader = {
    ...titleOf(reading.prose),
    ...readMemoPlace(texts),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    ...checkFigures(readStatedFigures(memo, framework.indicators.length), framework, scores, warnings),
    guidelines: reading.guidelines.items,
  };
  return ok({
    type: 'ita-analysis',
    header,
    records: records.map(
      (r): DocumentRecord => ({
        no: String(r.no),
        indicator: r.indicator,
        score: r.score,
        weaknesses: reading.weaknesses.get(r.no)?.items ?? [],
      }),
    ),
    warnings,
  });
}

/**
 * The prose as the title, in the memo's order, except that the line naming the report
 * (รายงานการวิเคราะห์…, else เรื่อง รายงาน…) leads, so that the title's first line is the document's name.
 */
function titleOf(prose: readonly MemoLine[]): Pick<DocumentHeader, 'title'> {
  if (prose.length === 0) return {};
  const ordered = [...prose].sort((a, b) => a.index - b.index);
  const name =
    ordered.find((l) => namesDocument(l.text) && !l.text.startsWith('เรื่อง')) ??
    ordered.find((l) => namesDocument(l.text));
  const lines = name ? [name, ...ordered.filter((l) => l !== name)] : ordered;
  return { title: lines.map((l) => l.text).join('\n') };
}

/** One pass over the lines: scores, weaknesses, guidelines and the prose between them. */
function readSections(memo: readonly MemoLine[], framework: Framework): Reading {
  const count = framework.indicators.length;
  const reading: Reading = {
    scores: new Map(),
    weaknesses: new Map(),
    guidelines: openList(),
    headings: new Map(),
    prose: [],
    warnings: [],
  };
  let section: Section = { kind: 'prose' };
  let previousHeading: number | undefined;
  for (const line of memo) {
    const headingAbove = previousHeading;
    previousHeading = undefined;
    const indicatorLine = readIndicatorLine(line.text, count);
    // A bare table row counts as a score only where a score table can be, not inside a list.
    const score =
      indicatorLine?.labelled || section.kind === 'prose' || section.kind === 'after-score'
        ? indicatorLine?.score
        : undefined;
    if (indicatorLine && score !== undefined) {
      const indicator = indicatorLine.indicator || nameOf(framework, indicatorLine.no);
      const first = addScore(reading, { no: indicatorLine.no, indicator, score, row: line.row }, line);
      // The words a record has no field for (the indicator's grade) stay in the title.
      if (first && indicatorLine.saysMore) reading.prose.push(line);
      if (first && indicatorLine.several) {
        const problem: Note = {
          code: 'several-scores',
          numbers: indicatorLine.several,
          score,
          line: line.text,
        };
        reading.warnings.push({
          severity: 'warning',
          problem,
          field: 'score',
          row: line.row,
          record: indicatorLine.no,
        });
      }
      section = { kind: 'after-score', no: indicatorLine.no };
      continue;
    }
    if (indicatorLine?.labelled) {
      const no = indicatorLine.no;
      section = { kind: 'weaknesses', no };
      if (reading.scores.has(no) || reading.headings.has(no)) reading.prose.push(line);
      else {
        reading.headings.set(no, { indicator: indicatorLine.indicator, line });
        previousHeading = no;
      }
      continue;
    }
    // "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่" with its score on the line below.
    const lone = headingAbove === undefined ? undefined : readLoneScore(line.text);
    const heading = headingAbove === undefined ? undefined : reading.headings.get(headingAbove);
    if (headingAbove !== undefined && heading && lone !== undefined) {
      reading.headings.delete(headingAbove);
      addScore(
        reading,
        { no: headingAbove, indicator: heading.indicator, score: lone, row: heading.line.row },
        line,
      );
      continue;
    }

    const role = lineRole(line.text);
    if (role === 'catchword') {
      reading.prose.push(line);
      continue;
    }
    if (role === 'section-end') section = { kind: 'prose' };
    if (role === 'guidelines-heading') section = { kind: 'guidelines' };
    if ((role === 'weakness-label' || role === 'weakness') && section.kind === 'after-score') {
      section = { kind: 'weaknesses', no: section.no };
    }
    const list = listFor(section, role, line, reading);
    if (list) addToList(list, line);
    else {
      reading.prose.push(line);
      // Unnumbered text after a score line, or after numbered guidelines, ends that list.
      if (section.kind === 'after-score' || (section.kind === 'guidelines' && reading.guidelines.anyMarked)) {
        section = { kind: 'prose' };
      }
    }
  }
  return reading;
}

function weaknessesOf(reading: Reading, no: number): OpenList {
  let list = reading.weaknesses.get(no);
  if (!list) {
    list = openList();
    reading.weaknesses.set(no, list);
  }
  return list;
}

/** The list a line of a section goes to, or undefined when it is prose. */
function listFor(section: Section, role: LineRole, line: SourceLine, reading: Reading): OpenList | undefined {
  switch (section.kind) {
    case 'prose':
      return undefined;
    case 'after-score': {
      const list = weaknessesOf(reading, section.no);
      return role === 'marked' || continues(list, line, role) ? list : undefined;
    }
    case 'weaknesses':
      // Under a heading every paragraph is a weakness, numbered or not (the seed's indicator 9).
      return role === 'marked' || role === 'weakness' || role === 'text'
        ? weaknessesOf(reading, section.no)
        : undefined;
    case 'guidelines': {
      const list = reading.guidelines;
      if (role === 'marked' || continues(list, line, role)) return list;
      // Guidelines written as paragraphs are taken until a numbered one shows they are numbered.
      return role === 'text' && !list.anyMarked ? list : undefined;
    }
  }
}

/**
 * Headings met before their indicator's score: a repeat if the score came later (prose); the
 * indicator's only mention if it has weaknesses but no score (a record with a blank score, so that
 * its weaknesses are kept and the blank is reported); else prose.
 */
function settleHeadings(reading: Reading): void {
  for (const [no, heading] of reading.headings) {
    const hasWeaknesses = (reading.weaknesses.get(no)?.items.length ?? 0) > 0;
    if (reading.scores.has(no) || !hasWeaknesses) reading.prose.push(heading.line);
    else reading.scores.set(no, { no, indicator: heading.indicator, score: '', row: heading.line.row });
  }
}

/** Keeps the first score line of an indicator (true); a repeat goes to the prose, with a warning if it differs. */
function addScore(reading: Reading, record: IndicatorRecord, line: MemoLine): boolean {
  const first = reading.scores.get(record.no);
  if (!first) {
    reading.scores.set(record.no, record);
    return true;
  }
  reading.prose.push(line);
  if (sameScore(first.score, record.score)) return false;
  const problem: Problem = { code: 'duplicate', value: line.text };
  reading.warnings.push({ severity: 'warning', problem, field: 'score', row: line.row, record: record.no });
  return false;
}

function sameScore(a: string, b: string): boolean {
  const x = parseNumberText(a);
  const y = parseNumberText(b);
  return x !== undefined && y !== undefined && x.units * pow10(y.scale) === y.units * pow10(x.scale);
}

/** A warning found while reading carries the indicator's number; the record's place is known now. */
function withRecord(warning: Finding<Note>, recordOf: ReadonlyMap<number, number>): Finding<Note> {
  const record = warning.record === undefined ? undefined : recordOf.get(warning.record);
  return { ...warning, ...(record === undefined ? {} : { record }) };
}

function nameOf(framework: Framework, no: number): string {
  return framework.indicators.find((i) => i.no === no)?.nameTh ?? '';
}

/** The scores as decimals in framework order, or undefined (with warnings) when they cannot be totalled. */
function checkScores(
  records: readonly IndicatorRecord[],
  framework: Framework,
  warnings: Finding<Note>[],
): Decimal[] | undefined {
  let usable = true;
  const decimals = new Map<number, Decimal>();
  records.forEach((r, i) => {
    const d = parseNumberText(r.score);
    if (d && inScoreRange(d)) {
      decimals.set(r.no, d);
      return;
    }
    usable = false;
    // Kept as written: the officer sees the figure and this warning beside it.
    const problem: Problem =
      r.score === '' ? { code: 'blank' } : { code: 'out-of-range', value: r.score, min: 0, max: 100 };
    warnings.push({ severity: 'warning', problem, record: i + 1, field: 'score', row: r.row });
  });
  const expected = framework.indicators.length;
  if (records.length !== expected) {
    const problem: Problem = { code: 'wrong-count', count: records.length, expected: [expected] };
    warnings.push({ severity: 'warning', problem, field: 'score' });
  }
  return usable && records.length === expected
    ? framework.indicators.map((i) => decimals.get(i.no)!)
    : undefined;
}
