/** The reports the sidebar offers, from the catalog, and the document tabs each is made from. */

import { REPORT_CATALOG } from '../../src/core/catalog';
import type { DocumentTypeId } from '../../src/core/documents/document-type';
import type { ReportKind, TabSummary } from '../../src/shared/api';

/** A report as the sidebar offers it. */
export interface ReportChoice {
  readonly id: ReportKind;
  /** The catalog's name for the sidebar's list. */
  readonly th: string;
  readonly en: string;
  /** The document types it is made from, the usual one first. */
  readonly from: readonly DocumentTypeId[];
}

export const REPORT_CHOICES: readonly ReportChoice[] = REPORT_CATALOG.map((r) => ({
  id: r.id,
  th: r.choice,
  en: r.en,
  from: r.from,
}));

/** The report choice of an id. */
export function reportChoice(kind: ReportKind): ReportChoice {
  return REPORT_CHOICES.find((c) => c.id === kind) ?? (REPORT_CHOICES[0] as ReportChoice);
}

/**
 * The tabs a report of `kind` can be made from, the usual type first, and the one to preselect:
 * the active tab when it fits, else the first.
 */
export function reportSources(
  kind: ReportKind,
  tabs: readonly TabSummary[],
  activeSheetId: number | undefined,
): { readonly tabs: readonly TabSummary[]; readonly selected: number | undefined } {
  const from = reportChoice(kind).from;
  const fitting = tabs
    .filter((tab) => from.includes(tab.type))
    .sort((a, b) => from.indexOf(a.type) - from.indexOf(b.type));
  const active = fitting.find((tab) => tab.sheetId === activeSheetId);
  return { tabs: fitting, selected: (active ?? fitting[0])?.sheetId };
}
