/** What validation knows beyond the document: the organization's profile and the spreadsheet's tabs. */

import type { DocumentTypeId } from '../documents/document-type';
import type { Profile } from '../documents/header';

/** A document tab of the spreadsheet, as rules about other documents need it. */
export interface DocumentTabRef {
  readonly type: DocumentTypeId;
  readonly name: string;
  readonly fiscalYear?: number;
}

/** A tab of the year: its year is `fiscalYear`, or one of the two is not known. */
export function isTabOfYear(tab: DocumentTabRef, fiscalYear: number | undefined): boolean {
  return tab.fiscalYear === undefined || fiscalYear === undefined || tab.fiscalYear === fiscalYear;
}

export interface ValidationContext {
  /** The organization's profile; without it, units and the website are not checked. */
  readonly profile?: Pick<Profile, 'units'> & Partial<Pick<Profile, 'website'>>;
  /** The spreadsheet's document tabs; without them, rules about other documents are not checked. */
  readonly documentTabs?: readonly DocumentTabRef[];
}
