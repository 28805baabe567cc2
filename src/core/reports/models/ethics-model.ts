/** The ethics plan's model (แผนการเสริมสร้างมาตรฐานทางคุณธรรมและจริยธรรม): a row per standard. */

import { reportEntry } from '../../catalog';
import type { DocumentRecord } from '../../documents/document-type';
import type { DocumentHeader } from '../../documents/header';
import { ETHICS } from '../../documents/types';
import { ETHICS_TITLE } from '../ethics-report';
import { fieldText } from '../record-text';
import type { ModelRow, ReportModel } from '../report-model';
import {
  fiscalYearLine,
  organizationLine,
  type ReportOptions,
  signatureLines,
  yearsForName,
} from '../report-options';
import { documentDigits, listText } from './list-text';

/** The ethics plan's model; a behaviour shared by consecutive standards is written once, on the first. */
export function ethicsModel(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  options: ReportOptions,
): ReportModel {
  const digits = documentDigits(records);
  let previous = '';
  const rows: ModelRow[] = records.map((record) => {
    const behaviour = listText(record, 'behavior', true, digits);
    const continues = behaviour !== '' && behaviour === previous;
    previous = behaviour;
    return {
      cells: [
        continues ? '' : behaviour,
        fieldText(record, 'standard'),
        fieldText(record, 'meaning'),
        listText(record, 'practices', true, digits),
        listText(record, 'indicators', true, digits),
      ],
    };
  });
  return {
    kind: 'ethics',
    name: `${reportEntry('ethics').tab}${yearsForName(header.fiscalYear, undefined)}`,
    titles: [ETHICS_TITLE, fiscalYearLine(header.fiscalYear)],
    organization: organizationLine(header, options.profile),
    landscape: true,
    blocks: [
      {
        kind: 'table',
        columns: ETHICS.fields.map((f) => ({ label: f.th, role: f.kind === 'list' ? 'list' : 'text' })),
        rows,
      },
    ],
    signature: signatureLines(options.signer, 'ผู้จัดทำ'),
    thaiDigits: options.thaiDigits,
  };
}
