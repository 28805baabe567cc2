/** What the structurer makes of a paste: the document's header, its records and what it noticed. */

import type { DocumentRecord, DocumentTypeId } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import type { Finding } from '../problems/finding';
import type { Note } from '../problems/structure-note';

/** A pasted column whose heading names no field: kept whole, under its heading, one value a record. */
export interface KeptColumn {
  readonly heading: string;
  /** The column's text for each record, in record order ('' where the record has none). */
  readonly values: readonly string[];
}

export interface StructuredDocument {
  readonly type: DocumentTypeId;
  readonly header: DocumentHeader;
  readonly records: readonly DocumentRecord[];
  /** Warnings only: what was odd in the paste (a stated total that differs, an unread line …). */
  readonly warnings: readonly Finding<Note>[];
  /** Columns the paste had beyond the type's fields: the new tab writes each to a column of its own. */
  readonly keptColumns?: readonly KeptColumn[];
}

/** A paste as rows of cells, from a sheet's values or from tab-separated text. */
export type PastedRows = readonly (readonly unknown[])[];
