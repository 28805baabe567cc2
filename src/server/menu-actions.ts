/**
 * The add-on menu's actions as data, from the catalog's captions: each item calls a global function
 * (Apps Script menus name a function), which the build writes from this list and which runs one
 * action through the API.
 */

import { DOCUMENT_CATALOG, DOCUMENT_TYPE_IDS, REPORT_CATALOG } from '../core/catalog';
import type { DocumentTypeId } from '../core/documents/document-type';
import type { ReportKind } from '../shared/api';

export type MenuAction =
  | { readonly kind: 'create'; readonly type: DocumentTypeId }
  | { readonly kind: 'structure'; readonly type: DocumentTypeId }
  | { readonly kind: 'validate' }
  | { readonly kind: 'report'; readonly report: ReportKind; readonly round?: 6 | 12 }
  | { readonly kind: 'rollover'; readonly as?: DocumentTypeId }
  | { readonly kind: 'print' }
  | { readonly kind: 'summary' }
  | { readonly kind: 'rollup' }
  | { readonly kind: 'print-rollup' };

export interface MenuItem {
  /** The global function the item calls. */
  readonly global: string;
  readonly caption: string;
  readonly action: MenuAction;
}

const TYPES = DOCUMENT_TYPE_IDS.map((type) => ({ type, ...DOCUMENT_CATALOG[type] }));

export const CREATE_ITEMS: readonly MenuItem[] = TYPES.map((t) => ({
  global: `menuCreate${t.menuName}`,
  caption: t.caption,
  action: { kind: 'create', type: t.type },
}));

export const STRUCTURE_ITEMS: readonly MenuItem[] = TYPES.map((t) => ({
  global: `menuStructure${t.menuName}`,
  caption: `เป็น${t.caption}`,
  action: { kind: 'structure', type: t.type },
}));

export const VALIDATE_ITEM: MenuItem = {
  global: 'menuValidate',
  caption: 'ตรวจแท็บเอกสารนี้ (Validate this tab)',
  action: { kind: 'validate' },
};

export const REPORT_ITEMS: readonly MenuItem[] = REPORT_CATALOG.flatMap((report) =>
  report.menu.map((item): MenuItem => {
    const round = 'round' in item ? item.round : undefined;
    return {
      global: item.global,
      caption: item.caption,
      action: { kind: 'report', report: report.id, ...(round === undefined ? {} : { round }) },
    };
  }),
);

/** The active report tab (or a document tab's usual report) as official pages, in the print dialog. */
export const PRINT_ITEM: MenuItem = {
  global: 'menuPrint',
  caption: 'พิมพ์ / บันทึกเป็น PDF (Print or save as PDF)',
  action: { kind: 'print' },
};

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

/** The organization's summary for its district (ITA_SUMMARY) brought up to date now. */
export const SUMMARY_ITEM: MenuItem = {
  global: 'menuUpdateSummary',
  caption: 'อัปเดตสรุปสำหรับอำเภอ (Update the summary for the district)',
  action: { kind: 'summary' },
};

/** The district officer's roll-up (docs/district-rollup.md): brought up to date, and printed. */
export const ROLLUP_ITEMS: readonly MenuItem[] = [
  {
    global: 'menuUpdateRollup',
    caption: 'อัปเดตภาพรวมอำเภอ (Update the district roll-up)',
    action: { kind: 'rollup' },
  },
  {
    global: 'menuPrintRollup',
    caption: 'พิมพ์รายงานภาพรวมอำเภอ (Print the district report)',
    action: { kind: 'print-rollup' },
  },
];

export const MENU_ITEMS: readonly MenuItem[] = [
  ...CREATE_ITEMS,
  ...STRUCTURE_ITEMS,
  VALIDATE_ITEM,
  ...REPORT_ITEMS,
  PRINT_ITEM,
  ...ROLLOVER_ITEMS,
  SUMMARY_ITEM,
  ...ROLLUP_ITEMS,
];
