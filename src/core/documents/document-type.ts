/** A document type: its fields in column order, its Thai title and what one record is called. */

import type { DocumentTypeId } from '../catalog';
import type { FieldSpec } from './field';

/** The six types' ids, from the catalog (src/core/catalog.ts). */
export type { DocumentTypeId };

export interface DocumentType {
  readonly id: DocumentTypeId;
  /** The official title, without the year. */
  readonly th: string;
  readonly en: string;
  /** What one record is called in messages: มาตรการที่ 3 (measure 3). */
  readonly recordTh: string;
  readonly recordEn: string;
  /** The record's fields in column order. */
  readonly fields: readonly FieldSpec[];
  /** A document whose records are the year's ITA indicators, one each (the analysis): validation counts them. */
  readonly oneRecordPerIndicator?: boolean;
}

/** A record: each field's text, or a list field's items. */
export type FieldValue = string | readonly string[];
export type DocumentRecord = Readonly<Record<string, FieldValue>>;
