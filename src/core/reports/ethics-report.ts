/**
 * The ethics plan (แผนการเสริมสร้างมาตรฐานทางคุณธรรมและจริยธรรม) as a printable document: one row per
 * standard, and a desired behaviour shared by consecutive standards shown as one cell down the rows, as
 * the original merges it.
 */

import { reportEntry } from '../catalog';
import type { DocumentRecord } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import { ETHICS } from '../documents/types';
import type { SheetLayout } from '../layout/sheet-layout';
import { fittedWidths } from './column-widths';
import { fieldList, fieldText, numbered } from './record-text';
import { fiscalYearLine, organizationLine, type ReportOptions, yearsForName } from './report-options';
import { ReportSheet } from './report-sheet';

/** The ethics plan's first title line. */
export const ETHICS_TITLE = 'แผนการเสริมสร้างมาตรฐานทางคุณธรรมและจริยธรรม';

// พฤติกรรม · มาตรฐาน · ความหมาย · แนวทางปฏิบัติ · ตัวชี้วัด: 1,000 px.
const WIDTHS = [170, 190, 200, 240, 200];
const SIGNATURE_COLUMN = 4;

/** The desired behaviour as the report writes it: numbered when it is a list of several. */
function behaviourOf(record: DocumentRecord): string {
  const items = fieldList(record, 'behavior');
  return items.length > 1 ? numbered(items) : (items[0] ?? '');
}

/** The ethics plan from an ethics document's records. */
export function ethicsReport(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  options: ReportOptions,
): SheetLayout {
  const texts = [
    records.map(behaviourOf),
    records.map((record) => fieldText(record, 'standard')),
    records.map((record) => fieldText(record, 'meaning')),
    records.map((record) => numbered(fieldList(record, 'practices'))),
    records.map((record) => numbered(fieldList(record, 'indicators'))),
  ];
  const widths = fittedWidths(WIDTHS, texts, [true, true, true, true, true]);
  const sheet = new ReportSheet(WIDTHS.length, widths);
  sheet.line(ETHICS_TITLE, 'title');
  sheet.line(fiscalYearLine(header.fiscalYear), 'title');
  sheet.line(organizationLine(header, options.profile), 'title');
  sheet.add();
  const headerRow = sheet.headerRow(ETHICS.fields.map((field) => field.th));

  // The run of rows sharing the behaviour above: shown as one cell when it is longer than one row.
  let run = { start: 0, end: 0, behaviour: '' };
  const closeRun = () => {
    if (run.behaviour !== '' && run.end > run.start) sheet.joinDown(run.start, 1, run.end);
  };
  for (const record of records) {
    const behaviour = behaviourOf(record);
    const continues = behaviour !== '' && behaviour === run.behaviour;
    const { first, last } = sheet.addRecord([
      continues ? '' : behaviour,
      fieldText(record, 'standard'),
      fieldText(record, 'meaning'),
      numbered(fieldList(record, 'practices')),
      numbered(fieldList(record, 'indicators')),
    ]);
    for (let row = first; row <= last; row++) sheet.style('body', row, 1, WIDTHS.length);
    if (continues) run.end = last;
    else {
      closeRun();
      run = { start: first, end: last, behaviour };
    }
  }
  closeRun();
  const lastRecord = run.start;

  sheet.signature(options.signer, 'ผู้จัดทำ', SIGNATURE_COLUMN);
  // The last standard (or the run sharing its behaviour) and the signature on one page.
  if (lastRecord > 0) sheet.keep(lastRecord, sheet.lastRow);
  return sheet.build({
    kind: 'ethics',
    name: `${reportEntry('ethics').tab}${yearsForName(header.fiscalYear, undefined)}`,
    thaiDigits: options.thaiDigits,
    columnWidths: widths,
    headerRow,
    repeatHeader: true,
  });
}
