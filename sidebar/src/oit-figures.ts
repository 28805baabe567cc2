/**
 * What the OIT panel shows, worked out from a checklist's records with the core's own reading and
 * scoring (oitReadiness: its tallies for each group, its score for the whole): the items grouped by
 * sub-indicator in framework order, each group's published / total and score, the OIT if assessed
 * today with indicators 9 and 10, and the words for them. Pure: no DOM, no server.
 */

import type { DocumentRecord } from '../../src/core/documents/document-type';
import { frameworkFor } from '../../src/core/ita/framework-select';
import { oitFloorLine } from '../../src/core/ita/level-outlook';
import { type Fraction, fractionToHundredths } from '../../src/core/numbers/fraction';
import { oitReadiness, type SubIndicatorTally } from '../../src/core/oit/oit-readiness';
import type { OitScore } from '../../src/core/oit/oit-score';
import { OIT_STATUSES, type OitStatusId } from '../../src/core/oit/oit-status';
import {
  compareSubIndicatorCodes,
  parseSubIndicatorCode,
  subIndicatorName,
} from '../../src/core/oit/sub-indicator-code';
import { describeProblem } from '../../src/core/problems/messages';
import type { Problem } from '../../src/core/problems/problem';
import { fieldText } from '../../src/core/reports/record-text';
import { readCellDate } from '../../src/core/thai/read-date';
import { formatThaiDate } from '../../src/core/thai/thai-date';
import type { TabSummary } from '../../src/shared/api';
import type { Preview } from './previews';

/** A record of the checklist and its row in the tab. */
export interface ChecklistRow {
  readonly row: number;
  readonly record: DocumentRecord;
}

/** A figure shown to 2 decimals, or why there is none (Thai with an English gloss). */
export type Figure =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string };

/** The items of one sub-indicator. */
export interface OitGroup {
  /** "9.1", or the text as written when it is no sub-indicator code ("" when blank). */
  readonly code: string;
  /** The name the checklist writes after the code ("ข้อมูลพื้นฐาน"), or "". */
  readonly name: string;
  readonly rows: readonly ChecklistRow[];
  /** Published out of the items scored, and those left out as not required. */
  readonly count: Pick<SubIndicatorTally, 'published' | 'total' | 'exempt'>;
  /** The group's own score, or why it has none. */
  readonly score: Figure;
}

/** The panel's figures for a checklist. */
export interface OitFigures {
  readonly groups: readonly OitGroup[];
  /** The OIT if the NACC assessed today. */
  readonly oit: Figure;
  readonly indicator9: Figure;
  readonly indicator10: Figure;
  /** Items neither published nor exempt. */
  readonly missing: number;
  /** From 2567: today's OIT against the ผ่านดี floor (Thai with the English gloss); undefined before. */
  readonly level: string | undefined;
}

