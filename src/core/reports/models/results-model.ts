/** The results report's model (รายงานผลการดำเนินการ … รอบ ๖ / ๑๒ เดือน), and the measures document's. */

import { reportEntry } from '../../catalog';
import type { DocumentRecord } from '../../documents/document-type';
import type { DocumentHeader } from '../../documents/header';
import { MEASURES, RESULTS } from '../../documents/types';
import { divideRoundHalfUp } from '../../numbers/decimal';
import { fieldText } from '../record-text';
import {
  hundredthsText,
  type ModelColumn,
  type ModelRow,
  type ReportModel,
  writtenNumber,
} from '../report-model';
import {
  fiscalYearLine,
  IN_PROGRESS,
  organizationLine,
  type ReportOptions,
  signatureLines,
} from '../report-options';
import { RESULTS_TITLE } from '../results-report';
import { documentDigits, listText } from './list-text';

const ROLES: Readonly<Record<string, ModelColumn['role']>> = {
  no: 'number',
  measure: 'text',
  steps: 'list',
  period: 'short',
  responsible: 'list',
  output: 'text',
  outcome: 'text',
};

/** The results report's model from a results document's records (or measuresAsResults). */
export function resultsModel(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  options: ReportOptions,
): ReportModel {
  const round = options.round ?? header.round ?? 12;
  const digits = documentDigits(records);
  let reported = 0;
  const rows: ModelRow[] = records.map((record, i) => {
    const output = fieldText(record, 'output');
    if (output !== '') reported += 1;
    return {
      cells: [
        writtenNumber(fieldText(record, 'no'), i),
        fieldText(record, 'measure'),
        listText(record, 'steps', true, digits),
        fieldText(record, 'period'),
        listText(record, 'responsible', false),
        output === '' ? { text: IN_PROGRESS, tone: 'inProgress' } : output,
        fieldText(record, 'outcome'),
      ],
    };
  });
  const total = records.length;
  const share =
    total === 0 ? '-' : hundredthsText(divideRoundHalfUp(BigInt(reported) * 10_000n, BigInt(total)));
  const year = header.fiscalYear === undefined ? '' : ` ${header.fiscalYear}`;
  return {
    kind: 'results',
    name: `${reportEntry('results').tab} ${round} เดือน${year}`,
    titles: [RESULTS_TITLE, fiscalYearLine(header.fiscalYear), `(รอบ ${round} เดือน)`],
    organization: organizationLine(header, options.profile),
    landscape: true,
    blocks: [
      {
        kind: 'table',
        columns: RESULTS.fields.map((f) => ({ label: f.th, role: ROLES[f.key] ?? 'text' })),
        rows,
      },
      {
        kind: 'lines',
        lines: [
          { label: 'มาตรการทั้งหมด', value: `${total} มาตรการ` },
          { label: 'รายงานผลแล้ว', value: `${reported} มาตรการ` },
          { label: 'คิดเป็นร้อยละ', value: share },
        ],
      },
    ],
    signature: signatureLines(options.signer, 'ผู้รายงาน'),
    thaiDigits: options.thaiDigits,
  };
}

/** The measures document's title. */
export const MEASURES_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน';

/** The measures document itself, as published for the OIT (o42). */
export function measuresModel(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  options: ReportOptions,
): ReportModel {
  const digits = documentDigits(records);
  const rows: ModelRow[] = records.map((record, i) => ({
    cells: MEASURES.fields.map((field) => {
      if (field.key === 'no') return writtenNumber(fieldText(record, 'no'), i);
      return ROLES[field.key] === 'list'
        ? listText(record, field.key, field.key !== 'responsible', digits)
        : fieldText(record, field.key);
    }),
  }));
  const year = header.fiscalYear === undefined ? '' : ` ${header.fiscalYear}`;
  return {
    kind: 'measures',
    name: `${reportEntry('measures').tab}${year}`,
    titles: [MEASURES_TITLE, fiscalYearLine(header.fiscalYear)],
    organization: organizationLine(header, options.profile),
    landscape: true,
    blocks: [
      {
        kind: 'table',
        columns: MEASURES.fields.map((f) => ({ label: f.th, role: ROLES[f.key] ?? 'text' })),
        rows,
      },
    ],
    signature: signatureLines(options.signer, 'ผู้จัดทำ'),
    thaiDigits: options.thaiDigits,
  };
}
