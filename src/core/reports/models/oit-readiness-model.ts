/** The OIT readiness report's model: the sub-indicators' tallies, the items missing, those answered, the projection. */

import { reportEntry } from '../../catalog';
import type { DocumentRecord } from '../../documents/document-type';
import type { DocumentHeader } from '../../documents/header';
import { DOCUMENT_TYPES } from '../../documents/types';
import { fractionToHundredths } from '../../numbers/fraction';
import {
  neededOitWords,
  type OitReadiness,
  oitReadiness,
  type SubIndicatorTally,
} from '../../oit/oit-readiness';
import { oitStatusLabel } from '../../oit/oit-status';
import { compareSubIndicatorCodes, parseSubIndicatorCode } from '../../oit/sub-indicator-code';
import { describeProblem } from '../../problems/messages';
import { formatThaiDate } from '../../thai/thai-date';
import { OIT_READINESS_TITLE, subIndicatorNames } from '../oit-readiness-report';
import { oitNeedText, projectionOutlook } from '../../ita/level-outlook';
import { thaiPart } from '../record-text';
import { hundredthsText, type ModelBlock, type ModelRow, type ReportModel } from '../report-model';
import { fiscalYearLine, organizationLine, type ReportOptions, yearsForName } from '../report-options';

function scoresTable(readiness: OitReadiness, names: ReadonlyMap<string, string>): ModelBlock {
  const order = (a: SubIndicatorTally, b: SubIndicatorTally) => {
    const [codeA, codeB] = [parseSubIndicatorCode(a.code), parseSubIndicatorCode(b.code)];
    return codeA && codeB ? compareSubIndicatorCodes(codeA, codeB) : Number(!codeA) - Number(!codeB);
  };
  const rows: ModelRow[] = [...readiness.tallies].sort(order).map((tally) => ({
    cells: [
      tally.code,
      names.get(tally.code) ?? '',
      `${tally.published} / ${tally.total}${tally.exempt > 0 ? ` (ไม่ต้องเผยแพร่ ${tally.exempt})` : ''}`,
      tally.score ? hundredthsText(fractionToHundredths(tally.score)) : '-',
      // A share in words: the tab's bar of ■ and □ has no glyphs in the embedded font.
      tally.total === 0 ? '-' : `ร้อยละ ${Math.round((tally.published * 100) / tally.total)}`,
    ],
  }));
  const { score } = readiness;
  if (!score.ok) {
    rows.push({
      cells: ['OIT', { text: `คำนวณคะแนนไม่ได้: ${describeProblem(score.problem).th}`, tone: 'warning' }],
    });
  } else {
    for (const indicator of [9, 10] as const) {
      rows.push({
        kind: 'group',
        cells: [
          `ตัวชี้วัดที่ ${indicator}`,
          indicator === 9 ? 'การเปิดเผยข้อมูล' : 'การป้องกันการทุจริต',
          '',
          hundredthsText(fractionToHundredths(score.value.indicators[indicator])),
          '',
        ],
      });
    }
    rows.push({
      kind: 'total',
      cells: ['OIT', 'คะแนนหากประเมินวันนี้', '', hundredthsText(fractionToHundredths(score.value.oit)), ''],
    });
  }
  return {
    kind: 'table',
    columns: [
      { label: 'ตัวชี้วัดย่อย', role: 'short' },
      { label: 'ชื่อตัวชี้วัดย่อย', role: 'text' },
      { label: 'เผยแพร่แล้ว / ทั้งหมด', role: 'short' },
      { label: 'คะแนน', role: 'score' },
      { label: 'ความคืบหน้า', role: 'short' },
    ],
    rows,
  };
}

function missingBlocks(readiness: OitReadiness): ModelBlock[] {
  const heading: ModelBlock = {
    kind: 'heading',
    text: `รายการที่ยังไม่เผยแพร่ ${readiness.missing.length} รายการ (เรียงตามกำหนดเสร็จ)`,
  };
  if (readiness.missing.length === 0) {
    return [heading, { kind: 'lines', lines: [{ label: '', value: 'เผยแพร่ครบทุกรายการแล้ว' }] }];
  }
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { label: 'ข้อ', role: 'number' },
        { label: 'ข้อมูล', role: 'text' },
        { label: 'สถานะ', role: 'short' },
        { label: 'กำหนดเสร็จ', role: 'short' },
        { label: 'ผู้รับผิดชอบ', role: 'list' },
      ],
      rows: readiness.missing.map((item) => ({
        cells: [
          item.code,
          `${item.title}\n(ตัวชี้วัดย่อย ${item.subIndicator})`,
          item.status ? oitStatusLabel(item.status) : 'ไม่ระบุสถานะ',
          item.due
            ? formatThaiDate(item.due, 'short-arabic')
            : { text: item.dueText || 'ยังไม่กำหนด', tone: 'warning' },
          item.responsible.join('\n') || 'ยังไม่ระบุ',
        ],
      })),
    },
  ];
}

