/**
 * What the OIT panel shows, worked out from a checklist's records with the core's own reading and
 * scoring (oitReadiness for the whole, scoreSubIndicators for each group): the items grouped by
 * sub-indicator in framework order, each group's published / total and score, the OIT if assessed
 * today with indicators 9 and 10, and the words for them. Pure: no DOM, no server.
 */

import type { DocumentRecord, FieldValue } from '../../src/core/documents/document-type';
import { OIT_CHECKLIST } from '../../src/core/documents/types';
import { type Fraction, fractionToHundredths } from '../../src/core/numbers/fraction';
import { oitItemResult, oitReadiness } from '../../src/core/oit/oit-readiness';
import { type OitScore, scoreSubIndicators } from '../../src/core/oit/oit-score';
import { OIT_STATUSES, type OitStatusId, readOitStatus } from '../../src/core/oit/oit-status';
import { compareSubIndicatorCodes, parseSubIndicatorCode } from '../../src/core/oit/sub-indicator-code';
import { describeProblem } from '../../src/core/problems/messages';
import type { Problem } from '../../src/core/problems/problem';
import { toArabicDigits } from '../../src/core/thai/digits';
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

/** A group's count of items: published out of those scored, and those left out as not required. */
export interface GroupCount {
  readonly published: number;
  readonly total: number;
  readonly exempt: number;
}

/** The items of one sub-indicator. */
export interface OitGroup {
  /** "9.1", or the text as written when it is no sub-indicator code ("" when blank). */
  readonly code: string;
  /** The name the checklist writes after the code ("ข้อมูลพื้นฐาน"), or "". */
  readonly name: string;
  readonly rows: readonly ChecklistRow[];
  /** Undefined when the group cannot be scored (see `score`). */
  readonly count: GroupCount | undefined;
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
}

const text = (value: FieldValue | undefined): string =>
  typeof value === 'string' ? value : (value ?? []).join('\n');

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

// "9.1 ข้อมูลพื้นฐาน", "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน": the name is what follows the code.
const NAMED = /^(?:ตัวชี้วัดย่อย(?:ที่)?\s*)?(?:9|10)\.\d+\s*(.*)$/s;

/** The sub-indicator's name as a cell writes it after its code, or "". */
export function subIndicatorName(cell: string): string {
  return (NAMED.exec(toArabicDigits(cell.trim()))?.[1] ?? '').replace(/\s+/g, ' ').trim();
}

function groupOf(code: string, rows: readonly ChecklistRow[]): OitGroup {
  const name = rows.map((r) => subIndicatorName(text(r.record.subIndicator))).find((n) => n !== '') ?? '';
  if (!parseSubIndicatorCode(code)) {
    const reason = problemWords({ code: 'not-a-sub-indicator', value: code });
    return { code, name, rows, count: undefined, score: { ok: false, reason } };
  }
  const scored = scoreSubIndicators(
    rows.map((r) => ({ subIndicator: code, result: oitItemResult(readOitStatus(text(r.record.status))) })),
  );
  const sub = scored.ok ? scored.value[0] : undefined;
  if (!scored.ok || !sub) {
    const reason = scored.ok ? '' : problemWords(scored.problem);
    return { code, name, rows, count: undefined, score: { ok: false, reason } };
  }
  return {
    code,
    name,
    rows,
    count: { published: sub.published, total: sub.total, exempt: sub.exempt },
    score: { ok: true, text: scoreText(sub.score) },
  };
}

/** The figures of a checklist of `fiscalYear`: its groups in framework order, the OIT and its indicators. */
export function oitFigures(fiscalYear: number | undefined, rows: readonly ChecklistRow[]): OitFigures {
  const readiness = oitReadiness(
    fiscalYear,
    rows.map((r) => r.record),
  );
  const byCode = new Map<string, ChecklistRow[]>();
  readiness.items.forEach((item, i) => {
    const row = rows[i];
    if (!row) return;
    const code = item.subIndicator.trim();
    byCode.set(code, [...(byCode.get(code) ?? []), row]);
  });
  const groups = [...byCode.entries()].map(([code, members]) => groupOf(code, members));
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
  };
}

/** A group's heading: "9.1 ข้อมูลพื้นฐาน", or what stands for a missing code. */
export function groupTitle(group: Pick<OitGroup, 'code' | 'name'>): string {
  if (group.code === '') return 'ไม่ระบุตัวชี้วัดย่อย (no sub-indicator)';
  return group.name === '' ? `ตัวชี้วัดย่อย ${group.code}` : `${group.code} ${group.name}`;
}

/** The status a cell names, as the panel's select holds it: its id, or "" when it names none of the four. */
export function statusChoice(cell: string): OitStatusId | '' {
  return readOitStatus(cell) ?? '';
}

/** The select's options: each status by its id, Thai with the English gloss. */
export const STATUS_OPTIONS: readonly (readonly [OitStatusId, string])[] = OIT_STATUSES.map(
  (s) => [s.id, `${s.th} (${s.en})`] as const,
);

/** The Thai word a status (by its id) is written with in the sheet. */
export function statusCell(id: string): string {
  return OIT_STATUSES.find((s) => s.id === id)?.th ?? id;
}

/** The fields the panel edits in place. */
export type EditableField = 'status' | 'url' | 'due' | 'note';

/** The whole record with the fields the officer changed, every other field as it was read. */
export function editedRecord(
  record: DocumentRecord,
  edits: Readonly<Partial<Record<EditableField, string>>>,
): DocumentRecord {
  const changed = Object.fromEntries(Object.entries(edits).filter(([, value]) => value !== undefined));
  return { ...record, ...changed };
}

/** Two records hold the same values in every field of the checklist. */
export function sameValues(a: DocumentRecord, b: DocumentRecord): boolean {
  return OIT_CHECKLIST.fields.every((f) => text(a[f.key]) === text(b[f.key]));
}

/** How a due date was read: `อ่านได้ว่า 30 เมษายน 2568`, or the problem with an example. */
export function duePreview(cell: string): Preview {
  if (cell.trim() === '') return { kind: 'empty' };
  const date = readCellDate(cell);
  if (date.ok) return { kind: 'read', text: `อ่านได้ว่า ${formatThaiDate(date.value, 'long-arabic')}` };
  const words = describeProblem(date.problem);
  return { kind: 'problem', text: `${words.th} — เช่น 30 เม.ย. 2568 (${words.en})` };
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
