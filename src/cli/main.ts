/**
 * The command line: `ita-sheets structure|validate --type TYPE [--columns …] FILE` (`-` reads standard input).
 * Exit codes: 0 done; 1 the document has errors (validate); 2 the command or the file could not be used.
 */

import { isReportKindId, REPORT_KIND_IDS } from '../core/catalog';
import type { DocumentTypeId } from '../core/documents/document-type';
import { type Profile, profileSchema } from '../core/documents/header';
import { DOCUMENT_TYPE_IDS, DOCUMENT_TYPES, isDocumentTypeId } from '../core/documents/types';
import type { Finding } from '../core/problems/finding';
import { describeProblem } from '../core/problems/messages';
import { issuesText } from '../core/problems/schema-issues';
import { parseColumnMapping } from '../core/structure/column-mapping';
import type { Note } from '../core/problems/structure-note';
import { structureDocument } from '../core/structure/structure';
import { readFiscalYear } from '../core/thai/year-reader';
import { findingMessage } from '../core/validation/finding-message';
import { hasErrors, validateDocument } from '../core/validation/validate';
import type { ReportKind } from '../shared/api';
import { OperationError } from '../sheets/operations/context';
import { decodeText } from './read-input';
import { reportWorkbook } from './report-command';
import { rolloverDocument } from './rollover-command';
import { memoryWorkbookToXlsx } from './xlsx-export';

/** What the command line touches of the world, so tests can run it in-process. */
export interface CliIo {
  readFile(path: string): Uint8Array;
  writeFile(path: string, bytes: Uint8Array): void;
  readStdin(): Promise<Uint8Array>;
  out(text: string): void;
  err(text: string): void;
}

export const USAGE = [
  'ita-sheets — เอกสาร ITA ขององค์กรปกครองส่วนท้องถิ่น (ITA documents of Thai local administrations)',
  '',
  'usage:',
  '  ita-sheets structure --type TYPE FILE    จัดโครงสร้างเอกสารที่วางมา แล้วพิมพ์ JSON (structure a paste, print JSON)',
  '  ita-sheets structure --type TYPE --columns FIELD,FIELD,-,… FILE',
  '  ita-sheets structure --type TYPE --year YEAR FILE   ปีงบประมาณ เมื่อเอกสารไม่ระบุ (the fiscal year, when the paste names none)',
  '                                           บอกว่าแต่ละคอลัมน์คือช่องใด - คือเก็บไว้ (map each pasted column; - keeps it aside)',
  '  ita-sheets validate --type TYPE FILE [--profile PROFILE.json]',
  '                                           ตรวจเอกสาร พิมพ์ข้อผิดพลาด (check a document; exit 1 on errors)',
  '  ita-sheets report --type KIND [--round 6|12] [--thai-digits] [--with-sources] [--profile PROFILE.json] FILE --out OUT.xlsx',
  '                                           ทำรายงานเป็นไฟล์ Excel (make a report as .xlsx)',
  '                                           --with-sources: ใส่ข้อความที่วางและแท็บเอกสารด้วย (the file holds the report alone unless asked)',
  '  ita-sheets rollover --type TYPE --to YEAR [--as results] FILE',
  '                                           ยกเอกสารไปปีงบประมาณใหม่ พิมพ์ JSON (roll a document into a new year)',
  '',
  `TYPE: ${DOCUMENT_TYPE_IDS.join(' | ')}`,
  `KIND: ${REPORT_KIND_IDS.join(' | ')}`,
  'FILE for report and rollover: a paste, or the JSON that `structure` prints',
  'FILE: a UTF-8 text file (tab-separated as pasted from Word or a sheet), or - for standard input',
].join('\n');

interface DocumentOptions {
  readonly command: 'structure' | 'validate';
  readonly type: DocumentTypeId;
  readonly file: string;
  readonly profile?: string;
  /** --columns: one field key or `-` a pasted column, in place of the header row. */
  readonly columns?: readonly string[];
  /** --year: the fiscal year B.E. when the paste names none (no title, an OIT list without headings). */
  readonly fiscalYear?: number;
}

interface ReportOptions {
  readonly command: 'report';
  readonly kind: ReportKind;
  readonly file: string;
  readonly out: string;
  readonly round?: 6 | 12;
  readonly thaiDigits: boolean;
  /** The paste and the document tab go into the file too (by default it holds the report alone). */
  readonly withSources: boolean;
  readonly profile?: string;
}

interface RolloverOptions {
  readonly command: 'rollover';
  readonly type: DocumentTypeId;
  readonly to: number;
  readonly as?: DocumentTypeId;
  readonly file: string;
  readonly profile?: undefined;
}

type Options = DocumentOptions | ReportOptions | RolloverOptions;

