/**
 * The words of a paste that a structured document lost: every word of the source (markup removed,
 * digits read as Arabic) must appear in the document's fields as often as in the source, except
 * list markers and the words the caller names as labels (a repeated header row, a form's field
 * headings, a memo's fixed phrases).
 */

import type { StructuredDocument } from '../../src/core/structure/structured-document';
import { toArabicDigits } from '../../src/core/thai/digits';
import { cleanText } from '../../src/core/thai/markup';

// ๑. 1. 1) (1) 3.1 3.1. and bullets, glued to the word they mark or standing alone.
const MARKER = /^(?:\(?[0-9]{1,3}(?:\.[0-9]{1,2})?[.)]\)?|[-–•·*▪●○])/;

function words(text: string): string[] {
  return (
    toArabicDigits(cleanText(text))
      .split(/\s+/)
      // A cell quoted in tab-separated text ("สำนักปลัด\nกองช่าง") wears quotes the paste adds.
      .map((w) => w.replace(/^"+|"+$/g, '').replace(MARKER, ''))
      .filter((w) => w !== '')
  );
}

/** All the text a structured document keeps, header and records. */
export function documentText(doc: StructuredDocument): string {
  const values: unknown[] = [
    ...Object.values(doc.header),
    ...doc.records.flatMap((r) => Object.values(r)),
    ...(doc.keptColumns ?? []).flatMap((c) => [c.heading, ...c.values]),
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
