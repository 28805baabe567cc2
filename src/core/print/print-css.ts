/**
 * The print view's stylesheet: CSS paged media as Chromium supports it — A4 in the report's
 * orientation with the official margins (ระเบียบงานสารบรรณ: left 3 cm, right 2 cm), the page number
 * `- ๒ -` at the top centre from page 2, a table's header repeated on the pages it continues (each
 * table its own), rows and forms kept whole, headings kept with what follows, the closing lines kept
 * with the signature.
 */

/**
 * The body size. Official documents are typed in TH Sarabun New 16 pt; Google's Sarabun (the
 * @fontsource cut embedded here) is drawn larger at the same size: its Thai x-height and Latin
 * cap height are about 1.14 times TH Sarabun New's, so 14 pt of Sarabun sets about as much text a line
 * and looks the same size as 16 pt of TH Sarabun New (as src/core/reports/report-options.ts sizes the
 * tab). The title (16 pt bold in TH Sarabun New) is 14 pt bold here too, a little larger for the first.
 */
export const PRINT_BODY_PT = 14;
const TITLE_PT = 15;

/**
 * A table's text: 13 pt of Sarabun, about TH Sarabun New 15 pt, as official forms set their tables a
 * size below the body to keep the columns readable.
 */
export const TABLE_PT = 13;

/** Characters of Thai a table's line holds at TABLE_PT, portrait and landscape (for column widths). */
export const LINE_CHARS = { portrait: 64, landscape: 98 } as const;

export interface PrintCssOptions {
  readonly landscape: boolean;
  readonly thaiDigits: boolean;
}

/** The stylesheet of one print view. */
export function printCss({ landscape, thaiDigits }: PrintCssOptions): string {
  const counter = thaiDigits ? 'counter(page, thai)' : 'counter(page)';
  return `
@page {
  size: A4 ${landscape ? 'landscape' : 'portrait'};
  margin: 2.2cm 2cm 1.8cm 3cm;
  @top-center { content: "- " ${counter} " -"; font-family: "Sarabun", sans-serif; font-size: ${PRINT_BODY_PT}pt; vertical-align: bottom; padding-bottom: 0.4cm; }
}
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
/* A margin at the top of a page is dropped; a padding is not: Thai marks stacked above a page's first
   line (ชี้) stay on its page instead of printing at the foot of the page before. */
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Sarabun", sans-serif; font-size: ${PRINT_BODY_PT}pt; line-height: 1.3; color: #000; }
@media screen {
  body { background: #e8e8e8; }
  main { background: #fff; margin: 1rem auto; padding: 2.2cm 2cm 1.8cm 3cm; width: ${landscape ? '29.7cm' : '21cm'}; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
}
header.titles { text-align: center; margin-bottom: 0.3cm; break-after: avoid; }
header.titles p { margin: 0; font-weight: 700; font-size: ${TITLE_PT}pt; }
header.titles p.organization, header.titles p.subtitle { font-size: ${PRINT_BODY_PT}pt; }
h2 { font-size: ${PRINT_BODY_PT}pt; font-weight: 700; margin: 0.25cm 0 0.1cm; padding-top: 3pt; break-after: avoid; break-inside: avoid; }
table { font-size: ${TABLE_PT}pt; width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 0.3cm; }
thead { display: table-header-group; }
th, td { border: 0.75pt solid #000; padding: 2pt 3pt 1pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: #e7e6e6; text-align: center; vertical-align: middle; font-weight: 700; }
tr { break-inside: avoid; }
/* Only the report's first table may split its first row, so page 1 holds the first record; a later
   table's first row is kept whole like the others. */
main > table:first-of-type tbody tr.first { break-inside: auto; }
tr.group td { background: #f2f2f2; font-weight: 700; }
tr.total td { font-weight: 700; }
td.number, td.short, td.score { text-align: center; }
td.amount { text-align: right; white-space: nowrap; }
td.score, td.number { white-space: nowrap; }
.line { padding-left: 1.1em; text-indent: -1.1em; }
.warning { color: #c00000; }
.inProgress { color: #b45f06; }
table.form { break-inside: avoid; margin-top: 0.2cm; }
table.form thead th { text-align: left; }
table.form td { border-top: none; border-bottom: none; }
table.form tbody tr:last-child td { border-bottom: 0.75pt solid #000; }
table.form tr { break-inside: auto; }
/* The last field never begins a page of its own: a continued form's page holds more than its head and one line. */
table.form tbody tr:last-child { break-before: avoid; break-inside: avoid; }
table.form .label { font-weight: 700; break-after: avoid; }
table.form span.label { white-space: nowrap; padding-right: 0.3em; }
table.form .value { padding-left: 1.2em; }
.notes { color: #333; margin: 0 0 0.3cm; }
.notes p { margin: 0; padding-top: 2pt; }
.lines { margin: 0.1cm 0 0.3cm; border-collapse: collapse; width: auto; }
.lines td { border: none; padding: 2pt 6pt 0 0; }
.lines td.label { font-weight: 700; white-space: nowrap; }
figure.chart { margin: 0 0 0.3cm; break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; font-family: "Sarabun", sans-serif; }
.closing { break-before: avoid; break-inside: avoid; }
tr.closing { break-before: avoid; break-inside: avoid; }
tr.closing > td { border-left: none; border-right: none; border-bottom: none; padding: 0.2cm 0 0; }
.signature { margin: 0.8cm 0 0 auto; width: 9cm; text-align: center; break-inside: avoid; }
.signature p { margin: 0; line-height: 1.6; }
`;
}