/** The options of a command line, or the one line that says what is wrong with it. */
function parseArgs(args: readonly string[]): Options | string {
  const [command, ...rest] = args;
  if (command !== 'structure' && command !== 'validate' && command !== 'report' && command !== 'rollover') {
    return `ไม่รู้จักคำสั่ง "${command ?? ''}" (unknown command; use structure, validate, report or rollover)`;
  }
  let type: string | undefined;
  let profile: string | undefined;
  let out: string | undefined;
  let round: string | undefined;
  let thaiDigits = false;
  let columns: string | undefined;
  let withSources = false;
  let to: string | undefined;
  let as: string | undefined;
  let year: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--type' || arg === '-t') type = rest[++i];
    else if (arg.startsWith('--type=')) type = arg.slice('--type='.length);
    else if (arg === '--profile') profile = rest[++i];
    else if (arg === '--out' || arg === '-o') out = rest[++i];
    else if (arg === '--round') round = rest[++i];
    else if (arg === '--thai-digits') thaiDigits = true;
    else if (arg === '--columns') columns = rest[++i] ?? '';
    else if (arg.startsWith('--columns=')) columns = arg.slice('--columns='.length);
    else if (arg === '--with-sources') withSources = true;
    else if (arg === '--year') year = rest[++i] ?? '';
    else if (arg.startsWith('--year=')) year = arg.slice('--year='.length);
    else if (command === 'rollover' && arg === '--to') to = rest[++i];
    else if (command === 'rollover' && arg === '--as') as = rest[++i];
    else if (arg.startsWith('--') && arg !== '-') return `ไม่รู้จักตัวเลือก ${arg} (unknown option)`;
    else files.push(arg);
  }
  if (files.length !== 1) return 'ต้องระบุไฟล์หนึ่งไฟล์ หรือ - (give one FILE, or - for standard input)';
  const file = files[0]!;
  const withProfile = profile === undefined ? {} : { profile };
  if (command === 'report') {
    if (columns !== undefined)
      return '--columns ใช้ได้กับ structure และ validate (--columns is for structure and validate)';
    if (type === undefined || !isReportKindId(type)) {
      return `ต้องระบุ --type เป็นชนิดรายงาน ${REPORT_KIND_IDS.join(', ')} (--type must be a report kind)`;
    }
    if (out === undefined) return 'ต้องระบุ --out OUT.xlsx (--out is required)';
    // The report is written as Excel only; a PDF comes from it by LibreOffice (README).
    if (!/\.xlsx$/i.test(out)) {
      return (
        `--out ต้องเป็นไฟล์ .xlsx: "${out}" ถ้าต้องการ PDF ให้แปลงไฟล์ .xlsx ด้วย soffice --headless --convert-to pdf ` +
        `(--out must name an .xlsx file; for a PDF, convert the .xlsx with soffice --headless --convert-to pdf)`
      );
    }
    if (round !== undefined && round !== '6' && round !== '12')
      return `รอบต้องเป็น 6 หรือ 12: "${round}" (round must be 6 or 12)`;
    return {
      command,
      kind: type,
      file,
      out,
      thaiDigits,
      withSources,
      ...(round === undefined ? {} : { round: round === '6' ? 6 : 12 }),
      ...withProfile,
    };
  }
  if (type === undefined) return `ต้องระบุ --type (${DOCUMENT_TYPE_IDS.join(', ')}) (--type is required)`;
  if (!isDocumentTypeId(type))
    return `ไม่รู้จักประเภทเอกสาร "${type}" (unknown type; use ${DOCUMENT_TYPE_IDS.join(', ')})`;
  if (command === 'rollover') {
    const year = Number(to);
    if (to === undefined || !/^\d{4}$/.test(to) || year < 2400 || year > 2800) {
      return `ต้องระบุ --to เป็นปีงบประมาณ พ.ศ. เช่น 2570: "${to ?? ''}" (--to must be a fiscal year B.E., e.g. 2570)`;
    }
    if (as !== undefined && !isDocumentTypeId(as))
      return `ไม่รู้จักประเภทเอกสาร "${as}" สำหรับ --as (unknown type for --as)`;
    return { command, type, to: year, file, ...(as === undefined ? {} : { as: as as DocumentTypeId }) };
  }
  const fiscalYear = year === undefined ? undefined : readFiscalYear(year);
  if (fiscalYear !== undefined && !fiscalYear.ok) {
    return `--year ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2568: "${year ?? ''}" (--year must be a fiscal year B.E., e.g. 2568)`;
  }
  const withYear = fiscalYear === undefined ? {} : { fiscalYear: fiscalYear.value };
  if (columns === undefined) return { command, type, file, ...withProfile, ...withYear };
  const mapping = parseColumnMapping(columns);
  if (columns.trim() === '' || mapping.includes(''))
    return `--columns ต้องเป็นชื่อช่องคั่นด้วยจุลภาค เช่น no,measure,-,steps: "${columns}" (--columns must be field keys separated by commas)`;
  return { command, type, file, columns: mapping, ...withProfile, ...withYear };
}

function withMessage(
  type: DocumentTypeId,
  finding: Finding<Note>,
): Finding<Note> & { readonly message: string } {
  return { ...finding, message: findingMessage(DOCUMENT_TYPES[type], finding) };
}

