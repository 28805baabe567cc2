/**
 * The print view of a report: the entry the shell (the Sheets dialog, the preview, the command line)
 * calls. One self-contained HTML document with CSS paged media, built by a pure function.
 */

import { modelPrintHtml } from '../print/print-html';
import type { Rollup } from '../rollup/rollup-types';
import { type RollupModelOptions, rollupModel } from './models/rollup-model';
import type { ReportSource } from './report-kinds';
import { reportModel } from './report-models';
import type { ReportKindId, ReportOptions } from './report-options';

/**
 * The print view of the report of `kind` made from `source`. `fontCss` is the embedded font's
 * @font-face rules (or them in a `<style>` element, as dist/print-font.html holds them); an empty
 * string prints with the browser's own fonts. A source of a type the kind is not made from throws.
 */
export function printViewHtml(
  kind: ReportKindId,
  source: ReportSource,
  options: ReportOptions,
  fontCss: string,
): string {
  return modelPrintHtml(reportModel(kind, source, options), fontCss);
}

/** The print view of the district report (รายงานภาพรวมอำเภอ) of a roll-up; `fontCss` as printViewHtml's. */
export function rollupPrintHtml(rollup: Rollup, options: RollupModelOptions, fontCss: string): string {
  return modelPrintHtml(rollupModel(rollup, options), fontCss);
}
