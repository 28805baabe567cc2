/**
 * Numbered lists inside one cell, as officers write them: `๑. … ๒. …` run together on one line,
 * `1.…` without a space, `(๑) …`, `1) …`, `- …`, `• …`, or one item per line. The sheet keeps a
 * list as one item per line; reports number it again.
 */

import { toArabicDigits, toThaiDigits } from './digits';

// A marker at the start of a line: (1) · 1. · 1) · 3.1 (a sub-number) · a bullet.
const LINE_MARKER =
  /^(?:\(\s*([0-9๐-๙]{1,3})\s*\)|([0-9๐-๙]{1,3})[.)](?![0-9๐-๙])|[0-9๐-๙]{1,3}\.[0-9๐-๙]{1,2}[.)]?(?=\s)|[-–•·*▪●○](?=\s|[^-–\s0-9๐-๙]))\s*/;
// A numbered marker inside a line, after a space or at its start: "… ๒.เผยแพร่", "… (3) …".
// A marker must have text after it: "ข้อ 2." at the end of a line is a sentence, not an item.
const INLINE_MARKER = /(^|\s)(?:\(\s*([0-9๐-๙]{1,3})\s*\)|([0-9๐-๙]{1,3})[.)](?![0-9๐-๙]))(?=\s*\S)/g;

export interface ListItemMarker {
  /** The marker's number, or undefined for a bullet or a sub-number such as 3.1. */
  readonly number: number | undefined;
  /** The marker's text as written, with the spaces after it. */
  readonly text: string;
  /** True for a sub-number such as 3.1, which a decimal like 2.5 also looks like. */
  readonly subNumber: boolean;
}

/** The list marker a line starts with, if any. */
export function lineMarker(line: string): ListItemMarker | undefined {
  const m = LINE_MARKER.exec(line);
  if (!m) return undefined;
  const digits = m[1] ?? m[2];
  const number = digits === undefined ? undefined : Number(toArabicDigits(digits));
  return { number, text: m[0], subNumber: number === undefined && /^[0-9๐-๙]/.test(m[0]) };
}

interface InlineSplit {
  /** The text before the first marker. */
  readonly head: string;
  /** The items that follow markers. */
  readonly items: readonly string[];
  /** The number the next marker must have. */
  readonly next: number;
}

/**
 * Splits one line at numbered markers that continue the count (`๑.… ๒.… ๓.…`), so that "ปีละ ๒ ครั้ง"
 * or "ฉบับที่ 3." inside an item never starts a new one: only the next number in sequence does.
 */
function splitInline(line: string, next: number): InlineSplit {
  const cuts: { at: number; end: number }[] = [];
  let expected = next;
  for (const m of line.matchAll(INLINE_MARKER)) {
    if (Number(toArabicDigits(m[2] ?? m[3] ?? '')) !== expected) continue;
    const start = m.index ?? 0;
    cuts.push({ at: start + (m[1]?.length ?? 0), end: start + m[0].length });
    expected += 1;
  }
  const head = line.slice(0, cuts[0]?.at ?? line.length).trim();
  const items = cuts.map((cut, i) => line.slice(cut.end, cuts[i + 1]?.at ?? line.length).trim());
  return { head, items, next: expected };
}

/**
 * Inline markers of a line that does not start with one: only a run of at least two in sequence
 * makes a list ("งาน ๑. … ๒. …"); a lone "๑." inside a sentence stays text.
 */
function splitUnmarked(line: string, next: number): InlineSplit {
  const split = splitInline(line, next);
  return split.items.length >= 2 ? split : { head: line, items: [], next };
}

/**
 * The items of a list written in one cell. With markers, an unmarked line continues the item above
 * (a line wrapped in the original); without any, each line is an item. Markers are dropped; no
 * other text is — except in a list that mixes a bullet lead line with numbered items, whose markers
 * are kept as written (its numbering is the document's own).
 */
export function splitList(text: string): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const marked = lines.some(
    (line) => lineMarker(line) !== undefined || splitUnmarked(line, 1).items.length > 0,
  );
  if (!marked) return lines;
  if (leadAndNumbers(lines)) return keptMarkers(lines);
  const items: string[] = [];
  let next = 1;
  for (const line of lines) {
    const marker = lineMarker(line);
    if (marker?.number !== undefined) next = marker.number + 1;
    const split = marker ? splitInline(line.slice(marker.text.length), next) : splitUnmarked(line, next);
    next = split.next;
    if (marker || items.length === 0) items.push(split.head);
    else if (split.head !== '') items[items.length - 1] = `${items[items.length - 1]} ${split.head}`.trim();
    items.push(...split.items);
  }
  return items.map(stripMarkers).filter((item) => item !== '');
}

/**
 * True for a list whose lines mix a bullet lead line ("- เฝ้าระวังป้องกันการทุจริต…") with numbered
 * items (๑. … ๕.): its own numbering is part of its text, and numbering it again would renumber it.
 */
function leadAndNumbers(lines: readonly string[]): boolean {
  const markers = lines.map(lineMarker);
  const first = markers[0];
  // A bullet first, then numbers: not sub-bullets under numbered items (1. … - … - … 2. …).
  return (
    first !== undefined &&
    first.number === undefined &&
    !first.subNumber &&
    markers.some((m) => m?.number !== undefined)
  );
}

/** The items of a list kept with their own markers, as written: an unmarked line continues the item above. */
function keptMarkers(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    const marker = lineMarker(line);
    if (marker || items.length === 0) {
      items.push(marker ? `${marker.text.trim()} ${line.slice(marker.text.length).trim()}`.trim() : line);
    } else items[items.length - 1] = `${items[items.length - 1]} ${line}`;
  }
  return items;
}

/** An item never starts with a marker of its own ("๑. 1) …" is one item, "…"): markers are not text. */
function stripMarkers(item: string): string {
  let rest = item;
  for (
    let marker = lineMarker(rest);
    marker && !marker.subNumber && marker.text.length < rest.length;
    marker = lineMarker(rest)
  ) {
    rest = rest.slice(marker.text.length);
  }
  return rest.trim();
}

/** A list as the sheet keeps it: one item per line. */
export function joinList(items: readonly string[]): string {
  return items.join('\n');
}

/** A list numbered for a report: `๑. …` (Thai digits) or `1. …`, one item per line. */
export function numberList(items: readonly string[], digits: 'thai' | 'arabic' = 'thai'): string {
  return items
    .map((item, i) => `${digits === 'thai' ? toThaiDigits(String(i + 1)) : i + 1}. ${item}`)
    .join('\n');
}
