/**
 * The height a row of wrapped text needs in the .xlsx export: the font's metrics are the core's
 * (core/layout/text-metrics.ts), since the reports measure their text with them too.
 */

export { LINE_EM, rowHeightPt, textWidthEm, wrappedLines } from '../../core/layout/text-metrics';
