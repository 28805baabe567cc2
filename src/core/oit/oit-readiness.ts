/**
 * How ready an organization's OIT is today, from its disclosure checklist: each sub-indicator's items
 * published out of those scored, the OIT score if the NACC assessed today, the items still missing by
 * due date, which of the spreadsheet's own tabs answer an item, and — given the latest ITA analysis —
 * the total it would reach and the OIT it needs for the pass mark.
 */

import type { DocumentRecord, DocumentTypeId } from '../documents/document-type';
import type { Framework, Grade } from '../ita/framework';
import { frameworkFor } from '../ita/framework-select';
import { gradeOf, passes } from '../ita/grade';
import { neededHundredths } from '../ita/needed-score';
import { totalHundredths } from '../ita/score';
import { type Fraction, ZERO } from '../numbers/fraction';
import type { Result } from '../problems/problem';
import { itaFigures } from '../reports/ita-analysis-scores';
import { fieldList, fieldText } from '../reports/record-text';
import type { CalendarDate } from '../thai/calendar-date';
import { readCellDate } from '../thai/read-date';
import { type DocumentTabRef, isTabOfYear } from '../validation/validation-context';
import { type AnswerKind, answeringDocumentsFor } from './answering-documents';
import { readOitItemCode } from './oit-item-code';
import { type OitItemResult, type OitScore, publishedShare, scoreOit } from './oit-score';
import { type OitStatusId, readOitStatus } from './oit-status';
import { parseSubIndicatorCode } from './sub-indicator-code';

/** One item of the checklist as the readiness figures read it. */
export interface ReadinessItem {
  readonly code: string;
  readonly title: string;
  /** The sub-indicator's code, "9.1", or the text as written when it is not one. */
  readonly subIndicator: string;
  /** Undefined when the status cell names none of the four (validation says so). */
  readonly status: OitStatusId | undefined;
  readonly responsible: readonly string[];
  /** The due day, when the cell holds a readable one. */
  readonly due: CalendarDate | undefined;
  readonly dueText: string;
}

/** An item one of the add-in's documents answers, and the tabs of that document in this spreadsheet. */
export interface AnsweredItem {
  readonly code: string;
  readonly title: string;
  readonly document: DocumentTypeId;
  readonly kind: AnswerKind;
  readonly tabs: readonly string[];
  readonly published: boolean;
}

/** What the spreadsheet holds besides the checklist, for the answers and the projection. */
export interface WorkbookFacts {
  /** Every document tab of the spreadsheet: its type, name and year. */
  readonly documentTabs: readonly DocumentTabRef[];
  /** The latest ITA analysis tab, when there is one. */
  readonly analysis?: {
    readonly name: string;
    readonly fiscalYear: number | undefined;
    readonly records: readonly DocumentRecord[];
  };
}

/** The OIT needed for the pass mark: reached already, a score, or out of reach even at 100. */
export type NeededOit =
  | { readonly kind: 'reached' }
  | { readonly kind: 'needed'; readonly hundredths: bigint }
  | { readonly kind: 'unreachable' };

/** The words of a NeededOit under the pass mark `pass`, or its score's hundredths for the caller to write. */
export function neededOitWords(needed: NeededOit, pass: number): string | bigint {
  if (needed.kind === 'reached') return `ผ่านเกณฑ์ ${pass} แล้วแม้ OIT เป็น 0`;
  if (needed.kind === 'unreachable') return `แม้ OIT ได้ 100 ก็ยังไม่ถึง ${pass}`;
  return needed.hundredths;
}

/** The total the latest analysis's IIT and EIT would make with today's OIT. */
export interface Projection {
  readonly analysisTab: string;
  readonly framework: Framework;
  readonly iit: Fraction;
  readonly eit: Fraction;
  readonly total: bigint | undefined;
  readonly grade: Grade | undefined;
  readonly passes: boolean | undefined;
  readonly needed: NeededOit;
}

/** A sub-indicator's items as counted, whether or not a score can be computed. */
export interface SubIndicatorTally {
  readonly code: string;
  readonly published: number;
  /** The items scored: published and missing; exempt items are left out. */
  readonly total: number;
  readonly exempt: number;
  /** The sub-indicator's own score; undefined when it has no item scored (all not required). */
  readonly score: Fraction | undefined;
}

export interface OitReadiness {
  readonly items: readonly ReadinessItem[];
  /**
   * Each sub-indicator's items and own score, in the order the checklist first names them: known even
   * when the OIT as a whole cannot be scored.
   */
  readonly tallies: readonly SubIndicatorTally[];
  readonly score: Result<OitScore>;
  /** Items neither published nor exempt: the soonest due first, those without a due day last. */
  readonly missing: readonly ReadinessItem[];
  readonly answered: readonly AnsweredItem[];
  /** Present when the spreadsheet has an ITA analysis with readable IIT and EIT. */
  readonly projection: Projection | undefined;
  /** Why there is no projection, in Thai with an English gloss; undefined when there is one. */
  readonly noProjection: string | undefined;
}

