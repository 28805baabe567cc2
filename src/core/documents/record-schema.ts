/**
 * The schema of a document type's record, built from its field specs: the same list that heads
 * the sheet's columns checks what enters from the sidebar, a file or the sheet. Shape and size are
 * checked here; what a value means (a period, a unit, a budget) is checked by validation.
 */

import * as z from 'zod/mini';
import { type Checker, checker, strictObject } from '../problems/schema-check';
import type { DocumentRecord, DocumentType } from './document-type';
import { type FieldSpec, isListField } from './field';

/** The most a Sheets cell holds. */
export const MAX_CELL_LENGTH = 50_000;

function fieldSchema(field: FieldSpec): z.ZodMiniType<string | string[]> {
  const tooLong = `${field.th} ยาวเกิน ${MAX_CELL_LENGTH} ตัวอักษร (${field.en} is longer than a cell holds)`;
  if (isListField(field)) {
    return z
      .array(z.string({ error: `${field.th}: แต่ละข้อต้องเป็นข้อความ (${field.en}: items must be text)` }), {
        error: `${field.th} ต้องเป็นรายการ (${field.en} must be a list)`,
      })
      .check(z.refine((items) => items.join('\n').length <= MAX_CELL_LENGTH, { error: tooLong }));
  }
  return z
    .string({ error: `${field.th} ต้องเป็นข้อความ (${field.en} must be text)` })
    .check(z.maxLength(MAX_CELL_LENGTH, { error: tooLong }));
}

const schemas = new WeakMap<DocumentType, Checker<DocumentRecord>>();

/** The record schema of a type: every field present, text or a list of text, none longer than a cell. */
export function recordSchema(type: DocumentType): Checker<DocumentRecord> {
  let schema = schemas.get(type);
  if (!schema) {
    schema = checker(
      strictObject(
        Object.fromEntries(type.fields.map((f) => [f.key, fieldSchema(f)])),
        'ต้องเป็นรายการของเอกสาร (must be a record)',
        (keys) => `ไม่มีช่อง ${keys.join(', ')} ในเอกสารนี้ (unknown fields)`,
      ),
    );
    schemas.set(type, schema);
  }
  return schema;
}
