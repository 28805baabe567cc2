/**
 * The results report (รายงานผลการดำเนินการ … รอบ ๖ เดือน / ๑๒ เดือน): the year's measures, what
 * was done, and how many have been reported on.
 */

import { reportEntry } from '../catalog';
import type { DocumentRecord } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import { RESULTS } from '../documents/types';
import type { SheetLayout } from '../layout/sheet-layout';
import { divideRoundHalfUp } from '../numbers/decimal';
import { fittedWidths } from './column-widths';
import { fieldList, fieldText, numbered, recordNumber } from './record-text';
import { fiscalYearLine, IN_PROGRESS, organizationLine, type ReportOptions } from './report-options';
import { ReportSheet, type ScoreCell, scoreCell } from './report-sheet';

/** The results report's first title line. */
export const RESULTS_TITLE = 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';

// ลำดับที่ · มาตรการ · ขั้นตอน · ช่วงเวลา · ผู้รับผิดชอบ · ผล · ผลลัพธ์: 990 px.
const WIDTHS = [55, 200, 200, 115, 120, 150, 150];
const OUTPUT_COLUMN = 6;
const SIGNATURE_COLUMN = 5;

/** A measures document's records as results records not yet reported on (output and outcome blank). */
export function measuresAsResults(records: readonly DocumentRecord[]): DocumentRecord[] {
  return records.map((record) => ({
    no: record.no ?? '',
    measure: record.measure ?? '',
    steps: record.steps ?? [],
    period: record.period ?? '',
    responsible: record.responsible ?? [],
    output: '',
    outcome: '',
  }));
}

/** The results report of a round from a results document's records (or measuresAsResults). */
export function resultsReport(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  options: ReportOptions,
): SheetLayout {
  const round = options.round ?? header.round ?? 12;
  const cells = records.map((record, i) => {
    const output = fieldText(record, 'output');
    return [
      recordNumber(record, i),
      fieldText(record, 'measure'),
      numbered(fieldList(record, 'steps')),
      fieldText(record, 'period'),
      fieldList(record, 'responsible').join('\n'),
      output === '' ? IN_PROGRESS : output,
      fieldText(record, 'outcome'),
    ] as const;
  });
  const widths = fittedWidths(
    WIDTHS,
    WIDTHS.map((_, c) => cells.map((row) => String(row[c]))),
    [false, true, true, false, true, true, true],
  );
  const sheet = new ReportSheet(WIDTHS.length, widths);
  sheet.line(RESULTS_TITLE, 'title');
  sheet.line(fiscalYearLine(header.fiscalYear), 'title');
  sheet.line(`(รอบ ${round} เดือน)`, 'title');
  sheet.line(organizationLine(header, options.profile), 'title');
  sheet.add();
  const headerRow = sheet.headerRow(RESULTS.fields.map((f) => f.th));

  let reported = 0;
  let lastRecord = headerRow;
  records.forEach((record, i) => {
    const output = fieldText(record, 'output');
    const { first, last } = sheet.addRecord(cells[i] ?? []);
    for (let row = first; row <= last; row++) {
      sheet.style('body', row, 1, WIDTHS.length);
      sheet.style('center', row, 1);
      sheet.style('center', row, 4);
      if (output === '') sheet.style('inProgress', row, OUTPUT_COLUMN);
    }
    if (output !== '') reported += 1;
    lastRecord = first;
  });

  sheet.add();
  const total = records.length;
  const summary: readonly [string, ScoreCell | number | string, string][] = [
    ['มาตรการทั้งหมด', total, 'มาตรการ'],
    ['รายงานผลแล้ว', reported, 'มาตรการ'],
    // Exact: the share in hundredths, rounded half up once; with no measure there is no share.
    [
      'คิดเป็นร้อยละ',
      total === 0 ? '-' : scoreCell(divideRoundHalfUp(BigInt(reported) * 10_000n, BigInt(total))),
      '',
    ],
  ];
  for (const [label, value, unit] of summary) {
    const row = sheet.add(['', label, value, unit]);
    sheet.style('body', row, 2, 4);
    sheet.style('total', row, 2);
    if (typeof value === 'number') sheet.style('count', row, 3);
    else sheet.style('center', row, 3);
  }

  sheet.signature(options.signer, 'ผู้รายงาน', SIGNATURE_COLUMN);
  // The last measure, the summary and the signature on one page.
  sheet.keep(lastRecord, sheet.lastRow);
  const year = header.fiscalYear === undefined ? '' : ` ${header.fiscalYear}`;
  return sheet.build({
    kind: 'results',
    name: `${reportEntry('results').tab} ${round} เดือน${year}`,
    thaiDigits: options.thaiDigits,
    columnWidths: widths,
    headerRow,
    repeatHeader: true,
  });
}
