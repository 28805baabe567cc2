/**
 * Drafts: the entry form's content kept in the browser's storage per tab (by sheetId) on every
 * input, so closing the sidebar loses nothing; cleared after a successful save. A draft is data
 * from storage: it is checked before it fills a form.
 */

import * as z from 'zod/mini';
import type { DocumentRecord, DocumentType, DocumentTypeId } from '../../src/core/documents/document-type';
import { checker, object, record } from '../../src/core/problems/schema-check';
import { type FormValues, normalizeValues } from './form-values';

/** The part of Storage drafts use (localStorage in the sidebar, a Map in the tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A kept form: which type it was typed for, the row it edits (null for a new record) and its values. */
export interface Draft {
  readonly type: DocumentTypeId;
  readonly row: number | null;
  /** The record as the row held it when opened (null for a new record): the update is refused if it changed. */
  readonly expected: DocumentRecord | null;
  readonly values: FormValues;
}

const VERSION = 1;

// A draft's messages are never shown: one that does not fit is dropped.
const NOT_A_DRAFT = 'not a draft';
const values = record(z.union([z.string(), z.array(z.string())]), NOT_A_DRAFT);

const draftSchema = checker(
  object(
    {
      version: z.literal(VERSION),
      type: z.string(),
      row: z.nullable(z.int().check(z.gte(2))),
      // Drafts kept before records had an identity have none: their update is refused and says why.
      expected: z.optional(z.nullable(values)),
      values,
    },
    NOT_A_DRAFT,
  ),
);

/** The storage key of a tab's draft. */
export function draftKey(sheetId: number): string {
  return `ita-sheets.draft.${sheetId}`;
}

/** A draft as stored text. */
export function serializeDraft(draft: Draft): string {
  return JSON.stringify({
    version: VERSION,
    type: draft.type,
    row: draft.row,
    expected: draft.expected,
    values: draft.values,
  });
}

/** A stored draft for a tab of `type`, or undefined when there is none, it is unreadable or of another type. */
export function parseDraft(text: string | null, type: DocumentType): Draft | undefined {
  if (text === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = draftSchema.safeParse(json);
  // A tab keeps its type, but a sheetId can be reused by another spreadsheet on the same origin.
  if (!parsed.success || parsed.data.type !== type.id) return undefined;
  return {
    type: type.id,
    row: parsed.data.row,
    expected: parsed.data.expected ?? null,
    values: normalizeValues(type, parsed.data.values),
  };
}

// Storage can throw: disabled by the browser, full, or denied to a sandboxed frame.
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** The tab's draft, if any. */
export function loadDraft(storage: DraftStorage | undefined, sheetId: number, type: DocumentType) {
  return storage ? parseDraft(attempt(() => storage.getItem(draftKey(sheetId))) ?? null, type) : undefined;
}

/** Keeps the tab's draft; false when the storage refused it. */
export function saveDraft(storage: DraftStorage | undefined, sheetId: number, draft: Draft): boolean {
  if (!storage) return false;
  return (
    attempt(() => {
      storage.setItem(draftKey(sheetId), serializeDraft(draft));
      return true;
    }) ?? false
  );
}

/** Forgets the tab's draft. */
export function clearDraft(storage: DraftStorage | undefined, sheetId: number): void {
  attempt(() => storage?.removeItem(draftKey(sheetId)));
}

/** The browser's localStorage, or undefined where it cannot be used. */
export function browserStorage(): DraftStorage | undefined {
  return attempt(() => {
    const storage = (globalThis as { localStorage?: DraftStorage }).localStorage;
    return storage ?? undefined;
  });
}