function readItem(record: DocumentRecord): ReadinessItem {
  const code = fieldText(record, 'code');
  const subIndicator = fieldText(record, 'subIndicator');
  const dueText = fieldText(record, 'due');
  const due = dueText === '' ? undefined : readCellDate(dueText);
  return {
    code: readOitItemCode(code) ?? code,
    title: fieldText(record, 'title'),
    subIndicator: parseSubIndicatorCode(subIndicator)?.code ?? subIndicator,
    status: readOitStatus(fieldText(record, 'status')),
    responsible: fieldList(record, 'responsible'),
    due: due?.ok ? due.value : undefined,
    dueText,
  };
}

const dayNumber = (d: CalendarDate): number => d.year * 10000 + d.month * 100 + d.day;
const itemNumber = (code: string): number => {
  const canonical = readOitItemCode(code);
  return canonical ? Number(canonical.slice(1)) : Number.MAX_SAFE_INTEGER;
};

/** Soonest due first, undated last; then in the list's order of codes. */
function byDue(a: ReadinessItem, b: ReadinessItem): number {
  const dueA = a.due ? dayNumber(a.due) : Number.MAX_SAFE_INTEGER;
  const dueB = b.due ? dayNumber(b.due) : Number.MAX_SAFE_INTEGER;
  return dueA - dueB || itemNumber(a.code) - itemNumber(b.code);
}

const NO_ANALYSIS =
  'ยังไม่มีแท็บวิเคราะห์ผล ITA ในไฟล์นี้ จึงคาดการณ์คะแนนรวมไม่ได้ (no ITA analysis tab to project the total from)';

/** The projection from the analysis, or why there is none. */
function projectionOf(
  fiscalYear: number | undefined,
  score: Result<OitScore>,
  analysis: NonNullable<WorkbookFacts['analysis']>,
): Projection | string {
  const figures = itaFigures(analysis.fiscalYear ?? fiscalYear, analysis.records);
  const { IIT: iit, EIT: eit } = figures.toolMeans;
  if (!iit || !eit) {
    return `แท็บ "${analysis.name}" ยังมีคะแนน IIT หรือ EIT ไม่ครบ จึงคาดการณ์คะแนนรวมไม่ได้ (the analysis tab lacks IIT or EIT scores)`;
  }
  const framework = (fiscalYear === undefined ? undefined : frameworkFor(fiscalYear)) ?? figures.framework;
  const target = BigInt(Math.round(framework.passMark * 100));
  const needed = neededHundredths(framework, { IIT: iit, EIT: eit, OIT: ZERO }, 'OIT', target);
  const total = score.ok
    ? totalHundredths(framework, { IIT: iit, EIT: eit, OIT: score.value.oit })
    : undefined;
  return {
    analysisTab: analysis.name,
    framework,
    iit,
    eit,
    total,
    grade: total === undefined ? undefined : gradeOf(framework, total),
    passes: total === undefined ? undefined : passes(framework, total),
    needed:
      needed === undefined
        ? { kind: 'unreachable' }
        : needed === 0n
          ? { kind: 'reached' }
          : { kind: 'needed', hundredths: needed },
  };
}

/** How an item of a status scores: published, left out when not required, otherwise missing. */
export function oitItemResult(status: OitStatusId | undefined): OitItemResult {
  return status === 'published' ? 'published' : status === 'exempt' ? 'exempt' : 'missing';
}

function tallyOf(items: readonly ReadinessItem[]): SubIndicatorTally[] {
  const tallies = new Map<string, { published: number; total: number; exempt: number }>();
  for (const item of items) {
    const tally = tallies.get(item.subIndicator) ?? { published: 0, total: 0, exempt: 0 };
    if (item.status === 'exempt') tally.exempt += 1;
    else tally.total += 1;
    if (item.status === 'published') tally.published += 1;
    tallies.set(item.subIndicator, tally);
  }
  return [...tallies].map(([code, tally]) => ({
    code,
    ...tally,
    score: tally.total === 0 ? undefined : publishedShare(tally.published, tally.total),
  }));
}

/** The readiness figures of a checklist of `fiscalYear`, with what else the spreadsheet holds. */
export function oitReadiness(
  fiscalYear: number | undefined,
  records: readonly DocumentRecord[],
  facts: WorkbookFacts = { documentTabs: [] },
): OitReadiness {
  const items = records.map(readItem);
  const score = scoreOit(
    items.map((item) => ({ subIndicator: item.subIndicator, result: oitItemResult(item.status) })),
  );
  const missing = items.filter((i) => i.status !== 'published' && i.status !== 'exempt').sort(byDue);
  const answered = answeringDocumentsFor(fiscalYear, items).flatMap((answer): AnsweredItem[] => {
    const item = items.find((i) => i.code === answer.code);
    if (!item) return [];
    return [
      {
        code: answer.code,
        title: item.title,
        document: answer.document,
        kind: answer.kind,
        // As validation counts them: a tab of the checklist's year, or of no stated year.
        tabs: facts.documentTabs
          .filter((t) => t.type === answer.document && isTabOfYear(t, fiscalYear))
          .map((t) => t.name),
        published: item.status === 'published',
      },
    ];
  });
  const projection = facts.analysis ? projectionOf(fiscalYear, score, facts.analysis) : NO_ANALYSIS;
  return {
    items,
    tallies: tallyOf(items),
    score,
    missing,
    answered,
    projection: typeof projection === 'string' ? undefined : projection,
    noProjection: typeof projection === 'string' ? projection : undefined,
  };
}
