/**
 * Recognises a table's header row, which repeats at every page break and whose wording varies
 * between documents, pages and scans: a cell names a field when the field's words cover most of it,
 * read after dropping filler words (ที่ การ ใน และ หรือ ของ) and Latin glosses ("ผลลัพธ์ (Outcome)"),
 * allowing a slip of a letter or two (มาตราการ, ผู้รับผิดขอบ), with the synonyms of header-synonyms.ts.
 * A row is a header when it names the key field and most of its cells name fields; the cells that
 * name none are kept columns, never dropped.
 */

import type { FieldSpec } from '../documents/field';
import { toArabicDigits } from '../thai/digits';
import { repairThai } from '../thai/text-repair';
import { HEADER_SYNONYMS } from './header-synonyms';

/** Cells longer than this are content, never a column heading. */
const MAX_HEADING_LENGTH = 60;

// Words that join a heading's words and say nothing of its field: dropped from headings and field
// words alike, so "หน่วยงานที่รับผิดชอบ" reads as "หน่วยงานรับผิดชอบ" and "ระยะเวลาในการดำเนินการ" as
// "ระยะเวลา". Dropped inside words too (พื้นที่ → พื้น), the same way on both sides.
const FILLER = /ดำเนินการ|ดำเนินงาน|เพื่อ|ที่|การ|ใน|และ|หรือ|ของ/g;

const THAI = /[\u0e01-\u0e4f]/;

/** A heading's letters: markers, digits, punctuation and Latin glosses removed; with and without filler words. */
function letters(text: string): { meaningful: string; all: string } {
  const repaired = toArabicDigits(repairThai(text));
  // "ผลลัพธ์ (Outcome)", "ผู้รับผิดชอบ Responsible": the Latin is a gloss when Thai names the column.
  const thai = THAI.test(repaired) ? repaired.replace(/[A-Za-z]+/g, '') : repaired.toLowerCase();
  const all = thai.replace(/[\s\d.,:;()[\]{}/\\\-–—_"'“”‘’*#•·|]+/g, '');
  const meaningful = all.replace(FILLER, '');
  // A heading that is only filler ("ที่", the ordinal column of some tables) keeps its words.
  return { meaningful: meaningful === '' ? all : meaningful, all };
}

/** A heading's letters without filler words: what is compared with a field's words. */
function normalize(text: string): string {
  return letters(text).meaningful;
}

/**
 * The Levenshtein distance of two headings if it is at most `max`, else max + 1: only the band of
 * the table within `max` of its diagonal is computed, and it stops as soon as a row exceeds it.
 */
function distanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const far = max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : far));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(far);
    current[0] = i <= max ? i : far;
    let best = current[0];
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? far) + 1,
        (current[j - 1] ?? far) + 1,
        (previous[j - 1] ?? far) + cost,
      );
      current[j] = Math.min(value, far);
      if (value < best) best = value;
    }
    if (best > max) return far;
    previous = current;
  }
  return Math.min(previous[b.length] ?? far, far);
}

/** Letters a word may differ by and still be the word: none for short words, where a slip is another word. */
function slips(word: string): number {
  if (word.length >= 9) return 2;
  return word.length >= 5 ? 1 : 0;
}

/**
 * Where `word` occurs in `text` with at most `k` slips (Sellers' approximate search): the end of
 * each best match, with its start estimated by the word's length.
 */
