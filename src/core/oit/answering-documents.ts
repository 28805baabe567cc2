/**
 * Which of the add-in's documents answer which OIT item (shared/ita-frameworks.md): the action plan,
 * its 6-month and annual reports, the measures and the results report. Per year as data for the
 * shipped lists; for a pasted list, found by the item's title, which the NACC keeps from year to year.
 */

import type { DocumentTypeId } from '../documents/document-type';
import { toArabicDigits } from '../thai/digits';
import { oitItemList } from './oit-item-lists';

/**
 * What answers the item: the document itself (its tab, printed) or a progress report on it, which is
 * not a document of the add-in (having the plan's tab says nothing of its report).
 */
export type AnswerKind = 'document' | 'progress-report';

export interface AnsweringDocument {
  /** The item's code: "o39". */
  readonly code: string;
  readonly document: DocumentTypeId;
  readonly kind: AnswerKind;
  /** What is published for the item, as the NACC names it (the item's title in the built-in list). */
  readonly th: string;
  readonly en: string;
}

interface Answer {
  readonly document: DocumentTypeId;
  readonly kind: AnswerKind;
  readonly en: string;
}

const PLAN: Answer = { document: 'action-plan', kind: 'document', en: 'anti-corruption action plan' };
const PLAN_6_MONTHS: Answer = {
  document: 'action-plan',
  kind: 'progress-report',
  en: "the action plan's 6-month report",
};
const PLAN_ANNUAL: Answer = {
  document: 'action-plan',
  kind: 'progress-report',
  en: "the action plan's annual report",
};
const MEASURES: Answer = {
  document: 'measures',
  kind: 'document',
  en: 'measures to promote integrity and transparency',
};
const RESULTS: Answer = { document: 'results', kind: 'document', en: 'report of the measures carried out' };

// Per ita-frameworks.md; 2565 has 2564's list (see oit-item-lists.ts), so it has its answers too.
const FY2564: Readonly<Record<string, Answer>> = {
  o39: PLAN,
  o40: PLAN_6_MONTHS,
  o41: PLAN_ANNUAL,
  o42: MEASURES,
  o43: RESULTS,
};
const BY_YEAR: Readonly<Record<number, Readonly<Record<string, Answer>>>> = {
  2564: FY2564,
  2565: FY2564,
  2566: { o36: PLAN, o37: PLAN_6_MONTHS, o38: PLAN_ANNUAL, o42: MEASURES, o43: RESULTS },
};

/** The items of a shipped year's list that the add-in's documents answer; none for another year. */
export function answeringDocuments(fiscalYear: number): AnsweringDocument[] {
  const items = oitItemList(fiscalYear)?.items ?? [];
  return Object.entries(BY_YEAR[fiscalYear] ?? {}).map(([code, answer]) => ({
    code,
    ...answer,
    th: items.find((i) => i.code === code)?.title ?? '',
  }));
}

/** Title words only: spaces gone, Thai digits read, so "รอบ ๖ เดือน" and "รอบ 6 เดือน" match. */
function titleKey(title: string): string {
  return toArabicDigits(title).replace(/\s+/g, '');
}

/**
 * The answered items of any list (a pasted one), by title: an item whose title starts with the FY 2564
 * title of an answered item ("แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2568" is the plan).
 */
export function answeringDocumentsByTitle(
  items: readonly { readonly code: string; readonly title: string }[],
): AnsweringDocument[] {
  const known = answeringDocuments(2564);
  return items.flatMap((item) => {
    const key = titleKey(item.title);
    const found = known.find((k) => key.startsWith(titleKey(k.th)));
    return found ? [{ ...found, code: item.code }] : [];
  });
}

/** The answers for a checklist's year: the shipped year's table, else by the items' own titles. */
export function answeringDocumentsFor(
  fiscalYear: number | undefined,
  items: readonly { readonly code: string; readonly title: string }[],
): AnsweringDocument[] {
  if (fiscalYear !== undefined && oitItemList(fiscalYear)) return answeringDocuments(fiscalYear);
  return answeringDocumentsByTitle(items);
}
