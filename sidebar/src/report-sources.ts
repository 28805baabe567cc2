/**
 * The reports the sidebar offers and the document tabs each is made from. A copy of the ids and
 * sources of src/core/reports/report-kinds.ts (a test keeps them equal): importing that module would
 * bundle every report's layout code into the sidebar, which only needs these words.
 */

import type { DocumentTypeId } from '../../src/core/documents/document-type';
import type { ReportKind, TabSummary } from '../../src/shared/api';

/** A report as the sidebar offers it. */
export interface ReportChoice {
  readonly id: ReportKind;
  readonly th: string;
  readonly en: string;
  /** The document types it is made from, the usual one first. */
  readonly from: readonly DocumentTypeId[];
}

export const REPORT_CHOICES: readonly ReportChoice[] = [
  { id: 'results', th: 'รายงานผลการดำเนินการ', en: 'results', from: ['results', 'measures'] },
  { id: 'ita-analysis', th: 'รายงานการวิเคราะห์ผลการประเมิน ITA', en: 'ITA analysis', from: ['ita-analysis'] },
  { id: 'action-plan', th: 'แผนปฏิบัติการป้องกันการทุจริต', en: 'action plan', from: ['action-plan'] },
  { id: 'ethics', th: 'แผนการเสริมสร้างมาตรฐานทางคุณธรรมและจริยธรรม', en: 'ethics plan', from: ['ethics'] },
  { id: 'oit-readiness', th: 'รายงานความพร้อม OIT', en: 'OIT readiness', from: ['oit-checklist'] },
];

/** The report choice of an id. */
export function reportChoice(kind: ReportKind): ReportChoice {
  return REPORT_CHOICES.find((c) => c.id === kind) ?? (REPORT_CHOICES[0] as ReportChoice);
}

/**
 * The tabs a report of `kind` can be made from, the usual type first, and the one to preselect:
 * the active tab when it fits, else the first.
 */
export function reportSources(
  kind: ReportKind,
  tabs: readonly TabSummary[],
  activeSheetId: number | undefined,
): { readonly tabs: readonly TabSummary[]; readonly selected: number | undefined } {
  const from = reportChoice(kind).from;
  const fitting = tabs
    .filter((tab) => from.includes(tab.type))
    .sort((a, b) => from.indexOf(a.type) - from.indexOf(b.type));
  const active = fitting.find((tab) => tab.sheetId === activeSheetId);
  return { tabs: fitting, selected: (active ?? fitting[0])?.sheetId };
}
