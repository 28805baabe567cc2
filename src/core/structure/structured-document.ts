/** What the structurer makes of a paste: the document's header, its records and what it noticed. */

import type { DocumentRecord, DocumentTypeId } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import type { Finding } from '../problems/finding';

export interface StructuredDocument {
  readonly type: DocumentTypeId;
  readonly header: DocumentHeader;
  readonly records: readonly DocumentRecord[];
  /** Warnings only: what was odd in the paste (a stated total that differs, an unread line …). */
  readonly warnings: readonly Finding[];
  /** Pasted columns used as no field (a column mapping's `-`): their text, kept, one value a record. */
  readonly kept?: readonly KeptColumn[];
}

/** A pasted column kept aside: its heading and, for each record in order, its text. */
export interface KeptColumn {
  readonly heading: string;
  readonly values: readonly string[];
}

/** A paste as rows of cells, from a sheet's values or from tab-separated text. */
export type PastedRows = readonly (readonly unknown[])[];
