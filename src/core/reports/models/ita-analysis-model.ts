/**
 * The ITA analysis report's model: the indicators against the pass mark, the tool subtotals with the
 * total and grade, the footnotes, the chart, the weak indicators with their weaknesses, the guidelines.
 */

import { reportEntry } from '../../catalog';
import type { DocumentRecord } from '../../documents/document-type';
import type { DocumentHeader } from '../../documents/header';
import { FAIL_TH, PASS_TH } from '../../ita/grade';
import { toThaiDigits } from '../../thai/digits';
import { numberList } from '../../thai/numbered-list';
import { ITA_ANALYSIS_TITLE, notes, outlookOf, verdictOf } from '../ita-analysis-report';
import { withMemoOrganization } from '../memo-organization';
import { belowPassMark, type IndicatorLine, type ItaFigures, itaFigures } from '../ita-analysis-scores';
import {
  hundredthsText,
  type ModelBlock,
  type ModelCell,
  type ModelRow,
  type ReportModel,
} from '../report-model';
import { type DocumentDigits, documentDigits } from './list-text';
import { fiscalYearLine, organizationLine, type ReportOptions, signatureLines } from '../report-options';

const NOT_COMPUTED = 'คำนวณไม่ได้';

/** `3.` in the document's digits. */
const ordinal = (n: number, digits: DocumentDigits) => `${digits === 'thai' ? toThaiDigits(String(n)) : n}.`;

function scoreOf(line: IndicatorLine): string {
  if (line.score.kind === 'score') return hundredthsText(line.score.hundredths);
  return line.score.kind === 'unreadable' ? line.score.text : '';
}

function verdictCell(line: IndicatorLine): ModelCell {
  return line.passes === true ? { text: verdictOf(line) } : { text: verdictOf(line), tone: 'warning' };
}

function indicatorTable(figures: ItaFigures): ModelBlock {
  const pass = String(figures.framework.passMark);
  return {
    kind: 'table',
    columns: [
      { label: 'ตัวชี้วัดที่', role: 'number' },
      { label: 'ตัวชี้วัด', role: 'text' },
      { label: 'เครื่องมือ', role: 'short' },
      { label: 'คะแนน', role: 'score' },
      { label: 'เกณฑ์ผ่าน', role: 'score' },
      { label: 'ผล', role: 'short' },
    ],
    rows: figures.indicators.map((line) => ({
      cells: [String(line.no), line.name, line.tool ?? '-', scoreOf(line), pass, verdictCell(line)],
    })),
  };
}

function toolTable(header: DocumentHeader, figures: ItaFigures): ModelBlock {
  const orNot = (hundredths: bigint | undefined) =>
    hundredths === undefined ? NOT_COMPUTED : hundredthsText(hundredths);
  const { total } = figures;
  const weights = figures.tools.reduce((sum, tool) => sum + tool.weight.weightPercent, 0);
  const rows: ModelRow[] = figures.tools.map((tool) => ({
    cells: [
      tool.weight.tool,
      tool.weight.nameTh,
      String(tool.weight.weightPercent),
      orNot(tool.mean),
      orNot(tool.weighted),
      '',
    ],
  }));
  const warn = !total.ok || !total.passes;
  rows.push({
    kind: 'total',
    cells: [
      'รวม',
      'คะแนนรวม',
      String(weights),
      '',
      {
        text: total.ok ? hundredthsText(total.hundredths) : NOT_COMPUTED,
        ...(warn ? { tone: 'warning' } : {}),
      },
      { text: total.ok ? (total.passes ? PASS_TH : FAIL_TH) : '', ...(warn ? { tone: 'warning' } : {}) },
    ],
  });
  rows.push({
    kind: 'total',
    // The year's level (the Rating Score from 2567, which needs every tool), else its grade.
    cells: ['', 'ระดับผลการประเมิน', '', '', outlookOf(figures)?.result ?? NOT_COMPUTED, ''],
  });
  // What the document states is shown beside what is computed, never in its place.
  if (header.total !== undefined) {
    const stated = BigInt(Math.round(header.total * 100));
    rows.push({ cells: ['', 'คะแนนรวมตามที่ระบุในเอกสาร', '', '', hundredthsText(stated), ''] });
  }
  if (header.grade !== undefined) rows.push({ cells: ['', 'ระดับตามที่ระบุในเอกสาร', '', '', header.grade, ''] });
  return {
    kind: 'table',
    columns: [
      { label: 'เครื่องมือ', role: 'short' },
      { label: 'ชื่อเครื่องมือ', role: 'text' },
      { label: 'น้ำหนัก (ร้อยละ)', role: 'score' },
      { label: 'คะแนน', role: 'score' },
      { label: 'คะแนนถ่วงน้ำหนัก', role: 'score' },
      { label: 'ผล', role: 'short' },
    ],
    rows,
  };
}

