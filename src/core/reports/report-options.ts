/**
 * What an officer chooses when making a report, and what every report shares: the page's width
 * budget, the styles, the title, organization and signature lines.
 */

import { districtWords, provinceWords } from '../thai/place-names';
import type { DocumentHeader, Profile } from '../documents/header';
import { type CellStyle, REPORT_FONT } from '../layout/sheet-layout';
import type { WorkbookFacts } from '../oit/oit-readiness';
import type { CalendarDate } from '../thai/calendar-date';
import { formatPeriod } from '../thai/period';

/** Who signs the report; a blank part is left as a dotted line to fill in by hand. */
export interface ReportSigner {
  readonly name?: string;
  readonly position?: string;
}

/** The choices of one report. */
export interface ReportOptions {
  /** The results report's round; when absent, the header's round, else 12 (ประจำปี). */
  readonly round?: 6 | 12;
  /** Writes every digit of the report as a Thai digit (๐–๙), as official documents do. */
  readonly thaiDigits: boolean;
  /** The spreadsheet's organization profile: it names the organization before the document's header does. */
  readonly profile?: Profile;
  readonly signer?: ReportSigner;
  /** The day the report speaks of (the readiness report's "as of"); not shown when absent. */
  readonly asOf?: CalendarDate;
  /** The spreadsheet's other tabs, for a report that refers to them (the OIT readiness report). */
  readonly workbook?: WorkbookFacts;
}

/** The reports the add-in makes: their ids are the catalog's (src/core/catalog.ts). */
export type { ReportKindId } from '../catalog';

/**
 * The widest a report's columns may add up to, in pixels: A4 landscape is 297 mm, 1,123 px at
 * 96 px an inch, and the PDF export's default margins leave about 1,000 of them for the table.
 */
export const A4_LANDSCAPE_WIDTH_PX = 1000;

/** The body and title sizes of Thai official documents (TH Sarabun 16 in Word is about Sarabun 14 here). */
export const BODY_FONT_SIZE = 14;
export const TITLE_FONT_SIZE = 16;

/**
 * One style per kind of cell. The sheet builder emits them in this order, so a later style
 * overrides an earlier one where both set a property (base first, marks last).
 */
export const REPORT_STYLES = {
  base: { fontFamily: REPORT_FONT, fontSize: BODY_FONT_SIZE, verticalAlignment: 'top' },
  title: {
    fontSize: TITLE_FONT_SIZE,
    bold: true,
    horizontalAlignment: 'center',
    verticalAlignment: 'middle',
    wrap: true,
  },
  heading: { fontSize: TITLE_FONT_SIZE, bold: true },
  header: {
    bold: true,
    horizontalAlignment: 'center',
    verticalAlignment: 'middle',
    wrap: true,
    border: true,
    background: '#e7e6e6',
  },
  body: { wrap: true, verticalAlignment: 'top', border: true },
  group: { bold: true, background: '#f2f2f2' },
  label: { bold: true },
  center: { horizontalAlignment: 'center' },
  count: { numberFormat: '0', horizontalAlignment: 'center' },
  score: { numberFormat: '0.00', horizontalAlignment: 'center' },
  baht: { numberFormat: '#,##0.00', horizontalAlignment: 'right' },
  total: { bold: true },
  inProgress: { fontColor: '#b45f06' },
  warning: { fontColor: '#c00000' },
  note: { fontColor: '#595959', wrap: true },
  signature: { horizontalAlignment: 'center', wrap: true },
  // Last, so that it takes away the lines the body's border drew inside each run.
  joined: { joinedDown: true },
} as const satisfies Record<string, CellStyle>;

export type ReportStyle = keyof typeof REPORT_STYLES;

/** How a generated tab is marked; the adapter adds where it was made from. */
export const REPORT_METADATA_VERSION = '1';

/** The warning an officer sees before editing a generated report. */
export const REPORT_PROTECTION =
  'รายงานที่สร้างโดย ita-sheets: สร้างใหม่จากเมนูแทนการแก้ไข (generated report: make it again instead of editing)';

/** The dotted line an officer fills in by hand. */
export const DOTS = '.........................';

/** What the output column says of a measure with no result yet. */
export const IN_PROGRESS = 'อยู่ระหว่างดำเนินการ';

function nonBlank(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The organization line: `องค์การบริหารส่วนตำบล… อำเภอ… จังหวัด…`, each part from the profile, else
 * from the document's header; a dotted line when neither names the organization.
 */
export function organizationLine(header: DocumentHeader, profile?: Profile): string {
  const organization = nonBlank(profile?.organization) ?? nonBlank(header.organization);
  const district = nonBlank(profile?.district) ?? nonBlank(header.district);
  const province = nonBlank(profile?.province) ?? nonBlank(header.province);
  const parts = [
    organization,
    district && districtWords(district),
    province && provinceWords(province),
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' ') : DOTS;
}

/** `ประจำปีงบประมาณ พ.ศ. 2568`, or a dotted year when the document does not give one. */
export function fiscalYearLine(fiscalYear: number | undefined): string {
  return `ประจำปีงบประมาณ พ.ศ. ${fiscalYear ?? '....'}`;
}

/** The years of a plan: `ปีงบประมาณ พ.ศ. 2562 – 2564`, one year alone, or a dotted year. */
export function fiscalYearsLine(from: number | undefined, to: number | undefined): string {
  if (from === undefined) return `ปีงบประมาณ พ.ศ. ${to ?? '....'}`;
  return formatPeriod(
    { kind: 'fiscal-years', from, to: to !== undefined && to > from ? to : from },
    'arabic',
  );
}

/** The years of a plan for a tab name: `2562–2564`, `2562`, or nothing. */
export function yearsForName(from: number | undefined, to: number | undefined): string {
  if (from === undefined) return to === undefined ? '' : ` ${to}`;
  return to !== undefined && to > from ? ` ${from}–${to}` : ` ${from}`;
}

/** The signature block: ลงชื่อ … (role), the name in brackets, ตำแหน่ง …; dotted where not given. */
export function signatureLines(signer: ReportSigner | undefined, role: string): readonly string[] {
  return [
    `ลงชื่อ ${DOTS} ${role}`,
    `(${nonBlank(signer?.name) ?? DOTS})`,
    `ตำแหน่ง ${nonBlank(signer?.position) ?? DOTS}`,
  ];
}
