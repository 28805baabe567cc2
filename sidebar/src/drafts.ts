/**
 * Drafts: the entry form's content kept in the browser's storage per tab on every input, so closing
 * the sidebar loses nothing; cleared after a successful save. A tab is named by its spreadsheet and
 * its sheetId: every spreadsheet's first tab has sheetId 0, and the storage is shared by all the
 * spreadsheets the officer opens the sidebar in. A draft is data from storage: it is checked before
 * it fills a form.
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

/** Which tab a draft belongs to: the spreadsheet's id (from getActiveContext) and the tab's sheetId. */
export interface DraftPlace {
  readonly spreadsheetId: string;
  readonly sheetId: number;
}

/** The storage key of a tab's draft. */
export function draftKey(place: DraftPlace): string {
  return `ita-sheets.draft.${place.spreadsheetId}.${place.sheetId}`;
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
  // A tab keeps its type; a draft of another type (the tab was deleted, its id reused) is not this tab's.
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

/** Where versions before drafts were kept per spreadsheet kept a tab's draft. */
const legacyKey = (sheetId: number) => `ita-sheets.draft.${sheetId}`;

/**
 * The tab's draft, if any. A draft kept by an earlier version under the tab's id alone is taken by the
 * first spreadsheet that asks for it and moved under that spreadsheet, so no typing is lost on upgrade.
 */
export function loadDraft(storage: DraftStorage | undefined, place: DraftPlace, type: DocumentType) {
  if (!storage) return undefined;
  const draft = parseDraft(attempt(() => storage.getItem(draftKey(place))) ?? null, type);
  if (draft) return draft;
  const legacy = parseDraft(attempt(() => storage.getItem(legacyKey(place.sheetId))) ?? null, type);
  if (legacy && saveDraft(storage, place, legacy))
    attempt(() => storage.removeItem(legacyKey(place.sheetId)));
  return legacy;
}

/** Keeps the tab's draft; false when the storage refused it. */
export function saveDraft(storage: DraftStorage | undefined, place: DraftPlace, draft: Draft): boolean {
  if (!storage) return false;
  return (
    attempt(() => {
      storage.setItem(draftKey(place), serializeDraft(draft));
      return true;
    }) ?? false
  );
}

/** Forgets the tab's draft. */
export function clearDraft(storage: DraftStorage | undefined, place: DraftPlace): void {
  attempt(() => storage?.removeItem(draftKey(place)));
}

/** The browser's localStorage, or undefined where it cannot be used. */
export function browserStorage(): DraftStorage | undefined {
  return attempt(() => {
    const storage = (globalThis as { localStorage?: DraftStorage }).localStorage;
    return storage ?? undefined;
  });
}
