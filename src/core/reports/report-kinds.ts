/** The reports the add-in makes: each one's catalog entry (id, names, source documents) and its maker. */

import { reportEntry } from '../catalog';
import type { DocumentRecord, DocumentTypeId } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import type { SheetLayout } from '../layout/sheet-layout';
import { actionPlanReport } from './action-plan-report';
import { ethicsReport } from './ethics-report';
import { itaAnalysisReport } from './ita-analysis-report';
import { oitReadinessReport } from './oit-readiness-report';
import type { ReportKindId, ReportOptions } from './report-options';
import { modelSheet } from './model-sheet';
import { measuresModel } from './models/results-model';
import { measuresAsResults, resultsReport } from './results-report';

/** A document a report is made from: its type, header and records (a StructuredDocument fits). */
export interface ReportSource {
  readonly type: DocumentTypeId;
  readonly header: DocumentHeader;
  readonly records: readonly DocumentRecord[];
}

/** One kind of report, as data the menu and the command line read. */
export interface ReportKind {
  readonly id: ReportKindId;
  readonly th: string;
  readonly en: string;
  /** The document types it is made from, the usual one first. */
  readonly from: readonly DocumentTypeId[];
  /** Lays out the report; a document of a type not in `from` is a caller's bug and throws. */
  readonly make: (source: ReportSource, options: ReportOptions) => SheetLayout;
}

/** A report kind from its catalog entry (src/core/catalog.ts) and its maker, which refuses another source. */
function reportKind(
  id: ReportKindId,
  make: (source: ReportSource, options: ReportOptions) => SheetLayout,
): ReportKind {
  const { th, en, from } = reportEntry(id);
  return { id, th, en, from, make: checked(id, from, make) };
}

function checked(
  id: ReportKindId,
  from: readonly DocumentTypeId[],
  make: (source: ReportSource, options: ReportOptions) => SheetLayout,
): (source: ReportSource, options: ReportOptions) => SheetLayout {
  return (source, options) => {
    if (!from.includes(source.type)) {
      throw new Error(
        `${id}: สร้างรายงานจากเอกสารประเภท ${source.type} ไม่ได้ (a ${id} report is made from ${from.join(' or ')}, not ${source.type})`,
      );
    }
    return make(source, options);
  };
}

/** Every report kind, in the catalog's order (the menu's). */
export const REPORT_KINDS: readonly ReportKind[] = [
  // A results report can be made from the measures alone: each one is then still in progress.
  reportKind('results', ({ type, header, records }, options) =>
    resultsReport(header, type === 'measures' ? measuresAsResults(records) : records, options),
  ),
  reportKind('ita-analysis', ({ header, records }, options) => itaAnalysisReport(header, records, options)),
  reportKind('action-plan', ({ header, records }, options) => actionPlanReport(header, records, options)),
  reportKind('ethics', ({ header, records }, options) => ethicsReport(header, records, options)),
  reportKind('oit-readiness', ({ header, records }, options) => oitReadinessReport(header, records, options)),
  // The measures document: its tab laid out from its model (model-sheet.ts).
  reportKind('measures', ({ header, records }, options) =>
    modelSheet(measuresModel(header, records, options)),
  ),
];

/** The report kinds that can be made from a document type. */
export function reportKindsFor(type: DocumentTypeId): readonly ReportKind[] {
  return REPORT_KINDS.filter((kind) => kind.from.includes(type));
}
