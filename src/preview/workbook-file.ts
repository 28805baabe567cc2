import { readWorkbookJson } from './workbook-json';
/**
 * The preview's file: every workbook the preview holds with its document properties, and who shared
 * with whom and allowed what (the IMPORTRANGE state of WorkbookRegistry), in one JSON file:
 *
 *     {"format": "ita-sheets/preview", "version": 2,
 *      "workbooks": [{"workbook": …, "properties": {…}}, …],   // the first is the default
 *      "shares": [{"source": ID, "with": ID}], "allowed": [{"importer": ID, "source": ID}]}
 *
 * A file of one workbook saved before (`{"workbook": …, "properties": {…}}`) still loads, as the
 * default workbook alone (`legacy`). Written to a temporary file and renamed over the old one, so a
 * crash mid-write leaves the last good save rather than half a file.
 */

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod/mini';
import { checker, object, record } from '../core/problems/schema-check';
import type { MemoryWorkbook } from '../sheets/memory';
import { PreviewProperties } from './preview-properties';

/** What the preview works on: the workbook and the spreadsheet's document properties. */
export interface PreviewDocument {
  readonly workbook: MemoryWorkbook;
  readonly properties: PreviewProperties;
}

/** A share (the source's Share › Viewer to the officer of `withId`), by workbook id. */
export interface SharePair {
  readonly sourceId: string;
  readonly withId: string;
}

/** An Allow access clicked in `importerId` for `sourceId`. */
export interface AllowedPair {
  readonly importerId: string;
  readonly sourceId: string;
}

/** What the file holds: the workbooks (the first is the default) and their IMPORTRANGE state. */
export interface PreviewFile {
  readonly documents: readonly PreviewDocument[];
  readonly shares: readonly SharePair[];
  readonly allowed: readonly AllowedPair[];
}

/** A file read: `legacy` when it is a one-workbook file saved before the preview held several. */
export interface LoadedPreviewFile extends PreviewFile {
  readonly legacy: boolean;
}

/** A file of one workbook and nothing shared. */
export const oneWorkbook = (document: PreviewDocument): PreviewFile => ({
  documents: [document],
  shares: [],
  allowed: [],
});

const FORMAT = 'ita-sheets/preview';
const NOT_A_FILE =
  'ไม่ใช่ไฟล์สมุดงานของ ita-sheets preview (expected {format, version, workbooks, shares, allowed} or {workbook, properties})';
const NOT_AN_ID = 'ต้องเป็นรหัสสเปรดชีต (expected a spreadsheet id)';

const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/, NOT_AN_ID));
const properties = z._default(record(z.string(), NOT_A_FILE), {});
const entry = object({ workbook: z.unknown(), properties }, NOT_A_FILE);
const legacySchema = checker(entry);
const fileSchema = checker(
  object(
    {
      format: z.literal(FORMAT),
      version: z.literal(2),
      workbooks: z.array(entry).check(z.minLength(1, NOT_A_FILE)),
      shares: z.array(object({ source: id, with: id }, NOT_A_FILE)),
      allowed: z.array(object({ importer: id, source: id }, NOT_A_FILE)),
    },
    NOT_A_FILE,
  ),
);

function readEntries(
  file: string,
  entries: readonly { workbook: unknown; properties: Record<string, string> }[],
): PreviewDocument[] {
  return entries.map((e, i) => {
    try {
      return { workbook: readWorkbookJson(e.workbook), properties: new PreviewProperties(e.properties) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const which = entries.length > 1 ? ` (workbooks[${i}])` : '';
      throw new Error(`ไฟล์สมุดงาน ${file} เสียหาย${which} (${reason})`);
    }
  });
}

/** The file saved in `file`, or null when there is no such file; throws, in Thai, for a bad file. */
export function readPreviewFile(file: string): LoadedPreviewFile | null {
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`อ่านไฟล์สมุดงาน ${file} ไม่ได้: ไม่ใช่ JSON (${reason})`);
  }
  const isLegacy = typeof json === 'object' && json !== null && !('format' in json) && 'workbook' in json;
  if (isLegacy) {
    const parsed = legacySchema.safeParse(json);
    if (!parsed.success) throw new Error(`ไฟล์ ${file} ${NOT_A_FILE}`);
    return { ...oneWorkbook(readEntries(file, [parsed.data])[0] as PreviewDocument), legacy: true };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`ไฟล์ ${file} ${NOT_A_FILE}`);
  const documents = readEntries(file, parsed.data.workbooks);
  const ids = documents.map((d) => d.workbook.toJSON().id);
  const twice = ids.find((x, i) => ids.indexOf(x) !== i);
  if (twice !== undefined) {
    throw new Error(`ไฟล์สมุดงาน ${file} เสียหาย (two workbooks have the id ${twice})`);
  }
  return {
    documents,
    shares: parsed.data.shares.map((s) => ({ sourceId: s.source, withId: s.with })),
    allowed: parsed.data.allowed.map((a) => ({ importerId: a.importer, sourceId: a.source })),
    legacy: false,
  };
}

/** The file's JSON text. */
function fileText(content: PreviewFile): string {
  return `${JSON.stringify({
    format: FORMAT,
    version: 2,
    workbooks: content.documents.map((d) => ({ workbook: d.workbook.toJSON(), properties: d.properties })),
    shares: content.shares.map((s) => ({ source: s.sourceId, with: s.withId })),
    allowed: content.allowed.map((a) => ({ importer: a.importerId, source: a.sourceId })),
  })}\n`;
}

/**
 * Saves the workbooks to `file`, atomically, and only a file that loads: each workbook is read back
 * with the loader first, and one it would refuse leaves the last good save in place and says why, in Thai.
 */
export function writePreviewFile(file: string, content: PreviewFile): void {
  mkdirSync(dirname(file), { recursive: true });
  const text = fileText(content);
  try {
    const saved = JSON.parse(text) as { workbooks: { workbook: unknown }[] };
    for (const { workbook } of saved.workbooks) readWorkbookJson(workbook);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `บันทึกสมุดงานลง ${file} ไม่ได้ เพราะจะเปิดกลับไม่ได้ ไฟล์ที่บันทึกล่าสุดยังอยู่ครบ (not saved: the file would not load back; the last save is kept: ${reason})`,
    );
  }
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, file);
}
