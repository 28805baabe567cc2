/**
 * The add-on menu's actions as data: each item calls a global function (Apps Script menus name a
 * function), which the build writes from this list and which runs one action through the API.
 */

import type { DocumentTypeId } from '../core/documents/document-type';
import type { ReportKind } from '../shared/api';

export type MenuAction =
  | { readonly kind: 'create'; readonly type: DocumentTypeId }
  | { readonly kind: 'structure'; readonly type: DocumentTypeId }
  | { readonly kind: 'validate' }
  | { readonly kind: 'report'; readonly report: ReportKind; readonly round?: 6 | 12 }
  | { readonly kind: 'rollover'; readonly as?: DocumentTypeId };

export interface MenuItem {
  /** The global function the item calls. */
  readonly global: string;
  readonly caption: string;
  readonly action: MenuAction;
}

const TYPES: readonly { type: DocumentTypeId; name: string; caption: string }[] = [
  { type: 'measures', name: 'Measures', caption: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส' },
  { type: 'results', name: 'Results', caption: 'รายงานผลการดำเนินการตามมาตรการ' },
  { type: 'ethics', name: 'Ethics', caption: 'แผนการเสริมสร้างมาตรฐานคุณธรรมจริยธรรม' },
  { type: 'action-plan', name: 'ActionPlan', caption: 'แผนปฏิบัติการป้องกันการทุจริต' },
  { type: 'ita-analysis', name: 'ItaAnalysis', caption: 'รายงานการวิเคราะห์ผลการประเมิน ITA' },
  { type: 'oit-checklist', name: 'OitChecklist', caption: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)' },
];

export const CREATE_ITEMS: readonly MenuItem[] = TYPES.map((t) => ({
  global: `menuCreate${t.name}`,
  caption: t.caption,
  action: { kind: 'create', type: t.type },
}));

export const STRUCTURE_ITEMS: readonly MenuItem[] = TYPES.map((t) => ({
  global: `menuStructure${t.name}`,
  caption: `เป็น${t.caption}`,
  action: { kind: 'structure', type: t.type },
}));

export const VALIDATE_ITEM: MenuItem = {
  global: 'menuValidate',
  caption: 'ตรวจแท็บเอกสารนี้ (Validate this tab)',
  action: { kind: 'validate' },
};

export const REPORT_ITEMS: readonly MenuItem[] = [
  {
    global: 'menuReportResults6',
    caption: 'รายงานผล รอบ ๖ เดือน',
    action: { kind: 'report', report: 'results', round: 6 },
  },
  {
    global: 'menuReportResults12',
    caption: 'รายงานผล รอบ ๑๒ เดือน',
    action: { kind: 'report', report: 'results', round: 12 },
  },
  {
    global: 'menuReportItaAnalysis',
    caption: 'รายงานการวิเคราะห์ผล ITA',
    action: { kind: 'report', report: 'ita-analysis' },
  },
  {
    global: 'menuReportActionPlan',
    caption: 'แผนปฏิบัติการป้องกันการทุจริต (พิมพ์)',
    action: { kind: 'report', report: 'action-plan' },
  },
  {
    global: 'menuReportEthics',
    caption: 'แผนคุณธรรมจริยธรรม (พิมพ์)',
    action: { kind: 'report', report: 'ethics' },
  },
  {
    global: 'menuReportOitReadiness',
    caption: 'รายงานความพร้อม OIT',
    action: { kind: 'report', report: 'oit-readiness' },
  },
];

/** The active document tab rolled into the fiscal year after its own, or made into this year's results. */
export const ROLLOVER_ITEMS: readonly MenuItem[] = [
  {
    global: 'menuRolloverNextYear',
    caption: 'ยกแท็บนี้ไปปีงบประมาณถัดไป (Roll this tab into the next fiscal year)',
    action: { kind: 'rollover' },
  },
  {
    global: 'menuRolloverResults',
    caption: 'ทำแท็บรายงานผลจากมาตรการนี้ (Results tab from these measures)',
    action: { kind: 'rollover', as: 'results' },
  },
];

export const MENU_ITEMS: readonly MenuItem[] = [
  ...CREATE_ITEMS,
  ...STRUCTURE_ITEMS,
  VALIDATE_ITEM,
  ...REPORT_ITEMS,
  ...ROLLOVER_ITEMS,
];
