/**
 * The entry form's values and the record they stand for. A list is kept as the officer typed it
 * (one item a line) and split only into the record, so the textarea never jumps under the cursor;
 * the units are the ticked names. No DOM here: these run in the tests as they run in the sidebar.
 */

import type { DocumentRecord, DocumentType } from '../../src/core/documents/document-type';
import type { FieldSpec } from '../../src/core/documents/field';
import { joinList, splitList } from '../../src/core/thai/numbered-list';

/** One field's value in the form: text for most kinds, the ticked units for `units`. */
export type FormValue = string | readonly string[];
export type FormValues = Readonly<Record<string, FormValue>>;

/** The text a budget field holds when the ไม่ใช้งบประมาณ box is ticked (what parseBudget reads as none). */
export const NO_BUDGET = 'ไม่ใช้งบประมาณ';

const asText = (value: FormValue | undefined): string =>
  value === undefined ? '' : typeof value === 'string' ? value : joinList(value);

/** Lines of text, trimmed, blanks dropped. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const asUnits = (value: FormValue | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? lines(value) : lines(value.join('\n'));

/** The items of a list field as the record keeps them: `๑. …` markers dropped, one item a line. */
export function listItems(text: string): string[] {
  return splitList(text);
}

/** The empty value of a field in the form. */
export function emptyValue(field: FieldSpec): FormValue {
  return field.kind === 'units' ? [] : '';
}

/** A form with nothing typed. */
export function emptyValues(type: DocumentType): FormValues {
  return Object.fromEntries(type.fields.map((f) => [f.key, emptyValue(f)]));
}

/** Values of the form's shape from anything (a draft, a record): unknown keys dropped, missing ones empty. */
export function normalizeValues(type: DocumentType, raw: Readonly<Record<string, unknown>>): FormValues {
  return Object.fromEntries(
    type.fields.map((field) => {
      const value = raw[field.key];
      const known: FormValue | undefined =
        typeof value === 'string'
          ? value
          : Array.isArray(value) && value.every((v) => typeof v === 'string')
            ? (value as string[])
            : undefined;
      return [field.key, field.kind === 'units' ? asUnits(known) : asText(known)];
    }),
  );
}

/** The form's values of a record read from the sheet. */
export function valuesFromRecord(type: DocumentType, record: DocumentRecord): FormValues {
  return normalizeValues(type, record);
}

/** The record the form stands for: text trimmed, lists split into items, units as ticked. */
export function recordFromValues(type: DocumentType, values: FormValues): DocumentRecord {
  return Object.fromEntries(
    type.fields.map((field) => {
      const value = values[field.key];
      if (field.kind === 'units') return [field.key, asUnits(value)];
      if (field.kind === 'list') return [field.key, listItems(asText(value))];
      return [field.key, asText(value).trim()];
    }),
  );
}

/** True when nothing is typed or ticked. */
export function isBlank(values: FormValues): boolean {
  return Object.values(values).every((v) => (typeof v === 'string' ? v.trim() === '' : v.length === 0));
}

const sameValue = (a: FormValue | undefined, b: FormValue | undefined): boolean =>
  JSON.stringify(a ?? '') === JSON.stringify(b ?? '');

/**
 * The values of a record read again, with what the officer typed kept: a field they changed from the
 * record as they opened it (every field they typed, when that record is not known) keeps their
 * value; every other field takes the fresh one.
 */
export function withTypedChanges(
  fresh: FormValues,
  typed: FormValues,
  opened: FormValues | undefined,
): FormValues {
  return Object.fromEntries(
    Object.entries(fresh).map(([key, value]) => {
      const own = typed[key];
      const changed = opened === undefined ? own !== undefined : !sameValue(own, opened[key]);
      return [key, changed && own !== undefined ? own : value];
    }),
  );
}

/** Whether two sets of values are the same in every field. */
export function sameValues(a: FormValues, b: FormValues): boolean {
  return Object.keys({ ...a, ...b }).every((key) => sameValue(a[key], b[key]));
}
