/**
 * The ITA analysis report (รายงานการวิเคราะห์ผลการประเมิน ITA): the indicators against the pass
 * mark, the tool subtotals, the total and grade, a chart, the weak indicators with their
 * weaknesses, and the guidelines adopted.
 */

import { reportEntry } from '../catalog';
import type { DocumentRecord } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import { FAIL_TH, PASS_TH } from '../ita/grade';
import { type LevelOutlook, levelOutlook } from '../ita/level-outlook';
import type { SheetLayout } from '../layout/sheet-layout';
import { decimalToString } from '../numbers/decimal';
import { belowPassMark, type IndicatorLine, type ItaFigures, itaFigures } from './ita-analysis-scores';
import { withMemoOrganization } from './memo-organization';
import { numbered, thaiPart } from './record-text';
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

export function verdictOf(line: IndicatorLine): string {
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

const hundredthsText = (hundredths: bigint) => decimalToString({ units: hundredths, scale: 2 });

/** The level (from 2567) or grade, the next one and what stands in the way, when the total is computed. */
export function outlookOf(figures: ItaFigures): LevelOutlook | undefined {
  const { IIT, EIT, OIT } = figures.toolMeans;
  return figures.total.ok && IIT && EIT && OIT
    ? levelOutlook(figures.framework, { IIT, EIT, OIT })
    : undefined;
}

function toolTable(sheet: ReportSheet, header: DocumentHeader, figures: ItaFigures): void {
  const headerRow = sheet.headerRow([
    'เครื่องมือ',
    'ชื่อเครื่องมือ',
    'น้ำหนัก (ร้อยละ)',
    'คะแนน',
    'คะแนนถ่วงน้ำหนัก',
    'ผล',
  ]);
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
  const result = outlookOf(figures)?.result;
  const gradeRow = sheet.add(['', 'ระดับผลการประเมิน', '', '', result ?? NOT_COMPUTED, '']);
  // What the document states is shown beside what is computed, never in its place.
  const stated: number[] = [];
  if (header.total !== undefined) {
    const statedTotal = BigInt(Math.round(header.total * 100));
    stated.push(sheet.add(['', 'คะแนนรวมตามที่ระบุในเอกสาร', '', '', scoreCell(statedTotal), '']));
  }
  if (header.grade !== undefined) {
    stated.push(sheet.add(['', 'ระดับตามที่ระบุในเอกสาร', '', '', header.grade, '']));
  }
  for (const row of stated) {
    sheet.style('body', row, 1, 6);
    sheet.style('center', row, 4, 6);
  }
  for (const row of [totalRow, gradeRow]) {
    sheet.style('body', row, 1, 6);
    sheet.style('total', row, 1, 6);
    sheet.style('center', row, 1);
    sheet.style('count', row, 3);
    sheet.style('center', row, 4, 6);
  }
  if (!total.ok || !total.passes) sheet.style('warning', totalRow, 5, 6);
  sheet.keep(headerRow, sheet.lastRow);
}

/**
 * The footnotes under the totals, in Thai only (they print): the framework used, and what keeps the
 * figures from adding up — the display rounding, a stated total or grade other than the computed one.
 */
export function notes(header: DocumentHeader, figures: ItaFigures): string[] {
  const { framework, total } = figures;
  const source = thaiPart(framework.source);
  const lines = [
    !figures.fellBack
      ? `หมายเหตุ: คำนวณตาม${source}${framework.verified ? ' (ยืนยันแล้ว)' : ''}`
      : header.fiscalYear === undefined
        ? `หมายเหตุ: เอกสารไม่ระบุปีงบประมาณ จึงคำนวณตามเกณฑ์ล่าสุด ${source}`
        : `หมายเหตุ: ไม่มีเกณฑ์ของปี ${header.fiscalYear} จึงคำนวณตามเกณฑ์ล่าสุด ${source}`,
  ];
  // A year whose rules are another's (2569, 2570 → 2568) says why, in the officer's words.
  if (framework.carriedFrom !== undefined) lines.push(thaiPart(framework.provenance.grades.source));
  if (!total.ok) {
    const shown = total.reasons.slice(0, 3).join('; ');
    const more = total.reasons.length > 3 ? ` และอีก ${total.reasons.length - 3} รายการ` : '';
    lines.push(`คำนวณคะแนนรวมไม่ได้: ${shown}${more}`);
    return lines;
  }
  const shownSum = figures.tools.reduce((sum, tool) => sum + (tool.weighted ?? 0n), 0n);
  if (shownSum !== total.hundredths) {
    lines.push(
      `คะแนนถ่วงน้ำหนักแสดงเป็นทศนิยม 2 ตำแหน่ง ผลบวกของคะแนนที่แสดงจึงได้ ${hundredthsText(shownSum)} ` +
        `ส่วนคะแนนรวม ${hundredthsText(total.hundredths)} คำนวณจากคะแนนที่ยังไม่ปัดเศษ แล้วปัดเป็นทศนิยม 2 ตำแหน่งครั้งเดียว`,
    );
  }
  const statedTotal = header.total === undefined ? undefined : BigInt(Math.round(header.total * 100));
  if (statedTotal !== undefined && statedTotal !== total.hundredths) {
    lines.push(
      `คะแนนรวมที่ระบุในเอกสาร ${hundredthsText(statedTotal)} ต่างจากที่คำนวณได้ ${hundredthsText(total.hundredths)}`,
    );
  }
  const result = outlookOf(figures);
  if (header.grade !== undefined && result && header.grade !== result.result) {
    lines.push(`ระดับที่ระบุในเอกสาร ${header.grade} ต่างจากที่คำนวณได้ ${result.result}`);
  }
  // The next level and what stands in the way; from 2567 the levels' source.
  for (const line of result?.lines.slice(1) ?? []) lines.push(thaiPart(line));
  return lines;
}

/** The first of the columns right of the printed ones that hold the chart's data (H). */
export const CHART_DATA_COLUMN = WIDTHS.length + 2;

/**
 * The chart under its heading, over CHART_ROWS blank rows. Its data (label, score, pass mark) is
 * written right of the printed columns: a chart reads numbers, which Thai digits would turn into
 * text, and the scores are printed in the indicator table already.
 */
function chartSection(sheet: ReportSheet, figures: ItaFigures) {
  const passMark = figures.framework.passMark;
  const heading = sheet.add([`แผนภูมิคะแนนรายตัวชี้วัดเทียบกับเกณฑ์ผ่าน ${passMark} คะแนน`]);
  sheet.style('heading', heading, 1);
  const anchorRow = sheet.add();
  for (let i = 1; i < CHART_ROWS; i++) sheet.add();
  sheet.keep(heading, sheet.lastRow);
  sheet.aside(anchorRow, CHART_DATA_COLUMN, ['ตัวชี้วัด', 'คะแนน', `เกณฑ์ ${passMark}`]);
  figures.indicators.forEach((line, i) => {
    const score = line.score.kind === 'score' ? Number(line.score.hundredths) / 100 : null;
    sheet.aside(anchorRow + 1 + i, CHART_DATA_COLUMN, [
      `${line.no}. ${line.name}`,
      chartCell(score),
      chartCell(passMark),
    ]);
  });
  const column = (offset: number) => String.fromCharCode(64 + CHART_DATA_COLUMN + offset);
  const chart = {
    kind: 'bar' as const,
    range: `${column(0)}${anchorRow}:${column(2)}${anchorRow + figures.indicators.length}`,
    title: `คะแนนรายตัวชี้วัดเทียบกับเกณฑ์ผ่าน ${passMark} คะแนน`,
    anchorRow,
    anchorColumn: 2,
    minValue: 0,
    maxValue: 100,
  };
  return { chart, rows: [heading, sheet.lastRow] as const };
}

function weakSection(sheet: ReportSheet, figures: ItaFigures): void {
  sheet.heading('ตัวชี้วัดที่ต่ำกว่าเกณฑ์');
  const weak = belowPassMark(figures);
  if (weak.length === 0) {
    sheet.add(['', 'ไม่มีตัวชี้วัดที่ต่ำกว่าเกณฑ์']);
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
    const { first, last } = sheet.addRecord(['', weaknesses]);
    for (let row = first; row <= last; row++) sheet.style('body', row, 1, 6);
    sheet.keep(nameRow, first);
  }
}

function guidelineSection(sheet: ReportSheet, guidelines: readonly string[]): void {
  sheet.heading('แนวทางการพัฒนา');
  if (guidelines.length === 0) {
    sheet.add(['', 'ไม่ได้ระบุแนวทาง']);
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
  const sheet = new ReportSheet(WIDTHS.length, WIDTHS);
  sheet.line(ITA_ANALYSIS_TITLE, 'title');
  sheet.line(fiscalYearLine(header.fiscalYear), 'title');
  sheet.line(organizationLine(withMemoOrganization(header), options.profile), 'title');
  sheet.add();
  const headerRow = indicatorTable(sheet, figures);
  sheet.add();
  toolTable(sheet, header, figures);
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
    repeatHeader: false,
    charts: [chart.chart],
    chartRows: [chart.rows],
  });
}
