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
}

/** A paste as rows of cells, from a sheet's values or from tab-separated text. */
export type PastedRows = readonly (readonly unknown[])[];
