/**
 * The ITA analysis report (รายงานการวิเคราะห์ผลการประเมิน ITA): the indicators against the pass
 * mark, the tool subtotals, the total and grade, a chart, the weak indicators with their
 * weaknesses, and the guidelines adopted.
 */

import { reportEntry } from '../catalog';
import type { DocumentRecord } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import { FAIL_TH, PASS_TH } from '../ita/grade';
import type { SheetLayout } from '../layout/sheet-layout';
import { belowPassMark, type IndicatorLine, type ItaFigures, itaFigures } from './ita-analysis-scores';
import { numbered } from './record-text';
import { fiscalYearLine, organizationLine, type ReportOptions } from './report-options';
import { chartCell, type ReportCell, ReportSheet, scoreCell } from './report-sheet';

/** The ITA analysis report's first title line. */
export const ITA_ANALYSIS_TITLE =
  'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)';

// ตัวชี้วัดที่ · ชื่อ (wide: the weaknesses and guidelines are written under it) · เครื่องมือ ·
// คะแนน · เกณฑ์ผ่าน · ผล: 970 px.
const WIDTHS = [80, 480, 90, 100, 110, 110];
const SIGNATURE_COLUMN = 4;
/** Blank rows kept under the chart's anchor so that nothing is written beneath the chart. */
export const CHART_ROWS = 20;
const NOT_COMPUTED = 'คำนวณไม่ได้';

function scoreOf(line: IndicatorLine): ReportCell {
  if (line.score.kind === 'score') return scoreCell(line.score.hundredths);
  return line.score.kind === 'unreadable' ? line.score.text : '';
}

function verdictOf(line: IndicatorLine): string {
  if (line.passes !== undefined) return line.passes ? PASS_TH : FAIL_TH;
  return line.score.kind === 'missing' ? 'ไม่มีคะแนน' : 'อ่านคะแนนไม่ได้';
}

function indicatorTable(sheet: ReportSheet, figures: ItaFigures): number {
  const passMark = figures.framework.passMark;
  const headerRow = sheet.headerRow(['ตัวชี้วัดที่', 'ตัวชี้วัด', 'เครื่องมือ', 'คะแนน', 'เกณฑ์ผ่าน', 'ผล']);
  for (const line of figures.indicators) {
    const row = sheet.add([line.no, line.name, line.tool ?? '-', scoreOf(line), passMark, verdictOf(line)]);
    sheet.style('body', row, 1, 6);
    sheet.style('count', row, 1);
    sheet.style('center', row, 3, 4);
    sheet.style('count', row, 5);
    sheet.style('center', row, 6);
    if (line.passes !== true) sheet.style('warning', row, 6);
  }
  return headerRow;
}

function toolTable(sheet: ReportSheet, figures: ItaFigures): void {
  sheet.headerRow(['เครื่องมือ', 'ชื่อเครื่องมือ', 'น้ำหนัก (ร้อยละ)', 'คะแนน', 'คะแนนถ่วงน้ำหนัก', 'ผล']);
  const orNot = (hundredths: bigint | undefined) =>
    hundredths === undefined ? NOT_COMPUTED : scoreCell(hundredths);
  for (const tool of figures.tools) {
    const row = sheet.add([
      tool.weight.tool,
      tool.weight.nameTh,
      tool.weight.weightPercent,
      orNot(tool.mean),
      orNot(tool.weighted),
    ]);
    sheet.style('body', row, 1, 6);
    sheet.style('center', row, 1);
    sheet.style('count', row, 3);
    sheet.style('center', row, 4, 5);
  }
  const { total } = figures;
  const weights = figures.tools.reduce((sum, tool) => sum + tool.weight.weightPercent, 0);
  const totalRow = sheet.add([
    'รวม',
    'คะแนนรวม',
    weights,
    '',
    total.ok ? scoreCell(total.hundredths) : NOT_COMPUTED,
    total.ok ? (total.passes ? PASS_TH : FAIL_TH) : '',
  ]);
  const gradeRow = sheet.add(['', 'ระดับผลการประเมิน', '', '', total.ok ? total.grade : NOT_COMPUTED, '']);
  for (const row of [totalRow, gradeRow]) {
    sheet.style('body', row, 1, 6);
    sheet.style('total', row, 1, 6);
    sheet.style('center', row, 1);
    sheet.style('count', row, 3);
    sheet.style('center', row, 4, 6);
  }
  if (!total.ok || !total.passes) sheet.style('warning', totalRow, 5, 6);
}