function answeredBlocks(readiness: OitReadiness): ModelBlock[] {
  if (readiness.answered.length === 0) return [];
  return [
    { kind: 'heading', text: 'รายการที่เอกสารในไฟล์นี้ตอบได้' },
    {
      kind: 'table',
      columns: [
        { label: 'ข้อ', role: 'number' },
        { label: 'ข้อมูล', role: 'text' },
        { label: 'สถานะ', role: 'short' },
        { label: 'เอกสาร', role: 'text' },
        { label: 'แท็บในไฟล์นี้', role: 'list' },
      ],
      rows: readiness.answered.map((answer) => ({
        cells: [
          answer.code,
          answer.title,
          answer.published
            ? 'เผยแพร่แล้ว'
            : { text: 'ยังไม่เผยแพร่', ...(answer.tabs.length > 0 ? { tone: 'warning' as const } : {}) },
          DOCUMENT_TYPES[answer.document].th,
          answer.kind === 'progress-report'
            ? 'รายงานความก้าวหน้าของแผน ทำจากแท็บแผน'
            : answer.tabs.join('\n') || 'ยังไม่มีแท็บ',
        ],
      })),
    },
  ];
}

function projectionBlocks(readiness: OitReadiness): ModelBlock[] {
  const heading: ModelBlock = { kind: 'heading', text: 'คาดการณ์คะแนนรวม' };
  const { projection } = readiness;
  if (!projection) {
    return [
      heading,
      { kind: 'lines', lines: [{ label: '', value: thaiPart(readiness.noProjection ?? '') }] },
    ];
  }
  const pass = projection.framework.passMark;
  const oit = readiness.score.ok ? readiness.score.value.oit : undefined;
  const { outlook, good } = projectionOutlook(projection.framework, projection.iit, projection.eit, oit);
  const words = neededOitWords(projection.needed, pass);
  const needed = typeof words === 'string' ? words : hundredthsText(words);
  return [
    heading,
    {
      kind: 'lines',
      lines: [
        {
          label: `IIT (จากแท็บ "${projection.analysisTab}")`,
          value: hundredthsText(fractionToHundredths(projection.iit)),
        },
        {
          label: `EIT (จากแท็บ "${projection.analysisTab}")`,
          value: hundredthsText(fractionToHundredths(projection.eit)),
        },
        {
          label: 'คะแนนรวมหากประเมินวันนี้',
          value: projection.total === undefined ? '-' : hundredthsText(projection.total),
        },
        // The level from 2567 (the grade before), and what stands before the next one, as the tab says.
        {
          label: 'ระดับ',
          value:
            outlook === undefined ? '-' : `${outlook.result} (${outlook.standing.passes ? 'ผ่าน' : 'ไม่ผ่าน'})`,
        },
        ...(outlook?.lines[1] ? [{ label: '', value: outlook.lines[1] }] : []),
        { label: `OIT ที่ต้องได้เพื่อให้คะแนนรวมถึง ${pass}`, value: needed },
        ...(good ? [{ label: `OIT ที่ต้องได้เพื่อระดับ${good.level.nameTh}`, value: oitNeedText(good.need) }] : []),
      ],
    },
  ];
}

/** The readiness report's model of a checklist; `options.workbook` brings the other tabs, `options.asOf` the day. */
export function oitReadinessModel(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  options: ReportOptions,
): ReportModel {
  const readiness = oitReadiness(header.fiscalYear, records, options.workbook);
  return {
    kind: 'oit-readiness',
    name: `${reportEntry('oit-readiness').tab}${yearsForName(undefined, header.fiscalYear)}`,
    titles: [OIT_READINESS_TITLE, fiscalYearLine(header.fiscalYear)],
    organization: organizationLine(header, options.profile),
    ...(options.asOf ? { subtitles: [`ข้อมูล ณ วันที่ ${formatThaiDate(options.asOf, 'long-arabic')}`] } : {}),
    landscape: false,
    blocks: [
      scoresTable(readiness, subIndicatorNames(header.fiscalYear, records)),
      ...missingBlocks(readiness),
      ...answeredBlocks(readiness),
      ...projectionBlocks(readiness),
    ],
    thaiDigits: options.thaiDigits,
  };
}
