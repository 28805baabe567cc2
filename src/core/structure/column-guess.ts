/**
 * The columns of a pasted table as the officer maps them: each with its first values and a guessed
 * field. With a header row, each heading names its field; without one, the content does: small
 * numbers are the number, dates the period, unit names the responsible, web addresses the URL, o1
 * codes the item, numbered lists the list fields, the longest text the record's key text.
 */

import type { DocumentType } from '../documents/document-type';
import type { FieldKind, FieldSpec } from '../documents/field';
import { readOitStatus } from '../oit/oit-status';
import { lineMarker, splitList } from '../thai/numbered-list';
import { parsePeriod } from '../thai/period';
import { THAI_MONTHS_SHORT } from '../thai/thai-months';
import {
  type ColumnMapping,
  looksLikeHeader,
  isTitleRow,
  KEEP_ASIDE,
  pasteWidth,
  tableRulesOf,
} from './column-mapping';
import { matchHeading } from './header-match';
import { cellText, pastedRows } from './paste';
import type { TableRules } from './rules';
import type { PastedRows } from './structured-document';

/** A pasted column: its place (1-based), its heading when the paste has one, its first values, its guess. */
export interface PastedColumn {
  readonly column: number;
  readonly heading?: string;
  readonly samples: readonly string[];
  /** A field key, or KEEP_ASIDE when no field seems to fit. */
  readonly guess: string;
}

export interface PastedColumns {
  /** True when a header row was found; its headings made the guesses. */
  readonly headed: boolean;
  readonly columns: readonly PastedColumn[];
}

/** Values shown per column, and values read to guess from. */
const SAMPLES = 3;
const READ = 30;
const MAX_SAMPLE_LENGTH = 80;
const GUESS_ROWS = 200;

/** What a cell's text looks like, as field kinds in order of preference; undefined for plain text. */
const LOOKS: readonly { readonly kinds: readonly FieldKind[]; readonly test: (text: string) => boolean }[] = [
  { kinds: ['ordinal', 'code'], test: (t) => /^[0-9๐-๙]{1,3}\.?$/.test(t) },
  { kinds: ['code'], test: (t) => /^(?:oit|o)\s?-?\s?[0-9๐-๙]{1,3}$/i.test(t) },
  { kinds: ['url'], test: (t) => /^(?:https?:\/\/|www\.)\S+$/i.test(t) },
  { kinds: ['status'], test: (t) => readOitStatus(t) !== undefined },
  { kinds: ['sub-indicator'], test: (t) => /^[0-9๐-๙]{1,2}\.[0-9๐-๙]{1,2}(?:\s|$)/.test(t) },
  {
    kinds: ['period', 'date'],
    test: (t) =>
      parsePeriod(t).ok ||
      (t.length <= 60 && THAI_MONTHS_SHORT.some((m) => t.includes(m))) ||
      (t.length <= 30 && /ตลอดปี|ปีงบประมาณ|ไตรมาส/.test(t)),
  },
  {
    kinds: ['units'],
    test: (t) =>
      t.length <= 80 &&
      t
        .split(/\n|,/)
        .map((u) => u.trim())
        .filter((u) => u !== '')
        .every((u) => /^(?:สำนัก|กอง|งาน|ฝ่าย|ส่วน|ทุกกอง|ทุกส่วน|หน่วยตรวจสอบ|คณะทำงาน|ปลัด|รองปลัด)/.test(u)),
  },
  { kinds: ['list'], test: (t) => lineMarker(t)?.number !== undefined && splitList(t).length >= 2 },
];

/** The kinds a column's values look like: those of the first look most of its values pass. */
function columnLooks(values: readonly string[]): readonly FieldKind[] | 'text' | 'empty' {
  if (values.length === 0) return 'empty';
  for (const look of LOOKS) {
    const passing = values.filter((v) => look.test(v)).length;
    if (passing * 3 >= values.length * 2) return look.kinds;
  }
  return 'text';
}

/** The rows above the table: up to its header, or the one-cell title rows of a header-less paste. */
function tableStart(rows: readonly (readonly string[])[], isHeader: (cells: readonly string[]) => boolean) {
  const header = rows.findIndex(isHeader);
  if (header >= 0) return { header, first: header + 1 };
  const first = rows.findIndex((cells) => cells.some((c) => c !== '') && !isTitleRow(cells));
  return { header: -1, first: first < 0 ? rows.length : first };
}

