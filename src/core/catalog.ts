/**
 * The one catalog of what the add-in knows by name: the six document types and the six reports —
 * their ids, Thai and English names, tab names, menu captions and, for a report, the documents it is
 * made from. The core, the sidebar, the menu, the command line and the request schemas all read it.
 * Plain data with no import: the sidebar reads it without bundling a report's layout code.
 */

/** A document type as the add-in names it everywhere. */
export interface DocumentEntry {
  /** The official title, without the year. */
  readonly th: string;
  readonly en: string;
  /** The short tab name (the officer's tab bar is narrow); the year follows it. */
  readonly tab: string;
  /** The menu's caption, and the part of its global names (menuCreateMeasures, menuStructureMeasures). */
  readonly caption: string;
  readonly menuName: string;
}

export const DOCUMENT_CATALOG = {
  measures: {
    th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    en: 'Measures to promote integrity and transparency',
    tab: 'มาตรการ',
    caption: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    menuName: 'Measures',
  },
  results: {
    th: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    en: 'Report of the measures carried out',
    tab: 'รายงานผล',
    caption: 'รายงานผลการดำเนินการตามมาตรการ',
    menuName: 'Results',
  },
  ethics: {
    th: 'แผนการเสริมสร้างมาตรฐานทางคุณธรรมและจริยธรรม',
    en: 'Plan to strengthen ethical standards',
    tab: 'แผนคุณธรรม',
    caption: 'แผนการเสริมสร้างมาตรฐานคุณธรรมจริยธรรม',
    menuName: 'Ethics',
  },
  'action-plan': {
    th: 'แผนปฏิบัติการป้องกันการทุจริต',
    en: 'Anti-corruption action plan',
    tab: 'แผนป้องกันทุจริต',
    caption: 'แผนปฏิบัติการป้องกันการทุจริต',
    menuName: 'ActionPlan',
  },
  'ita-analysis': {
    th: 'รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
    en: 'Analysis of the ITA results',
    tab: 'คะแนน ITA',
    caption: 'รายงานการวิเคราะห์ผลการประเมิน ITA',
    menuName: 'ItaAnalysis',
  },
  'oit-checklist': {
    th: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ',
    en: 'OIT disclosure checklist',
    tab: 'แบบตรวจ OIT',
    caption: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)',
    menuName: 'OitChecklist',
  },
} as const satisfies Readonly<Record<string, DocumentEntry>>;

export type DocumentTypeId = keyof typeof DOCUMENT_CATALOG;

/** The document types in the order the menu and the sidebar list them. */
export const DOCUMENT_TYPE_IDS = Object.keys(DOCUMENT_CATALOG) as DocumentTypeId[];

export function isDocumentTypeId(value: string): value is DocumentTypeId {
  return (DOCUMENT_TYPE_IDS as readonly string[]).includes(value);
}

/** A report as the add-in names it everywhere. */
export interface ReportEntry {
  readonly id: string;
  /** The report's title. */
  readonly th: string;
  readonly en: string;
  /** The shorter name the sidebar's list shows. */
  readonly choice: string;
  /** The start of its tab's name; the round and the years follow it. */
  readonly tab: string;
  /** The document types it is made from, the usual one first. */
  readonly from: readonly DocumentTypeId[];
  /** Its menu items: the global each calls, its caption, and the round for a results report. */
  readonly menu: readonly { readonly global: string; readonly caption: string; readonly round?: 6 | 12 }[];
}

/** Every report, in the order the menu, the sidebar and the command line list them. */
export const REPORT_CATALOG = [
  {
    id: 'results',
    th: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    en: 'Report of the measures carried out (6 or 12 months)',
    choice: 'รายงานผลการดำเนินการ',
    tab: 'รายงานผล',
    // A results report can be made from the measures alone: each one is then still in progress.
    from: ['results', 'measures'],
    menu: [
      { global: 'menuReportResults6', caption: 'รายงานผล รอบ ๖ เดือน', round: 6 },
      { global: 'menuReportResults12', caption: 'รายงานผล รอบ ๑๒ เดือน', round: 12 },
    ],
  },
  {
    id: 'ita-analysis',
    th: 'รายงานการวิเคราะห์ผลการประเมิน ITA',
    en: 'Analysis of the ITA results',
    choice: 'รายงานการวิเคราะห์ผลการประเมิน ITA',
    tab: 'วิเคราะห์ ITA',
    from: ['ita-analysis'],
    menu: [{ global: 'menuReportItaAnalysis', caption: 'รายงานการวิเคราะห์ผล ITA' }],
  },
  {
    id: 'action-plan',
    th: 'แผนปฏิบัติการป้องกันการทุจริต',
    en: 'Anti-corruption action plan',
    choice: 'แผนปฏิบัติการป้องกันการทุจริต',
    tab: 'แผนป้องกันการทุจริต',
    from: ['action-plan'],
    menu: [{ global: 'menuReportActionPlan', caption: 'แผนปฏิบัติการป้องกันการทุจริต (พิมพ์)' }],
  },
  {
    id: 'ethics',
    th: 'แผนการเสริมสร้างมาตรฐานทางคุณธรรมและจริยธรรม',
    en: 'Plan to strengthen ethical standards',
    choice: 'แผนการเสริมสร้างมาตรฐานทางคุณธรรมและจริยธรรม',
    tab: 'แผนคุณธรรมจริยธรรม',
    from: ['ethics'],
    menu: [{ global: 'menuReportEthics', caption: 'แผนคุณธรรมจริยธรรม (พิมพ์)' }],
  },
  {
    id: 'oit-readiness',
    th: 'รายงานความพร้อมการเปิดเผยข้อมูลสาธารณะ (OIT)',
    en: 'OIT readiness',
    choice: 'รายงานความพร้อม OIT',
    tab: 'ความพร้อม OIT',
    from: ['oit-checklist'],
    menu: [{ global: 'menuReportOitReadiness', caption: 'รายงานความพร้อม OIT' }],
  },
  {
    id: 'measures',
    th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
    en: 'Measures to promote integrity and transparency (the document published for o42)',
    choice: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส (เผยแพร่ o42)',
    tab: 'มาตรการ',
    from: ['measures'],
    menu: [{ global: 'menuReportMeasures', caption: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส (พิมพ์)' }],
  },
] as const satisfies readonly ReportEntry[];

export type ReportKindId = (typeof REPORT_CATALOG)[number]['id'];

export const REPORT_KIND_IDS: readonly ReportKindId[] = REPORT_CATALOG.map((r) => r.id);

export function isReportKindId(value: string): value is ReportKindId {
  return (REPORT_KIND_IDS as readonly string[]).includes(value);
}

/** The catalog's entry of a report. */
export function reportEntry(id: ReportKindId): ReportEntry {
  const entry = REPORT_CATALOG.find((r) => r.id === id);
  if (!entry) throw new Error(`reportEntry: bug: no report ${id}`);
  return entry;
}