function weakBlocks(figures: ItaFigures, digits: DocumentDigits): ModelBlock[] {
  const heading: ModelBlock = { kind: 'heading', text: 'ตัวชี้วัดที่ต่ำกว่าเกณฑ์' };
  const weak = belowPassMark(figures);
  if (weak.length === 0)
    return [heading, { kind: 'lines', lines: [{ label: '', value: 'ไม่มีตัวชี้วัดที่ต่ำกว่าเกณฑ์' }] }];
  const passMark = BigInt(Math.round(figures.framework.passMark * 100));
  const rows: ModelRow[] = weak.flatMap((line): ModelRow[] => {
    const gap =
      line.score.kind === 'score' ? hundredthsText(passMark - line.score.hundredths) : verdictOf(line);
    const weaknesses = line.weaknesses.length > 0 ? numberList(line.weaknesses, digits) : 'ไม่ได้ระบุข้อบกพร่อง';
    return [
      {
        kind: 'group',
        cells: [
          String(line.no),
          line.name,
          line.tool ?? '-',
          scoreOf(line),
          String(figures.framework.passMark),
          { text: gap, tone: 'warning' },
        ],
      },
      { cells: ['', weaknesses], span: [1, 5] },
    ];
  });
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { label: 'ตัวชี้วัดที่', role: 'number' },
        { label: 'ตัวชี้วัด / ข้อบกพร่องหรือประเด็นที่ควรพัฒนา', role: 'text' },
        { label: 'เครื่องมือ', role: 'short' },
        { label: 'คะแนน', role: 'score' },
        { label: 'เกณฑ์ผ่าน', role: 'score' },
        { label: 'ห่างจากเกณฑ์', role: 'score' },
      ],
      rows,
    },
  ];
}

/** The ITA analysis report's model from an ita-analysis document: never throws on a bad score. */
export function itaAnalysisModel(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  options: ReportOptions,
): ReportModel {
  const figures = itaFigures(header.fiscalYear, records);
  const passMark = figures.framework.passMark;
  const guidelines = header.guidelines ?? [];
  const digits = documentDigits(records);
  const year = header.fiscalYear === undefined ? '' : ` ${header.fiscalYear}`;
  return {
    kind: 'ita-analysis',
    name: `${reportEntry('ita-analysis').tab}${year}`,
    titles: [ITA_ANALYSIS_TITLE, fiscalYearLine(header.fiscalYear)],
    organization: organizationLine(withMemoOrganization(header), options.profile),
    landscape: false,
    blocks: [
      indicatorTable(figures),
      toolTable(header, figures),
      { kind: 'notes', lines: notes(header, figures) },
      { kind: 'heading', text: `แผนภูมิคะแนนรายตัวชี้วัดเทียบกับเกณฑ์ผ่าน ${passMark} คะแนน` },
      {
        kind: 'chart',
        title: `คะแนนรายตัวชี้วัดเทียบกับเกณฑ์ผ่าน ${passMark} คะแนน`,
        passMark,
        max: 100,
        bars: figures.indicators.map((line) => ({
          label: String(line.no),
          name: line.name,
          value: line.score.kind === 'score' ? Number(line.score.hundredths) / 100 : null,
        })),
      },
      ...weakBlocks(figures, digits),
      { kind: 'heading', text: 'แนวทางการพัฒนา' },
      {
        kind: 'lines',
        lines:
          guidelines.length === 0
            ? [{ label: '', value: 'ไม่ได้ระบุแนวทาง' }]
            : guidelines.map((guideline, i) => ({ label: ordinal(i + 1, digits), value: guideline.trim() })),
      },
    ],
    signature: signatureLines(options.signer, 'ผู้รายงาน'),
    thaiDigits: options.thaiDigits,
  };
}
