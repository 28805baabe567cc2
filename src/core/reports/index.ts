/** The reports: records → print-ready layouts as plain data. */

export { actionPlanReport } from './action-plan-report';
export { ethicsReport } from './ethics-report';
export { itaAnalysisReport } from './ita-analysis-report';
export { REPORT_KINDS, type ReportKind, type ReportSource, reportKindsFor } from './report-kinds';
export {
  A4_LANDSCAPE_WIDTH_PX,
  REPORT_PROTECTION,
  type ReportKindId,
  type ReportOptions,
  type ReportSigner,
} from './report-options';
export { measuresAsResults, resultsReport } from './results-report';