function approximateMatches(text: string, word: string, k: number): [number, number][] {
  const found: [number, number][] = [];
  // column[i]: the distance of word[0..i) to the best substring of text ending here.
  let column = Array.from({ length: word.length + 1 }, (_, i) => i);
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    for (let i = 1; i <= word.length; i++) {
      const cost = word[i - 1] === text[j - 1] ? 0 : 1;
      next.push(Math.min((column[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1, (column[i - 1] ?? 0) + cost));
    }
    column = next;
    if ((column[word.length] ?? k + 1) <= k) found.push([Math.max(0, j - word.length), j]);
  }
  return found;
}

interface FieldWords {
  /** The official heading without filler, and with it. */
  readonly whole: string;
  readonly wholeAll: string;
  readonly words: readonly string[];
}

const wordsCache = new WeakMap<FieldSpec, FieldWords>();

function fieldWords(field: FieldSpec): FieldWords {
  let cached = wordsCache.get(field);
  if (!cached) {
    const written = [field.th, ...field.headerWords, ...(HEADER_SYNONYMS[field.key] ?? [])];
    const words = [...new Set(written.map(normalize).filter((w) => w !== ''))];
    const th = letters(field.th);
    cached = { whole: th.meaningful, wholeAll: th.all, words };
    wordsCache.set(field, cached);
  }
  return cached;
}

/** 1 − the share of letters that differ, for words long enough that a slip is not another word. */
function similarity(a: string, b: string): number {
  if (a.length < 5 || b.length < 5) return 0;
  const longer = Math.max(a.length, b.length);
  // Most cells are content, and this is checked for each: the band stops at the largest distance allowed.
  const max = Math.floor(longer * (1 - SIMILAR) + 1e-9);
  const d = distanceWithin(a, b, max);
  return d > max ? 0 : 1 - d / longer;
}

/**
 * True when `word` may occur in `text` with at most `k` slips: cut into k + 1 pieces, one of them
 * occurs exactly (each slip spoils at most one piece). A cheap test before the approximate search.
 */
function mayOccur(text: string, word: string, k: number): boolean {
  const size = Math.floor(word.length / (k + 1));
  for (let i = 0; i <= k; i++) {
    const piece = word.slice(i * size, i === k ? word.length : (i + 1) * size);
    if (text.includes(piece)) return true;
  }
  return false;
}

const SIMILAR = 0.8;
const EXACT = 1.01;

/**
 * Share of a heading a field's words cover, exactly or with a slip: 1 when the heading is the
 * field's. `all` is the heading with its filler words, compared whole with the official heading:
 * a slip in a short word ("กลการดำเนินการ") leaves too little for the words to recognise.
 */
function coverage(heading: string, field: FieldSpec, all = heading): number {
  const { whole, wholeAll, words } = fieldWords(field);
  // The official heading itself, filler and all, beats a field whose words it merely contains
  // ("ตัวชี้วัดที่" is the ordinal column of the analysis, though it holds the word ตัวชี้วัด).
  if (all === wholeAll) return EXACT;
  const similar = Math.max(similarity(heading, whole), similarity(all, wholeAll));
  if (similar >= SIMILAR) return similar;
  if (abbreviates(heading, [whole, ...words])) return ABBREVIATION;
  // A heading shortened from a field's own ("ระยะเวลา ดำเนินการ" of "ช่วงระยะเวลาดำเนินการ").
  let part = 0;
  for (const w of words)
    if (heading.length >= 4 && w.includes(heading)) part = Math.max(part, heading.length / w.length);
  const covered = new Uint8Array(heading.length);
  const missed: string[] = [];
  for (const w of words) {
    let found = false;
    for (let at = heading.indexOf(w); at >= 0; at = heading.indexOf(w, at + w.length)) {
      covered.fill(1, at, at + w.length);
      found = true;
    }
    if (!found) missed.push(w);
  }
  for (const w of missed) {
    const k = slips(w);
    if (k === 0 || !mayOccur(heading, w, k)) continue;
    for (const [from, to] of approximateMatches(heading, w, k)) covered.fill(1, from, to);
  }
  return Math.max(part, covered.reduce((sum, c) => sum + c, 0) / heading.length);
}

/** The score of a heading shortened with ฯ from the field's own: a little less than a slip. */
const ABBREVIATION = 0.9;
const PAIYANNOI = 'ฯ';

/**
 * True when `heading` shortens one of `words` with ฯ (ไปยาลน้อย), as later pages of a table often do:
 * "มาตรการส่งเสริมคุณธรรมฯ" of มาตรการส่งเสริมคุณธรรมและความโปร่งใส, "การกำกับฯ" of การกำกับติดตาม.
 * The text before ฯ starts the word (four letters at least) and any text after it follows in order.
 */
function abbreviates(heading: string, words: readonly string[]): boolean {
  if (!heading.includes(PAIYANNOI) || heading.includes('ฯลฯ')) return false;
  const [stem = '', ...rest] = heading.split(PAIYANNOI).filter((p) => p !== '');
  if (stem.length < 4 || !heading.startsWith(stem)) return false;
  return words.some((word) => {
    if (!word.startsWith(stem)) return false;
    let at = stem.length;
    for (const part of rest) {
      at = word.indexOf(part, at);
      if (at < 0) return false;
      at += part.length;
    }
    return true;
  });
}

// A heading is mostly its field's words; a short content cell ("ติดตามผลปีละ ๒ ครั้ง") only mentions one.
const MIN_COVERAGE = 0.6;

/**
 * The ways a cell may name a field, each with how much to trust it: the whole cell, then its parts
 * apart from a Thai qualifier in parentheses ("ผลการดำเนินงาน (เชิงปริมาณ)") and its alternatives
 * either side of a slash ("ผู้รับผิดชอบ/ผู้ประสานงาน"), a little less than a cell that says only that.
 */
function readings(cell: string): { meaningful: string; all: string; weight: number }[] {
  const whole = { ...letters(cell), weight: 1 };
  if (whole.meaningful === '') return [];
  const parts: string[] = [];
  const bare = cell.replace(/\([^()]*\)/g, ' ').trim();
  if (bare !== cell.trim() && bare !== '') parts.push(bare);
  if (cell.includes('/')) parts.push(...bare.split('/'));
  const more = parts.map((p) => ({ ...letters(p), weight: 0.95 })).filter((p) => p.meaningful.length >= 2);
  return [whole, ...more];
}

/** A cell's score for a field: its best reading. */
function cellScore(cellReadings: ReturnType<typeof readings>, field: FieldSpec): number {
  let best = 0;
  for (const r of cellReadings) {
    const score = coverage(r.meaningful, field, r.all) * r.weight;
    if (score > best) best = score;
  }
  return best;
}

/** How well a cell names each of `fields`: the best field and its share, or undefined for none. */
export function bestHeading(
  cell: string,
  fields: readonly FieldSpec[],
): { field: FieldSpec; score: number } | undefined {
  let best: { field: FieldSpec; score: number } | undefined;
  for (const claim of cellClaims(cell, fields)) {
    const field = fields.find((f) => f.key === claim.field);
    if (field && (best === undefined || claim.score > best.score)) best = { field, score: claim.score };
  }
  return best;
}

/** The field a heading names: the one whose words cover most of it; undefined for none. */
export function matchHeading(cell: string, fields: readonly FieldSpec[]): FieldSpec | undefined {
  return bestHeading(cell, fields)?.field;
}

/** A header row read: each column's field (undefined for an empty or unknown heading), and the unknown cells. */
export interface HeaderRow {
  readonly columns: readonly (string | undefined)[];
  /** Non-empty cells that name no field (0-based column and text): kept columns of the document. */
  readonly unknown: readonly { readonly column: number; readonly heading: string }[];
}

/**
 * Maps each cell of a row to the field it names. Each field names one column: when two cells name
 * the same, the one naming it better takes it, and the other takes its next best field left.
 */
export function mapHeadings(cells: readonly string[], fields: readonly FieldSpec[]): HeaderRow {
  const claims: { column: number; field: string; score: number }[] = [];
  cells.forEach((cell, column) => {
    for (const claim of cellClaims(cell, fields)) claims.push({ column, ...claim });
  });
  // The strongest claims first; the field order breaks a tie, as the document type lists them.
  claims.sort((a, b) => b.score - a.score);
  const columns: (string | undefined)[] = cells.map(() => undefined);
  const taken = new Set<string>();
  for (const claim of claims) {
    if (columns[claim.column] !== undefined || taken.has(claim.field)) continue;
    columns[claim.column] = claim.field;
    taken.add(claim.field);
  }
  const unknown = cells.flatMap((cell, column) =>
    cell.trim() !== '' && columns[column] === undefined ? [{ column, heading: cell.trim() }] : [],
  );
  return { columns, unknown };
}

type Claim = { readonly field: string; readonly score: number };

// A paste repeats its cells (units, periods, the header at every page): each is scored once per field list.
const claimsCache = new WeakMap<readonly FieldSpec[], Map<string, readonly Claim[]>>();
const MAX_CACHED = 10_000;

/** The fields a cell may name, with its score for each (none for a cell that is no heading). */
function cellClaims(cell: string, fields: readonly FieldSpec[]): readonly Claim[] {
  if (cell.trim() === '' || cell.length > MAX_HEADING_LENGTH) return [];
  let cache = claimsCache.get(fields);
  if (!cache) {
    cache = new Map();
    claimsCache.set(fields, cache);
  }
  const known = cache.get(cell);
  if (known) return known;
  const cellReadings = readings(cell);
  const claims: Claim[] = [];
  if (cellReadings.length > 0) {
    for (const field of fields) {
      const score = cellScore(cellReadings, field);
      if (score >= MIN_COVERAGE) claims.push({ field: field.key, score });
    }
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(cell, claims);
  return claims;
}

/**
 * The header a row is, or undefined: at least two cells name distinct fields, one of them a key
 * (when keys are given), and they are at least half of the row's non-empty cells.
 */
export function readHeader(
  cells: readonly string[],
  fields: readonly FieldSpec[],
  keys: readonly string[] = [],
): HeaderRow | undefined {
  return asHeader(cells, mapHeadings(cells, fields), keys);
}

/** The header a row is, from its headings as `mapHeadings` read them; see `readHeader`. */
export function asHeader(
  cells: readonly string[],
  row: HeaderRow,
  keys: readonly string[] = [],
): HeaderRow | undefined {
  const nonEmpty = cells.filter((c) => c.trim() !== '').length;
  if (nonEmpty < 2) return undefined;
  const named = row.columns.filter((c) => c !== undefined);
  if (named.length < 2 || named.length * 2 < nonEmpty) return undefined;
  if (keys.length > 0 && !keys.some((k) => named.includes(k))) return undefined;
  return row;
}

/**
 * The column → field map of a header row, or undefined when the row is not a header: at least two
 * cells name distinct fields and most non-empty cells are headings (the others map to undefined).
 */
export function readHeaderRow(
  cells: readonly string[],
  fields: readonly FieldSpec[],
): (string | undefined)[] | undefined {
  const row = readHeader(cells, fields);
  return row ? [...row.columns] : undefined;
}