/** The note lines under the totals: the framework used, and what keeps the figures from adding up. */
function notes(header: DocumentHeader, figures: ItaFigures): string[] {
  const { framework, total } = figures;
  const lines = [
    !figures.fellBack
      ? `คำนวณตาม${framework.source}${framework.verified ? ' (ยืนยันแล้ว: verified)' : ''}`
      : header.fiscalYear === undefined
        ? `เอกสารไม่ระบุปีงบประมาณ จึงคำนวณตามเกณฑ์ล่าสุด: ${framework.source} (no year given: the newest framework is used)`
        : `ไม่มีเกณฑ์ของปี ${header.fiscalYear} จึงคำนวณตามเกณฑ์ล่าสุด: ${framework.source} (no framework for FY ${header.fiscalYear}: the newest is used)`,
  ];
  // A year whose rules are another's (2569, 2570 → 2568) says why, in the officer's words.
  if (framework.carriedFrom !== undefined) lines.push(framework.provenance.grades.source);
  if (!total.ok) {
    const shown = total.reasons.slice(0, 3).join('; ');
    const more = total.reasons.length > 3 ? ` และอีก ${total.reasons.length - 3} รายการ` : '';
    lines.push(`คำนวณคะแนนรวมไม่ได้ (the total cannot be computed): ${shown}${more}`);
    return lines;
  }
  const shownSum = figures.tools.reduce((sum, tool) => sum + (tool.weighted ?? 0n), 0n);
  if (shownSum !== total.hundredths) {
    lines.push(
      'คะแนนรวมคำนวณจากคะแนนถ่วงน้ำหนักที่ไม่ปัดเศษ แล้วปัดเป็นทศนิยม 2 ตำแหน่งครั้งเดียว (the total is rounded once, from unrounded scores)',
    );
  }
  const statedTotal = header.total === undefined ? undefined : BigInt(Math.round(header.total * 100));
  if (statedTotal !== undefined && statedTotal !== total.hundredths) {
    lines.push(`คะแนนรวมที่ระบุในเอกสาร ${header.total?.toFixed(2)} ต่างจากที่คำนวณได้ (the stated total differs)`);
  }
  if (header.grade !== undefined && header.grade !== total.grade) {
    lines.push(`ระดับที่ระบุในเอกสาร ${header.grade} ต่างจากที่คำนวณได้ (the stated grade differs)`);
  }
  return lines;
}

/** The chart's data block (label, score, pass mark) and the chart below it. */
function chartSection(sheet: ReportSheet, figures: ItaFigures) {
  const passMark = figures.framework.passMark;
  sheet.add([`แผนภูมิคะแนนรายตัวชี้วัดเทียบกับเกณฑ์ผ่าน ${passMark} คะแนน`]);
  sheet.style('heading', sheet.lastRow, 1);
  const first = sheet.add(['', 'ตัวชี้วัด', 'คะแนน', `เกณฑ์ ${passMark}`]);
  sheet.style('header', first, 2, 4);
  for (const line of figures.indicators) {
    const score = line.score.kind === 'score' ? Number(line.score.hundredths) / 100 : null;
    const row = sheet.add(['', `${line.no}. ${line.name}`, chartCell(score), chartCell(passMark)]);
    sheet.style('body', row, 2, 4);
  }
  const last = sheet.lastRow;
  sheet.add();
  const anchorRow = sheet.add();
  for (let i = 1; i < CHART_ROWS; i++) sheet.add();
  return {
    kind: 'bar' as const,
    range: `B${first}:D${last}`,
    title: `คะแนนรายตัวชี้วัดเทียบกับเกณฑ์ผ่าน ${passMark} คะแนน`,
    anchorRow,
    anchorColumn: 2,
    minValue: 0,
    maxValue: 100,
  };
}

