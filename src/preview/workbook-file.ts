import { readWorkbookJson } from './workbook-json';
/**
 * The preview's file: the workbook and its document properties in one JSON file,
 * `{"workbook": …, "properties": {…}}`. Written to a temporary file and renamed over the old one, so a
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

const NOT_A_FILE = 'ไม่ใช่ไฟล์สมุดงานของ ita-sheets preview (expected {workbook, properties})';
const fileSchema = checker(
  object({ workbook: z.unknown(), properties: z._default(record(z.string(), NOT_A_FILE), {}) }, NOT_A_FILE),
);

/** The document saved in `file`, or null when there is no such file; throws, in Thai, for a bad file. */
export function readPreviewFile(file: string): PreviewDocument | null {
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`อ่านไฟล์สมุดงาน ${file} ไม่ได้: ไม่ใช่ JSON (${reason})`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`ไฟล์ ${file} ไม่ใช่ไฟล์สมุดงานของ ita-sheets preview (expected {workbook, properties})`);
  }
  try {
    return {
      workbook: readWorkbookJson(parsed.data.workbook),
      properties: new PreviewProperties(parsed.data.properties),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`ไฟล์สมุดงาน ${file} เสียหาย (${reason})`);
  }
}

/**
 * Saves the document to `file`, atomically, and only a file that loads: the text is read back with the
 * loader first, and one it would refuse leaves the last good save in place and says why, in Thai.
 */
export function writePreviewFile(file: string, document: PreviewDocument): void {
  mkdirSync(dirname(file), { recursive: true });
  const workbook = document.workbook.toJSON();
  const text = `${JSON.stringify({ workbook, properties: document.properties })}\n`;
  try {
    readWorkbookJson(JSON.parse(text).workbook);
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
