/**
 * How much room text takes when printed, from the real font's metrics. Sheets shows Sarabun; the
 * printed file (the .xlsx) names TH Sarabun New, the Thai office font, at the size that looks the same
 * (Sarabun 14 ≈ TH Sarabun New 16), and LibreOffice finds it as Laksaman (fonts-thai-tlwg), its metric
 * twin. The advances below are Laksaman's, read from Laksaman.ttf and Laksaman-Bold.ttf (hmtx, in
 * thousandths of an em; they match the widths in LibreOffice's PDF to a tenth of a point), and the line
 * pitch is as LibreOffice prints it. Pure data and arithmetic: the reports split a record too tall for
 * a page with it, and the .xlsx export sizes rows and breaks pages with it.
 */

/** The printed size of text set in Sarabun at `sarabunPt` in Sheets. */
export function printedSizePt(sarabunPt: number): number {
  return Math.round((sarabunPt * 8) / 7);
}

// Advances of U+0020…U+007E.
const ASCII = [
  '324,221,312,606,543,879,636,180,285,285,428,618,243,324,243,406,544,544,544,544,544,544,544,544,544,544,243,243,618,618,618,425,806,601,568,610,648,527,527,639,663,221,397,565,530,824,663,731,568,732,570,529,570,700,586,884,628,550,637,294,394,294,619,529,306,517,603,497,603,562,309,467,586,215,233,475,300,904,586,598,603,603,326,424,357,586,512,762,478,506,482,312,230,312,625',
  '339,252,437,694,552,1034,731,254,367,367,515,627,258,339,258,415,568,568,568,568,568,568,568,568,568,568,258,258,627,627,627,434,860,678,595,649,690,538,538,682,709,245,424,618,540,863,709,779,586,779,594,549,633,725,634,920,640,595,678,351,403,351,628,565,315,552,654,521,654,588,382,499,636,245,257,511,320,956,636,619,648,648,370,445,388,628,538,722,524,543,538,383,266,383,634',
].map((list) => list.split(',').map(Number));
// Advances of U+0E01…U+0E5B (the marks above and below a consonant are 0).
const THAI = [
  '580,568,574,591,591,613,442,552,567,568,574,780,780,639,639,515,693,800,816,588,588,568,646,503,631,643,643,573,573,672,672,639,601,564,484,568,573,639,503,591,658,573,642,682,582,559,588,536,0,475,475,0,0,0,0,0,0,0,1040,1040,1040,1040,618,305,567,356,364,367,308,600,0,0,0,0,0,0,0,0,676,675,675,675,675,675,675,675,675,675,675,785,1048',
  '588,624,648,606,606,681,478,586,609,624,648,849,849,639,639,559,740,828,866,609,609,588,658,538,651,669,669,622,622,725,725,639,627,580,494,588,600,639,570,606,693,600,658,703,592,579,571,511,0,505,505,0,0,0,0,0,0,0,1049,1049,1049,1049,585,312,594,379,404,379,314,657,0,0,0,0,0,0,0,0,676,685,685,685,685,685,685,685,685,685,685,789,1048',
].map((list) => list.split(',').map(Number));
// Any other character (■, “, –): about a wide glyph.
const OTHER_ADVANCE = 1000;
const ZERO_WIDTH = /[\u200b-\u200d]/;
/** The height of one line, in ems: Laksaman's line pitch in LibreOffice's PDF (26.5 pt at 16 pt). */
export const LINE_EM = 1.656;
const PX_PER_PT = 96 / 72;
// A cell's inner padding, left and right, in pixels.
const PADDING_PX = 6;
// Within a run of Thai (no spaces) a line breaks between words, not at the last character that fits:
// a line loses up to a word at its end (long Thai words are 2–3 em), and at least this share.
const BREAK_LOSS_EM = 1.6;
const FILL = 0.95;

function advance(character: string, bold: boolean): number {
  const code = character.codePointAt(0) ?? 0;
  const face = bold ? 1 : 0;
  if (ZERO_WIDTH.test(character)) return 0;
  if (code >= 0x20 && code <= 0x7e) return ASCII[face]?.[code - 0x20] ?? OTHER_ADVANCE;
  if (code >= 0x0e01 && code <= 0x0e5b) return THAI[face]?.[code - 0x0e01] ?? OTHER_ADVANCE;
  return OTHER_ADVANCE;
}

/** The width of one line of text, in ems. */
export function textWidthEm(text: string, bold = false): number {
  let thousandths = 0;
  for (const character of text) thousandths += advance(character, bold);
  return thousandths / 1000;
}

/**
 * How many lines `text` takes in a cell `widthPx` wide at `fontSizePt` (the xlsx size). Words separated
 * by spaces wrap whole, as LibreOffice wraps them: a word that does not fit the rest of a line starts
 * the next; a word wider than a line (a run of Thai) is broken between its words, each line losing
 * up to a word at its end.
 */
export function wrappedLines(text: string, widthPx: number, fontSizePt: number, bold = false): number {
  const lineEm = Math.max(1, widthPx - PADDING_PX) / (fontSizePt * PX_PER_PT);
  // What a line holds of a run broken across lines.
  const held = Math.max(lineEm * 0.5, Math.min(lineEm * FILL, lineEm - BREAK_LOSS_EM));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const width = textWidthEm(word, bold);
      const space = used === 0 ? 0 : textWidthEm(' ', bold);
      if (used + space + width <= lineEm) {
        used += space + width;
      } else if (width <= held) {
        if (used > 0) lines += 1;
        used = width;
      } else {
        // Broken across lines: what is left of this line, then lines that each hold `held`.
        const rest = width - Math.max(0, lineEm - used - space - BREAK_LOSS_EM);
        const more = Math.max(0, Math.ceil(rest / held));
        lines += more;
        used = more === 0 ? used + space + width : rest - (more - 1) * held;
      }
    }
  }
  return Math.max(1, lines);
}

/** The row height in points that shows `lines` lines at `fontSizePt`, with the cell's margins. */
export function rowHeightPt(lines: number, fontSizePt: number): number {
  return Math.ceil(lines * fontSizePt * LINE_EM + 3);
}