async function readBytes(file: string, io: CliIo): Promise<Uint8Array | string> {
  try {
    return file === '-' ? await io.readStdin() : io.readFile(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return `อ่านไฟล์ ${file} ไม่ได้ (cannot read ${file}: ${reason})`;
  }
}

function readProfile(path: string, io: CliIo): Profile | string {
  try {
    const parsed = profileSchema.safeParse(JSON.parse(new TextDecoder().decode(io.readFile(path))));
    if (parsed.success) return parsed.data;
    return `ข้อมูลหน่วยงาน ${path} ไม่ถูกต้อง: ${issuesText(parsed.error.issues)}`;
  } catch (error) {
    return `อ่านข้อมูลหน่วยงาน ${path} ไม่ได้ (cannot read the profile: ${error instanceof Error ? error.message : error})`;
  }
}

/** Writes the report; the one line that says why it could not be written, or undefined. */
function writeOut(path: string, bytes: Uint8Array, io: CliIo): string | undefined {
  try {
    io.writeFile(path, bytes);
    return undefined;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const why: Readonly<Record<string, string>> = {
      ENOENT: 'ไม่มีโฟลเดอร์นี้ (the folder does not exist)',
      EACCES: 'ไม่มีสิทธิ์เขียน (permission denied)',
      EISDIR: 'เป็นโฟลเดอร์ ไม่ใช่ไฟล์ (it is a folder)',
      ENOTDIR: 'ส่วนหนึ่งของที่อยู่ไม่ใช่โฟลเดอร์ (a part of the path is not a folder)',
    };
    const reason = why[code] ?? (error instanceof Error ? error.message : String(error));
    return `เขียนไฟล์ ${path} ไม่ได้: ${reason} (cannot write ${path})`;
  }
}

async function runReport(
  options: ReportOptions,
  text: string,
  profile: Profile | undefined,
  io: CliIo,
): Promise<number> {
  try {
    const workbook = reportWorkbook({
      kind: options.kind,
      text,
      thaiDigits: options.thaiDigits,
      ...(options.round === undefined ? {} : { round: options.round }),
      ...(profile ? { profile } : {}),
    });
    const written = writeOut(
      options.out,
      await memoryWorkbookToXlsx(workbook, { reportsAlone: !options.withSources }),
      io,
    );
    if (written !== undefined) {
      io.err(`ita-sheets: ${written}`);
      return 2;
    }
    const tabs = options.withSources ? workbook.getSheets() : [workbook.getActiveSheet()];
    io.out(`${options.out}: ${tabs.map((sheet: { getName(): string }) => sheet.getName()).join(' · ')}`);
    return 0;
  } catch (error) {
    if (error instanceof OperationError) {
      io.err(`ita-sheets: ${options.file}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

/** Runs one command line; returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`ita-sheets: ${options}`);
    return 2;
  }
  const bytes = await readBytes(options.file, io);
  if (typeof bytes === 'string') {
    io.err(`ita-sheets: ${bytes}`);
    return 2;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    io.err(`ita-sheets: ${options.file}: ${decoded.th} (${decoded.en})`);
    return 2;
  }
  const profile = options.profile === undefined ? undefined : readProfile(options.profile, io);
  if (typeof profile === 'string') {
    io.err(`ita-sheets: ${profile}`);
    return 2;
  }
  if (options.command === 'report') return runReport(options, decoded.text, profile, io);
  if (options.command === 'rollover') {
    const rolled = rolloverDocument({ ...options, text: decoded.text });
    if (typeof rolled === 'string') {
      io.err(`ita-sheets: ${options.file}: ${rolled}`);
      return 2;
    }
    const warnings = rolled.warnings.map((w) => withMessage(rolled.type, w));
    io.out(
      JSON.stringify(
        { type: rolled.type, header: rolled.header, records: rolled.records, warnings },
        null,
        2,
      ),
    );
    return 0;
  }
  const structured = structureDocument(options.type, decoded.text, {
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    ...(options.fiscalYear === undefined ? {} : { fiscalYear: options.fiscalYear }),
  });
  if (!structured.ok) {
    const words = describeProblem(structured.problem);
    io.err(`ita-sheets: ${options.file} ${words.th} (${options.file} ${words.en})`);
    return 2;
  }
  const doc = structured.value;
  if (options.command === 'structure') {
    const warnings = doc.warnings.map((w) => withMessage(doc.type, w));
    const kept = doc.keptColumns ? { keptColumns: doc.keptColumns } : {};
    io.out(
      JSON.stringify(
        { type: doc.type, header: doc.header, records: doc.records, ...kept, warnings },
        null,
        2,
      ),
    );
    return 0;
  }
  const type = DOCUMENT_TYPES[doc.type];
  const findings = [
    ...doc.warnings,
    ...validateDocument(type, doc.header, doc.records, profile ? { profile } : {}),
  ];
  for (const finding of findings) io.out(findingMessage(type, finding));
  const errors = findings.filter((f) => f.severity === 'error').length;
  io.out(
    `${options.file}: ${type.recordTh} ${doc.records.length} รายการ · ข้อผิดพลาด ${errors} · คำเตือน ${findings.length - errors}` +
      ` (${doc.records.length} ${type.recordEn}s, ${errors} errors, ${findings.length - errors} warnings)`,
  );
  return hasErrors(findings) ? 1 : 0;
}
