/**
 * How each document type rolls into the next fiscal year, as data: which types it may become, the
 * fields the new year starts empty, the fields reset to a starting value, and the evidence fields
 * kept but to be checked again.
 */

import type { DocumentTypeId } from '../documents/document-type';
import { oitStatusLabel } from '../oit/oit-status';

export interface RolloverRule {
  /** The types a document of this type may become: itself, and a results report from measures. */
  readonly into: readonly DocumentTypeId[];
  /** What was done last year: the new year starts without it. */
  readonly emptied: readonly string[];
  /** Fields that start the new year at a value, as a new tab of the type would. */
  readonly reset: Readonly<Record<string, string>>;
  /** Web addresses kept, but marked to check again: last year's evidence may have moved. */
  readonly recheck?: { readonly field: string; readonly noteField: string };
}

/** The rules of the types that roll over; the ITA analysis does not (it is made from the year's scores). */
export const ROLLOVER_RULES: Readonly<Partial<Record<DocumentTypeId, RolloverRule>>> = {
  measures: { into: ['measures', 'results'], emptied: [], reset: {} },
  results: { into: ['results'], emptied: ['output', 'outcome'], reset: {} },
  'action-plan': { into: ['action-plan'], emptied: [], reset: {} },
  ethics: { into: ['ethics'], emptied: [], reset: {} },
  'oit-checklist': {
    into: ['oit-checklist'],
    emptied: [],
    reset: { status: oitStatusLabel('not-started') },
    recheck: { field: 'url', noteField: 'note' },
  },
};

/** The words that mark a kept address to check again (ต้องตรวจสอบอีกครั้ง), with the year it is from. */
export function recheckNote(fromYear: number): string {
  return `ต้องตรวจสอบอีกครั้ง: ลิงก์จากปีงบประมาณ ${fromYear}`;
}

/** An earlier mark at the start of a note, with its separator, so a second rollover marks once. */
export const EARLIER_RECHECK = /^ต้องตรวจสอบอีกครั้ง: ลิงก์จากปีงบประมาณ [0-9๐-๙]{4}(?: · )?/;

export const ROLLOVER_TYPES = Object.keys(ROLLOVER_RULES) as DocumentTypeId[];
