/**
 * The OIT readiness report (รายงานความพร้อมการเปิดเผยข้อมูลสาธารณะ): per sub-indicator the items
 * published out of those scored, with a bar; the OIT score if assessed today; the items still missing,
 * soonest due first, with their units; the items the spreadsheet's own documents answer; and, from the
 * latest ITA analysis, the projected total and grade and the OIT needed for the pass mark.
 */

import { reportEntry } from '../catalog';
import type { DocumentRecord } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import { DOCUMENT_TYPES } from '../documents/types';
import type { SheetLayout } from '../layout/sheet-layout';
import { oitNeedText, projectionOutlook } from '../ita/level-outlook';
import { fractionToHundredths } from '../numbers/fraction';
import { OIT_LIST_YEARS, oitItemList } from '../oit/oit-item-lists';
import {
  neededOitWords,
  type OitReadiness,
  oitReadiness,
  type SubIndicatorTally,
} from '../oit/oit-readiness';
import { oitStatusLabel } from '../oit/oit-status';
import { compareSubIndicatorCodes, parseSubIndicatorCode, subIndicatorName } from '../oit/sub-indicator-code';
import { describeProblem } from '../problems/messages';
import { formatThaiDate } from '../thai/thai-date';
import { fieldText, thaiPart } from './record-text';
import { fiscalYearLine, organizationLine, type ReportOptions, yearsForName } from './report-options';
import { type ReportCell, ReportSheet, scoreCell } from './report-sheet';

/** The report's first title line. */
export const OIT_READINESS_TITLE = 'รายงานความพร้อมการเปิดเผยข้อมูลสาธารณะ (OIT)';

// ข้อ/ตัวชี้วัด · ข้อมูล · สถานะหรือเผยแพร่แล้ว · กำหนดเสร็จหรือคะแนน · ผู้รับผิดชอบหรือความคืบหน้า: 1,000 px.
const WIDTHS = [90, 340, 160, 150, 260];
const BAR_CELLS = 10;

/** Ten cells of a bar, filled to the share published: ■■■■■■□□□□. */
export function progressBar(published: number, total: number): string {
  const filled = total === 0 ? 0 : Math.round((published / total) * BAR_CELLS);
  return '■'.repeat(filled) + '□'.repeat(BAR_CELLS - filled);
}

/**
 * Each sub-indicator's name: as the checklist writes it after the code ("9.1 ข้อมูลพื้นฐาน"), else as
 * the shipped list of the year (or the newest list) names it.
 */
export function subIndicatorNames(
  fiscalYear: number | undefined,
  records: readonly DocumentRecord[],
): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const newest = OIT_LIST_YEARS.reduce((a, b) => Math.max(a, b), 0);
  const list = (fiscalYear === undefined ? undefined : oitItemList(fiscalYear)) ?? oitItemList(newest);
  for (const sub of list?.subIndicators ?? []) names.set(sub.code, sub.th);
  const written = new Set<string>();
  for (const record of records) {
    const text = fieldText(record, 'subIndicator');
    const code = parseSubIndicatorCode(text)?.code;
    const name = subIndicatorName(text);
    if (code === undefined || name === '' || written.has(code)) continue;
    names.set(code, name);
    written.add(code);
  }
  return names;
}

function scoresTable(
  sheet: ReportSheet,
  readiness: OitReadiness,
  names: ReadonlyMap<string, string>,
): number {
  const headerRow = sheet.headerRow(['ตัวชี้วัดย่อย', 'ชื่อตัวชี้วัดย่อย', 'เผยแพร่แล้ว / ทั้งหมด', 'คะแนน', 'ความคืบหน้า']);
  const { score } = readiness;
  // 9.1 … 9.5, then 10.1 …; a sub-indicator written wrong, last.
  const order = (a: SubIndicatorTally, b: SubIndicatorTally) => {
    const [codeA, codeB] = [parseSubIndicatorCode(a.code), parseSubIndicatorCode(b.code)];
    return codeA && codeB ? compareSubIndicatorCodes(codeA, codeB) : Number(!codeA) - Number(!codeB);
  };
  const tallies = [...readiness.tallies].sort(order);
  for (const tally of tallies) {
    const exempt = tally.exempt > 0 ? ` (ไม่ต้องเผยแพร่ ${tally.exempt})` : '';
    const row = sheet.add([
      tally.code,
      names.get(tally.code) ?? '',
      `${tally.published} / ${tally.total}${exempt}`,
      tally.score ? scoreCell(fractionToHundredths(tally.score)) : '-',
      progressBar(tally.published, tally.total),
    ]);
    sheet.style('body', row, 1, WIDTHS.length);
    sheet.style('center', row, 1);
    sheet.style('center', row, 3, 4);
  }
  if (!score.ok) {
    const words = describeProblem(score.problem);
    const row = sheet.add(['OIT', `คำนวณคะแนนไม่ได้: ${words.th}`]);
    sheet.style('body', row, 1, WIDTHS.length);
    sheet.style('warning', row, 2);
    return headerRow;
  }
  for (const indicator of [9, 10] as const) {
    const row = sheet.add([
      `ตัวชี้วัดที่ ${indicator}`,
      indicator === 9 ? 'การเปิดเผยข้อมูล' : 'การป้องกันการทุจริต',
      '',
      scoreCell(fractionToHundredths(score.value.indicators[indicator])),
      '',
    ]);
    sheet.style('body', row, 1, WIDTHS.length);
    sheet.style('group', row, 1, WIDTHS.length);
  }
  const row = sheet.add([
    'OIT',
    'คะแนนหากประเมินวันนี้',
    '',
    scoreCell(fractionToHundredths(score.value.oit)),
    '',
  ]);
  sheet.style('body', row, 1, WIDTHS.length);
  sheet.style('total', row, 1, WIDTHS.length);
  return headerRow;
}

