/**
 * A report's column widths fitted to its text: the page's width shared among the columns that hold
 * free text in proportion to how much they hold, so that a column of long paragraphs is not as narrow
 * as a column of one-word cells (and the rows, as tall as their tallest cell, are no taller than need be).
 */

import { printedSizePt, textWidthEm } from '../layout/text-metrics';
import { BODY_FONT_SIZE } from './report-options';

const PX_PER_PT = 96 / 72;
/** A text column is never narrower than this share of its usual width. */
const NARROWEST_SHARE = 0.75;

/**
 * The widths for `texts` (each column's cells): a column whose `flexible` is false keeps its usual
 * width; the others share the rest of the usual total by the printed width of their text, each at least
 * NARROWEST_SHARE of its usual width. The total stays the usual total.
 */
export function fittedWidths(
  usual: readonly number[],
  texts: readonly (readonly string[])[],
  flexible: readonly boolean[],
): number[] {
  const sizePx = printedSizePt(BODY_FONT_SIZE) * PX_PER_PT;
  const demand = usual.map((_, i) =>
    (texts[i] ?? []).reduce((sum, text) => sum + textWidthEm(text) * sizePx, 0),
  );
  const widths = [...usual];
  const open = new Set(usual.map((_, i) => i).filter((i) => flexible[i] === true));
  if (open.size === 0 || [...open].every((i) => demand[i] === 0)) return widths;
  const fixedTotal = usual.reduce((sum, w, i) => (open.has(i) ? sum : sum + w), 0);
  let room = usual.reduce((sum, w) => sum + w, 0) - fixedTotal;
  // Columns whose share falls below their narrowest take the narrowest; the rest share what is left.
  for (let settled = false; !settled; ) {
    settled = true;
    const total = [...open].reduce((sum, i) => sum + (demand[i] ?? 0), 0);
    for (const i of open) {
      const narrowest = Math.round((usual[i] ?? 0) * NARROWEST_SHARE);
      const share = total === 0 ? 0 : (room * (demand[i] ?? 0)) / total;
      if (share < narrowest) {
        widths[i] = narrowest;
        room -= narrowest;
        open.delete(i);
        settled = false;
        break;
      }
    }
    if (settled) {
      for (const i of open) widths[i] = Math.floor((room * (demand[i] ?? 0)) / total);
    }
  }
  return widths;
}