function weakSection(sheet: ReportSheet, figures: ItaFigures): void {
  sheet.add(['ตัวชี้วัดที่ต่ำกว่าเกณฑ์']);
  sheet.style('heading', sheet.lastRow, 1);
  const weak = belowPassMark(figures);
  if (weak.length === 0) {
    sheet.add(['', 'ไม่มีตัวชี้วัดที่ต่ำกว่าเกณฑ์ (every indicator reaches the pass mark)']);
    return;
  }
  sheet.headerRow([
    'ตัวชี้วัดที่',
    'ตัวชี้วัด / ข้อบกพร่องหรือประเด็นที่ควรพัฒนา',
    'เครื่องมือ',
    'คะแนน',
    'เกณฑ์ผ่าน',
    'ห่างจากเกณฑ์',
  ]);
  const passMark = BigInt(Math.round(figures.framework.passMark * 100));
  for (const line of weak) {
    const gap = line.score.kind === 'score' ? scoreCell(passMark - line.score.hundredths) : verdictOf(line);
    const nameRow = sheet.add([
      line.no,
      line.name,
      line.tool ?? '-',
      scoreOf(line),
      figures.framework.passMark,
      gap,
    ]);
    sheet.style('body', nameRow, 1, 6);
    sheet.style('group', nameRow, 1, 6);
    sheet.style('count', nameRow, 1);
    sheet.style('center', nameRow, 3, 4);
    sheet.style('count', nameRow, 5);
    sheet.style('center', nameRow, 6);
    sheet.style('warning', nameRow, 6);
    const weaknesses = line.weaknesses.length > 0 ? numbered(line.weaknesses) : 'ไม่ได้ระบุข้อบกพร่อง';
    const row = sheet.add(['', weaknesses]);
    sheet.style('body', row, 1, 6);
  }
}

function guidelineSection(sheet: ReportSheet, guidelines: readonly string[]): void {
  sheet.add(['แนวทางการพัฒนา']);
  sheet.style('heading', sheet.lastRow, 1);
  if (guidelines.length === 0) {
    sheet.add(['', 'ไม่ได้ระบุแนวทาง (no guidelines given)']);
    return;
  }
  guidelines.forEach((guideline, i) => {
    const row = sheet.add([`${i + 1}.`, guideline.trim()]);
    sheet.style('body', row, 2);
    sheet.style('center', row, 1);
  });
}

/** The ITA analysis report from an ita-analysis document: never throws on a missing or bad score. */
export function itaAnalysisReport(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  options: ReportOptions,
): SheetLayout {
  const figures = itaFigures(header.fiscalYear, records);
  const sheet = new ReportSheet(WIDTHS.length);
  sheet.line(ITA_ANALYSIS_TITLE, 'title');
  sheet.line(fiscalYearLine(header.fiscalYear), 'title');
  sheet.line(organizationLine(header, options.profile), 'title');
  sheet.add();
  const headerRow = indicatorTable(sheet, figures);
  sheet.add();
  toolTable(sheet, figures);
  for (const note of notes(header, figures)) sheet.line(note, 'note');
  sheet.add();
  const chart = chartSection(sheet, figures);
  weakSection(sheet, figures);
  sheet.add();
  guidelineSection(sheet, header.guidelines ?? []);
  sheet.signature(options.signer, 'ผู้รายงาน', SIGNATURE_COLUMN);
  const year = header.fiscalYear === undefined ? '' : ` ${header.fiscalYear}`;
  return sheet.build({
    kind: 'ita-analysis',
    name: `${reportEntry('ita-analysis').tab}${year}`,
    thaiDigits: options.thaiDigits,
    columnWidths: WIDTHS,
    headerRow,
    charts: [chart],
  });
}