function missingTable(sheet: ReportSheet, readiness: OitReadiness): void {
  sheet.add();
  sheet.heading(`รายการที่ยังไม่เผยแพร่ ${readiness.missing.length} รายการ (เรียงตามกำหนดเสร็จ)`);
  if (readiness.missing.length === 0) {
    sheet.add(['', 'เผยแพร่ครบทุกรายการแล้ว']);
    return;
  }
  sheet.headerRow(['ข้อ', 'ข้อมูล', 'สถานะ', 'กำหนดเสร็จ', 'ผู้รับผิดชอบ']);
  for (const item of readiness.missing) {
    const row = sheet.add([
      item.code,
      `${item.title}\n(ตัวชี้วัดย่อย ${item.subIndicator})`,
      item.status ? oitStatusLabel(item.status) : 'ไม่ระบุสถานะ',
      item.due ? formatThaiDate(item.due, 'short-arabic') : item.dueText || 'ยังไม่กำหนด',
      item.responsible.join('\n') || 'ยังไม่ระบุ',
    ]);
    sheet.style('body', row, 1, WIDTHS.length);
    sheet.style('center', row, 1);
    if (!item.due) sheet.style('warning', row, 4);
  }
}

function answeredTable(sheet: ReportSheet, readiness: OitReadiness): void {
  if (readiness.answered.length === 0) return;
  sheet.add();
  sheet.heading('รายการที่เอกสารในไฟล์นี้ตอบได้');
  sheet.headerRow(['ข้อ', 'ข้อมูล', 'สถานะ', 'เอกสาร', 'แท็บในไฟล์นี้']);
  for (const answer of readiness.answered) {
    const tabs =
      answer.kind === 'progress-report'
        ? 'รายงานความก้าวหน้าของแผน ทำจากแท็บแผน'
        : answer.tabs.join('\n') || 'ยังไม่มีแท็บ';
    const row = sheet.add([
      answer.code,
      answer.title,
      answer.published ? 'เผยแพร่แล้ว' : 'ยังไม่เผยแพร่',
      DOCUMENT_TYPES[answer.document].th,
      tabs,
    ]);
    sheet.style('body', row, 1, WIDTHS.length);
    sheet.style('center', row, 1);
    // A document the spreadsheet has but the website does not: the easiest item to gain.
    if (!answer.published && answer.tabs.length > 0) sheet.style('warning', row, 3);
  }
}

function projectionLines(sheet: ReportSheet, readiness: OitReadiness): void {
  sheet.add();
  sheet.heading('คาดการณ์คะแนนรวม');
  const { projection } = readiness;
  if (!projection) {
    sheet.add(['', thaiPart(readiness.noProjection ?? '')]);
    return;
  }
  const pass = projection.framework.passMark;
  const oit = readiness.score.ok ? readiness.score.value.oit : undefined;
  const { outlook, good } = projectionOutlook(projection.framework, projection.iit, projection.eit, oit);
  const words = neededOitWords(projection.needed, pass);
  const needed = typeof words === 'string' ? words : scoreCell(words);
  const lines: readonly (readonly [string, ReportCell])[] = [
    [`IIT (จากแท็บ "${projection.analysisTab}")`, scoreCell(fractionToHundredths(projection.iit))],
    [`EIT (จากแท็บ "${projection.analysisTab}")`, scoreCell(fractionToHundredths(projection.eit))],
    ['คะแนนรวมหากประเมินวันนี้', projection.total === undefined ? '-' : scoreCell(projection.total)],
    // The level from 2567 (the grade before), and what stands before the next one.
    [
      'ระดับ',
      outlook === undefined ? '-' : `${outlook.result} (${outlook.standing.passes ? 'ผ่าน' : 'ไม่ผ่าน'})`,
    ],
    ...(outlook?.lines[1] ? [['', outlook.lines[1]] as const] : []),
    [`OIT ที่ต้องได้เพื่อให้คะแนนรวมถึง ${pass}`, needed],
    ...(good ? [[`OIT ที่ต้องได้เพื่อระดับ${good.level.nameTh}`, oitNeedText(good.need)] as const] : []),
  ];
  for (const [label, value] of lines) {
    const row = sheet.add(['', label, '', value]);
    sheet.style('label', row, 2);
  }
}

/** The readiness report of a checklist; `options.workbook` brings the other tabs, `options.asOf` the day. */
export function oitReadinessReport(
  header: DocumentHeader,
  records: Parameters<typeof oitReadiness>[1],
  options: ReportOptions,
): SheetLayout {
  const readiness = oitReadiness(header.fiscalYear, records, options.workbook);
  const sheet = new ReportSheet(WIDTHS.length, WIDTHS);
  sheet.line(OIT_READINESS_TITLE, 'title');
  sheet.line(fiscalYearLine(header.fiscalYear), 'title');
  sheet.line(organizationLine(header, options.profile), 'title');
  if (options.asOf) sheet.line(`ข้อมูล ณ วันที่ ${formatThaiDate(options.asOf, 'long-arabic')}`, 'title');
  sheet.add();
  const headerRow = scoresTable(sheet, readiness, subIndicatorNames(header.fiscalYear, records));
  missingTable(sheet, readiness);
  answeredTable(sheet, readiness);
  projectionLines(sheet, readiness);
  return sheet.build({
    kind: 'oit-readiness',
    name: `${reportEntry('oit-readiness').tab}${yearsForName(undefined, header.fiscalYear)}`,
    thaiDigits: options.thaiDigits,
    columnWidths: WIDTHS,
    headerRow,
    repeatHeader: false,
  });
}