/** The guessed mapping of a header row: each heading's field, once; KEEP_ASIDE for the others. */
function guessFromHeader(type: DocumentType, cells: readonly string[], width: number): string[] {
  const taken = new Set<string>();
  return Array.from({ length: width }, (_, c) => {
    const field = matchHeading(
      cells[c] ?? '',
      type.fields.filter((f) => !taken.has(f.key)),
    );
    if (!field) return KEEP_ASIDE;
    taken.add(field.key);
    return field.key;
  });
}

/** Values that start with the records' numbers, ๑. ๒. ๓. …: the key text holding its number (the measure). */
function numberedInOrder(values: readonly string[]): boolean {
  const numbers = values.flatMap((v) => lineMarker(v)?.number ?? []);
  if (numbers.length < 2 || numbers.length * 3 < values.length * 2) return false;
  return numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0));
}

/** The guessed mapping from the columns' values. */
function guessFromContent(
  type: DocumentType,
  rules: TableRules | undefined,
  values: readonly string[][],
): string[] {
  const keys = rules?.keys ?? [];
  const guess: string[] = values.map(() => KEEP_ASIDE);
  const free = new Set(type.fields.map((f) => f.key));
  const take = (c: number, field: FieldSpec | undefined) => {
    if (!field) return false;
    guess[c] = field.key;
    free.delete(field.key);
    return true;
  };
  const freeOfKind = (kind: FieldKind) => type.fields.find((f) => f.kind === kind && free.has(f.key));
  const looks = values.map(columnLooks);
  const texts: number[] = [];
  const numbered = rules?.numberedField;
  looks.forEach((kinds, c) => {
    if (kinds === 'empty') return;
    if (numbered && free.has(numbered) && numberedInOrder(values[c] ?? [])) {
      take(
        c,
        type.fields.find((f) => f.key === numbered),
      );
      return;
    }
    if (kinds === 'text') {
      texts.push(c);
      return;
    }
    if (!kinds.some((kind) => take(c, freeOfKind(kind)))) texts.push(c);
  });
  // The column of most text is the record's key text (the measure, the standard, the item's title) …
  const length = (c: number) => (values[c] ?? []).reduce((n, v) => n + v.length, 0);
  const keyText =
    type.fields.find((f) => keys.includes(f.key) && f.kind === 'text') ??
    type.fields.find((f) => f.kind === 'text');
  const longest = [...texts].sort((a, b) => length(b) - length(a))[0];
  if (longest !== undefined && keyText && free.has(keyText.key)) take(longest, keyText);
  // … and the other text columns the free text and list fields, in the document's order.
  for (const c of texts) {
    if (guess[c] !== KEEP_ASIDE) continue;
    take(
      c,
      type.fields.find((f) => free.has(f.key) && (f.kind === 'text' || f.kind === 'list')),
    );
  }
  return guess;
}

/** The pasted columns of a table of `type`, with their first values and guessed fields. */
export function pastedColumns(type: DocumentType, input: string | PastedRows): PastedColumns {
  const rules = tableRulesOf(type.id);
  const all = pastedRows(input);
  const width = pasteWidth(all);
  // The first rows show what the columns are: a long paste is not read whole to guess.
  const rows = all.slice(0, GUESS_ROWS).map((row) => Array.from(row, cellText));
  const isHeader = (cells: readonly string[]) =>
    rules !== undefined && looksLikeHeader(type, rules.keys, cells);
  const { header, first } = tableStart(rows, isHeader);
  const body = rows.slice(first).filter((cells) => !isHeader(cells));
  const values = Array.from({ length: width }, (_, c) =>
    body
      .map((cells) => (cells[c] ?? '').trim())
      .filter((v) => v !== '')
      .slice(0, READ),
  );
  const headerCells = header >= 0 ? rows[header] : undefined;
  const guess: ColumnMapping = headerCells
    ? guessFromHeader(type, headerCells, width)
    : guessFromContent(type, rules, values);
  return {
    headed: headerCells !== undefined,
    columns: values.map((column, c) => {
      const heading = headerCells?.[c]?.trim();
      return {
        column: c + 1,
        ...(heading ? { heading } : {}),
        samples: column
          .slice(0, SAMPLES)
          .map((v) => (v.length > MAX_SAMPLE_LENGTH ? `${v.slice(0, MAX_SAMPLE_LENGTH)}…` : v)),
        guess: guess[c] ?? KEEP_ASIDE,
      };
    }),
  };
}
