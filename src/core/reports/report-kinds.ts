/** The reports the add-in makes, as data: each one's id, Thai name, source documents and maker. */

import type { DocumentRecord, DocumentTypeId } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import type { SheetLayout } from '../layout/sheet-layout';
import { actionPlanReport } from './action-plan-report';
import { ethicsReport } from './ethics-report';
import { itaAnalysisReport } from './ita-analysis-report';
import { oitReadinessReport } from './oit-readiness-report';
import type { ReportKindId, ReportOptions } from './report-options';
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

const RESULTS_FROM: readonly DocumentTypeId[] = ['results', 'measures'];

/** Every report kind, in the order the menu lists them. */
export const REPORT_KINDS: readonly ReportKind[] = [
  {
    id: 'results',
    th: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    en: 'Report of the measures carried out (6 or 12 months)',
    from: RESULTS_FROM,
    // A results report can be made from the measures alone: each one is then still in progress.
    make: checked('results', RESULTS_FROM, ({ type, header, records }, options) =>
      resultsReport(header, type === 'measures' ? measuresAsResults(records) : records, options),
    ),
  },
  {
    id: 'ita-analysis',
    th: 'รายงานการวิเคราะห์ผลการประเมิน ITA',
    en: 'Analysis of the ITA results',
    from: ['ita-analysis'],
    make: checked('ita-analysis', ['ita-analysis'], ({ header, records }, options) =>
      itaAnalysisReport(header, records, options),
    ),
  },
  {
    id: 'action-plan',
    th: 'แผนปฏิบัติการป้องกันการทุจริต',
    en: 'Anti-corruption action plan',
    from: ['action-plan'],
    make: checked('action-plan', ['action-plan'], ({ header, records }, options) =>
      actionPlanReport(header, records, options),
    ),
  },
  {
    id: 'ethics',
    th: 'แผนการเสริมสร้างมาตรฐานทางคุณธรรมและจริยธรรม',
    en: 'Plan to strengthen ethical standards',
    from: ['ethics'],
    make: checked('ethics', ['ethics'], ({ header, records }, options) =>
      ethicsReport(header, records, options),
    ),
  },
  {
    id: 'oit-readiness',
    th: 'รายงานความพร้อมการเปิดเผยข้อมูลสาธารณะ (OIT)',
    en: 'OIT readiness',
    from: ['oit-checklist'],
    make: checked('oit-readiness', ['oit-checklist'], ({ header, records }, options) =>
      oitReadinessReport(header, records, options),
    ),
  },
];

/** The report kinds that can be made from a document type. */
export function reportKindsFor(type: DocumentTypeId): readonly ReportKind[] {
  return REPORT_KINDS.filter((kind) => kind.from.includes(type));
}
