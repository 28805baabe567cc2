/**
 * The words of a paste that a structured document lost: every word of the source (markup removed,
 * PDF slips repaired, digits read as Arabic) must appear in the document's fields, kept columns or
 * warnings as often as in the source, except
 * list markers and the words the caller names as labels (a repeated header row, a form's field
 * headings, a memo's fixed phrases).
 */

import type { StructuredDocument } from '../../src/core/structure/structured-document';
import { toArabicDigits } from '../../src/core/thai/digits';
import { cleanText } from '../../src/core/thai/markup';
import { repairThai } from '../../src/core/thai/text-repair';

// ๑. 1. 1) (1) 3.1 3.1. and bullets, glued to the word they mark or standing alone.
const MARKER = /^(?:\(?[0-9]{1,3}(?:\.[0-9]{1,2})?[.)]\)?|[-–•·*▪●○])/;

function words(text: string): string[] {
  return (
    toArabicDigits(cleanText(repairThai(text)))
      .split(/\s+/)
      // A cell quoted in tab-separated text ("สำนักปลัด\nกองช่าง") wears quotes the paste adds.
      .map((w) => w.replace(/^"+|"+$/g, '').replace(MARKER, ''))
      .filter((w) => w !== '')
  );
}

/** Every string inside a value: a warning's problem lists the text it names (a heading, a line). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * All the text a structured document keeps, header, records and kept columns, and the text its
 * warnings list (the lines after a table, a kept column's heading): what the officer is shown.
 */
export function documentText(doc: StructuredDocument): string {
  const values: unknown[] = [
    ...Object.values(doc.header),
    ...doc.records.flatMap((r) => Object.values(r)),
    ...(doc.keptColumns ?? []).flatMap((c) => [c.heading, ...c.values]),
    ...doc.warnings.flatMap((w) => strings(w.problem)),
  ];
  return values.flat().map(String).join('\n');
}

/**
 * The source's words missing from the document, in source order (empty when nothing is lost).
 * A word of `labels` may be dropped wherever it appears: use it for the document's fixed wording only.
 */
export function lostWords(source: string, doc: StructuredDocument, labels: readonly string[] = []): string[] {
  const kept = new Map<string, number>();
  for (const w of words(documentText(doc))) kept.set(w, (kept.get(w) ?? 0) + 1);
  const labelWords = new Set(labels.flatMap(words));
  const lost: string[] = [];
  for (const w of words(source)) {
    if (labelWords.has(w)) continue;
    const left = kept.get(w) ?? 0;
    if (left > 0) kept.set(w, left - 1);
    else lost.push(w);
  }
  return lost;
}