/** Hundredths as a 2-decimal figure: 3750n → "37.50", exactly (no floating point on the way). */
export function formatHundredths(hundredths: bigint): string {
  const sign = hundredths < 0n ? '-' : '';
  const size = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${size / 100n}.${String(size % 100n).padStart(2, '0')}`;
}

/** A score as the officer sees it: rounded half up to 2 decimals. */
export function scoreText(score: Fraction): string {
  return formatHundredths(fractionToHundredths(score));
}

const problemWords = (problem: Problem): string => {
  const words = describeProblem(problem);
  return `${words.th} (${words.en})`;
};

/** A group's own score, or why it has none: a code that is no sub-indicator, or no item scored. */
function groupScore(code: string, tally: SubIndicatorTally): Figure {
  if (!parseSubIndicatorCode(code)) {
    return { ok: false, reason: problemWords({ code: 'not-a-sub-indicator', value: code }) };
  }
  if (tally.score === undefined) {
    return { ok: false, reason: problemWords({ code: 'no-scored-item', subIndicator: code }) };
  }
  return { ok: true, text: scoreText(tally.score) };
}

function groupOf(code: string, rows: readonly ChecklistRow[], tally: SubIndicatorTally): OitGroup {
  const name =
    rows.map((r) => subIndicatorName(fieldText(r.record, 'subIndicator'))).find((n) => n !== '') ?? '';
  const { published, total, exempt } = tally;
  return { code, name, rows, count: { published, total, exempt }, score: groupScore(code, tally) };
}

/** The OIT against the ผ่านดี floor of the checklist's year; undefined without a year or before 2567. */
function levelLine(fiscalYear: number | undefined, oit: Fraction | undefined): string | undefined {
  const framework = fiscalYear === undefined ? undefined : frameworkFor(fiscalYear);
  return framework ? oitFloorLine(framework, oit) : undefined;
}

/** The figures of a checklist of `fiscalYear`: its groups in framework order, the OIT and its indicators. */
export function oitFigures(fiscalYear: number | undefined, rows: readonly ChecklistRow[]): OitFigures {
  const readiness = oitReadiness(
    fiscalYear,
    rows.map((r) => r.record),
  );
  // readiness.items and its tallies follow the records, one a row.
  const groups = readiness.tallies.map((tally) =>
    groupOf(
      tally.code,
      rows.filter((_, i) => readiness.items[i]?.subIndicator === tally.code),
      tally,
    ),
  );
  // Framework order; a group with no readable code goes last, in the order it was met.
  const rank = (g: OitGroup) => parseSubIndicatorCode(g.code);
  groups.sort((a, b) => {
    const codeA = rank(a);
    const codeB = rank(b);
    if (codeA && codeB) return compareSubIndicatorCodes(codeA, codeB);
    return (codeA ? 0 : 1) - (codeB ? 0 : 1);
  });
  const { score } = readiness;
  const figure = (pick: (s: OitScore) => Fraction): Figure =>
    score.ok
      ? { ok: true, text: scoreText(pick(score.value)) }
      : { ok: false, reason: problemWords(score.problem) };
  return {
    groups,
    oit: figure((s) => s.oit),
    indicator9: figure((s) => s.indicators[9]),
    indicator10: figure((s) => s.indicators[10]),
    missing: readiness.missing.length,
    level: levelLine(fiscalYear, score.ok ? score.value.oit : undefined),
  };
}

/** A group's heading: "9.1 ข้อมูลพื้นฐาน", or what stands for a missing code. */
export function groupTitle(group: Pick<OitGroup, 'code' | 'name'>): string {
  if (group.code === '') return 'ไม่ระบุตัวชี้วัดย่อย (no sub-indicator)';
  return group.name === ''
    ? `ตัวชี้วัดย่อย ${group.code} (sub-indicator ${group.code})`
    : `${group.code} ${group.name}`;
}

/** The select's options: each status by its id, Thai with the English gloss. */
export const STATUS_OPTIONS: readonly (readonly [OitStatusId, string])[] = OIT_STATUSES.map(
  (s) => [s.id, `${s.th} (${s.en})`] as const,
);

/** The fields the panel edits in place. */
export type EditableField = 'status' | 'url' | 'due' | 'note';

/** The whole record with the fields the officer changed, every other field as it was read. */
export function editedRecord(
  record: DocumentRecord,
  edits: Readonly<Partial<Record<EditableField, string>>>,
): DocumentRecord {
  return { ...record, ...edits };
}

/** How a due date was read: `อ่านได้ว่า 30 เมษายน 2568`, or an example (the item's messages say why not). */
export function duePreview(cell: string): Preview {
  if (cell.trim() === '') return { kind: 'empty' };
  const date = readCellDate(cell);
  if (date.ok) return { kind: 'read', text: `อ่านได้ว่า ${formatThaiDate(date.value, 'long-arabic')}` };
  return { kind: 'hint', text: 'เขียนได้เช่น 30 เม.ย. 2568' };
}

/**
 * The checklist to show: the active tab when it is one, else the one shown before while it is still
 * there, else the first checklist tab; undefined when the spreadsheet has none.
 */
export function pickChecklist(
  tabs: readonly TabSummary[],
  activeSheetId: number | undefined,
  shownSheetId: number | undefined,
): TabSummary | undefined {
  const checklists = tabs.filter((t) => t.type === 'oit-checklist');
  return (
    checklists.find((t) => t.sheetId === activeSheetId) ??
    checklists.find((t) => t.sheetId === shownSheetId) ??
    checklists[0]
  );
}

/** The count line of the items still to publish. */
export function missingText(missing: number): string {
  return missing === 0
    ? 'เผยแพร่ครบทุกรายการแล้ว (every item is published or not required)'
    : `ยังไม่เผยแพร่ ${missing} รายการ (${missing} item${missing === 1 ? '' : 's'} still to publish)`;
}
