/**
 * The print view of a report (DESIGN §6): made from the same document and options as the report tab,
 * rendered by the core as one HTML document with CSS paged media and the font embedded, and shown in
 * a dialog whose bar prints it through the browser (Save as PDF included).
 */

import { isReportKindId } from '../../core/catalog';
import { printDialogHtml } from '../../core/reports/print-dialog';
import { printViewHtml } from '../../core/reports/print-view';
import { reportKindsFor } from '../../core/reports/report-kinds';
import type { PrintSummary } from '../../shared/api';
import { asDocumentTab } from '../document-tab';
import { META, readMetadata } from '../metadata';
import type { SheetApi } from '../spreadsheet-api';
import { OperationError, type PrintingPort, type SheetsContext } from './context';
import { type ReportRequest, reportInputs } from './report-inputs';

const NO_DIALOG =
  'ที่นี่เปิดหน้าต่างพิมพ์ไม่ได้ โปรดเปิดจากเมนูในสเปรดชีต (no dialog can be shown here; use the menu in the spreadsheet)';

/** The dialog port of a context that can show one (Sheets, the preview), else the officer is told where to print. */
export function printingOf(context: SheetsContext): PrintingPort {
  if (!context.printing) throw new OperationError(NO_DIALOG);
  return context.printing;
}

/** Shows the print view of the report `request` asks for; nothing in the spreadsheet changes. */
export function printReport(context: SheetsContext, request: ReportRequest): PrintSummary {
  const printing = printingOf(context);
  const { maker, tab, source, options } = reportInputs(context, request);
  const title = `${maker.th}: ${tab.sheet.getName()}`;
  const view = printViewHtml(maker.id, source, options, printing.fontCss());
  printing.showDialog(printDialogHtml(view, title), title);
  return { title };
}

/** The round and digits a report tab was made with (written by makeReportTab), else the defaults. */
function madeOptions(meta: ReadonlyMap<string, string>): Pick<ReportRequest, 'round' | 'thaiDigits'> {
  try {
    const parsed: unknown = JSON.parse(meta.get(META.options) ?? '{}');
    const made = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    const round = made.round === 6 || made.round === 12 ? made.round : undefined;
    return { thaiDigits: made.thaiDigits !== false, ...(round === undefined ? {} : { round }) };
  } catch {
    // A report made before its options were kept: Thai digits, as official documents write them.
    return { thaiDigits: true };
  }
}

/**
 * The print request for the active tab (the menu's พิมพ์ / บันทึกเป็น PDF): a report tab the add-in
 * made prints as it was made, from its document; a document tab prints its usual report.
 */
export function printRequestFor(sheet: SheetApi): ReportRequest {
  const meta = readMetadata(sheet);
  if (meta.get(META.generated) === 'report') {
    const kind = meta.get(META.kind) ?? '';
    const sourceId = Number(meta.get(META.source));
    if (isReportKindId(kind) && Number.isInteger(sourceId))
      return { kind, sheetId: sourceId, ...madeOptions(meta) };
  }
  const tab = asDocumentTab(sheet);
  // The report made first of all from this type: a measures tab prints the measures (o42), not the
  // results report that can also be made from it.
  const kinds = tab ? reportKindsFor(tab.type.id) : [];
  const usual = kinds.find((k) => k.from[0] === tab?.type.id) ?? kinds[0];
  if (!tab || !usual) {
    throw new OperationError(
      `แท็บ "${sheet.getName()}" ไม่ใช่แท็บเอกสารหรือแท็บรายงานของ ita-sheets เลือกแท็บนั้นก่อนสั่งพิมพ์ ` +
        '(select a document or report tab made by ita-sheets, then print)',
    );
  }
  return { kind: usual.id, sheetId: sheet.getSheetId(), thaiDigits: true };
}
