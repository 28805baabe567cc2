/** Reading a record's fields as a report writes them: text, lists numbered again, ordinals. */

import type { DocumentRecord } from '../documents/document-type';
import { decimalToInteger } from '../numbers/decimal';
import { parseNumberText } from '../numbers/read-number';
import { lineMarker, numberList, splitList } from '../thai/numbered-list';

/** A field as text: a list's items one a line; blank when absent. */
export function fieldText(record: DocumentRecord, key: string): string {
  const value = record[key];
  if (value === undefined) return '';
  return typeof value === 'string' ? value.trim() : value.map((item) => item.trim()).join('\n');
}

/** A list field's items; a list kept as text (one item a line, or numbered in one line) is split. */
export function fieldList(record: DocumentRecord, key: string): readonly string[] {
  const value = record[key];
  if (value === undefined) return [];
  const items = typeof value === 'string' ? splitList(value) : value.map((item) => item.trim());
  return items.filter((item) => item !== '');
}

/**
 * A list numbered `1. …` one a line (the sheet's digits are chosen later, over the whole report); a
 * list that keeps its own markers (a lead line "- …" and its ๑–๕, see splitList) is written as it is.
 */
export function numbered(items: readonly string[]): string {
  if (items.some((item) => lineMarker(item) !== undefined)) return items.join('\n');
  return numberList(items, 'arabic');
}

/** The whole number an ordinal cell holds (`3`, `๓`, `3.`), or undefined. */
export function ordinalOf(text: string): number | undefined {
  const decimal = parseNumberText(text.trim().replace(/\.$/, ''));
  const whole = decimal && decimalToInteger(decimal);
  return whole !== undefined && whole > 0n && whole < 100_000n ? Number(whole) : undefined;
}

/** A record's number as the report shows it: the number written, else its position from 1. */
export function recordNumber(record: DocumentRecord, index: number): number | string {
  const written = fieldText(record, 'no');
  if (written === '') return index + 1;
  return ordinalOf(written) ?? written;
}

// A gloss in brackets with no Thai in it and a lowercase word: " (weights stated by the NACC)".
const ENGLISH_GLOSS = /\s*\((?=[^()]*[a-z]{2})[^()\u0e00-\u0e7f]*\)/g;
// A gloss after the Thai inside brackets: "(บางส่วนยังไม่ยืนยัน: not fully verified)".
const INNER_GLOSS = /:\s*(?=[^()]*[a-z]{2})[^()\u0e00-\u0e7f]*(?=\))/g;

/**
 * The Thai of one of the add-in's own messages, its English gloss left out: what prints is Thai only.
 * Never for an officer's text, which prints as written.
 */
export function thaiPart(message: string): string {
  return message.replace(ENGLISH_GLOSS, '').replace(INNER_GLOSS, '').trim();
}
