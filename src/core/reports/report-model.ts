/**
 * The report model: what a report says, before it is laid out — its title lines, organization line,
 * tables (with their header rows and what each column holds), the action plan's forms, notes, the
 * chart's data and the signature block. Each report kind makes one; the print view renders it
 * (print-view.ts), and a tab can be laid out from it (model-sheet.ts).
 *
 * Text is kept as the document writes it: its own digits and numbering. Numbers the add-in computes
 * are written with Arabic digits; a renderer asked for Thai digits writes every digit the Thai way.
 */

import type { ReportKindId } from './report-options';

/** What a column holds: it chooses the alignment and how wide the column may grow. */
export type ColumnRole =
  /** A record's number or a short code: narrow, centred. */
  | 'number'
  /** A short value (a period, a status, a date): centred, kept narrow. */
  | 'short'
  /** Free text: takes the room its text needs. */
  | 'text'
  /** A list, one item a line. */
  | 'list'
  /** An amount of baht: right-aligned, never wrapped. */
  | 'amount'
  /** A score or a count: centred, never wrapped. */
  | 'score';

export interface ModelColumn {
  /** The header's text; a line break in it is kept, and the column is then as narrow as its longest line. */
  readonly label: string;
  readonly role: ColumnRole;
}

/** How a cell is marked: a warning (red), in progress (amber), a muted note. */
export type CellTone = 'warning' | 'inProgress';

/** A cell: its text (lines split at \n), and optionally a tone. */
export interface ModelCell {
  readonly text: string;
  readonly tone?: CellTone;
}

/** A row of a table: a record, a group's head (shaded, bold) or a total (bold). */
export interface ModelRow {
  readonly cells: readonly (ModelCell | string)[];
  readonly kind?: 'record' | 'group' | 'total';
  /** A cell spanning the columns after it, as `[column index, span]`. */
  readonly span?: readonly [number, number];
}

export interface ModelTable {
  readonly kind: 'table';
  readonly columns: readonly ModelColumn[];
  readonly rows: readonly ModelRow[];
}

/** The action plan's ten-field form of one project: its head, then a label and a value a line. */
export interface ModelForm {
  readonly kind: 'form';
  readonly title: string;
  readonly fields: readonly { readonly label: string; readonly value: string }[];
}

export interface ModelHeading {
  readonly kind: 'heading';
  readonly text: string;
}

/** Lines of small print under a table (the ITA analysis' footnotes). */
export interface ModelNotes {
  readonly kind: 'notes';
  readonly lines: readonly string[];
}

/** A numbered or plain list of paragraphs (the guidelines), or label–value lines. */
export interface ModelLines {
  readonly kind: 'lines';
  readonly lines: readonly { readonly label: string; readonly value: string }[];
}

/** A bar chart: a bar per item against a pass mark drawn as a line. */
export interface ModelChart {
  readonly kind: 'chart';
  readonly title: string;
  readonly passMark: number;
  readonly max: number;
  readonly bars: readonly { readonly label: string; readonly name: string; readonly value: number | null }[];
}

export type ModelBlock = ModelTable | ModelForm | ModelHeading | ModelNotes | ModelLines | ModelChart;

/**
 * What a model is of: one of the catalog's document reports, or the district's roll-up (made from a
 * Rollup, not from a document, so it is no report kind of the catalog: src/core/reports/models/rollup-model.ts).
 */
export type ReportModelKind = ReportKindId | 'rollup';

/** One report, as data. */
export interface ReportModel {
  readonly kind: ReportModelKind;
  /** The tab's name. */
  readonly name: string;
  /** The title lines, the first the report's title. */
  readonly titles: readonly string[];
  readonly organization: string;
  /** Lines under the organization (the readiness report's "as of"). */
  readonly subtitles?: readonly string[];
  readonly landscape: boolean;
  readonly blocks: readonly ModelBlock[];
  /** The signature block's lines (ลงชื่อ …, the name, ตำแหน่ง …), or none. */
  readonly signature?: readonly string[];
  readonly thaiDigits: boolean;
}

/** A cell's text and tone, whether written as a string or a cell. */
export function cellOf(cell: ModelCell | string): ModelCell {
  return typeof cell === 'string' ? { text: cell } : cell;
}

/** The number of a record as the document writes it, else its position from 1. */
export function writtenNumber(written: string, index: number): string {
  const trimmed = written.trim();
  return trimmed === '' ? String(index + 1) : trimmed;
}

/** Whole digits with a comma every three from the right: 1234567 → 1,234,567. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** An amount of baht from satang: 1,234.50. */
export function bahtText(satang: bigint): string {
  const sign = satang < 0n ? '-' : '';
  const magnitude = satang < 0n ? -satang : satang;
  return `${sign}${groupThousands((magnitude / 100n).toString())}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}

/** A score from hundredths: 77.21. */
export function hundredthsText(hundredths: bigint): string {
  const sign = hundredths < 0n ? '-' : '';
  const magnitude = hundredths < 0n ? -hundredths : hundredths;
  return `${sign}${(magnitude / 100n).toString()}.${(magnitude % 100n).toString().padStart(2, '0')}`;
}
