/**
 * Word's automatic numbering (word/numbering.xml) rendered as the document shows it: each list's
 * levels with their format (decimal, Thai digits, Thai letters, letters, roman, bullets) and text
 * (`%1.`, `(%1)`, `%1.%2`), counted paragraph by paragraph, so that a numbered item keeps its number.
 */

import { childElements, firstChild, parseXml, wordValue, type XmlElement } from './xml-tree';

interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

/** The lists of a Word file: for each numId, its levels (0–8). */
export interface Numbering {
  readonly lists: ReadonlyMap<string, readonly (Level | undefined)[]>;
}

function readLevels(element: XmlElement): (Level | undefined)[] {
  const levels: (Level | undefined)[] = [];
  for (const lvl of childElements(element, 'w:lvl')) {
    const index = Number(lvl.attrs['w:ilvl'] ?? '0');
    if (!Number.isInteger(index) || index < 0 || index > 8) continue;
    const start = Number(wordValue(firstChild(lvl, 'w:start')) ?? '1');
    levels[index] = {
      format: wordValue(firstChild(lvl, 'w:numFmt')) ?? 'decimal',
      text: wordValue(firstChild(lvl, 'w:lvlText')) ?? '',
      start: Number.isFinite(start) ? start : 1,
    };
  }
  return levels;
}

/** Reads numbering.xml; a missing or unreadable part is no lists (items then show no number). */
export function readNumbering(xml: string | undefined): Numbering {
  const lists = new Map<string, (Level | undefined)[]>();
  if (xml === undefined) return { lists };
  const root = firstChild(parseXml(xml), 'w:numbering');
  if (!root) return { lists };
  const abstracts = new Map<string, (Level | undefined)[]>();
  for (const abstract of childElements(root, 'w:abstractNum')) {
    abstracts.set(abstract.attrs['w:abstractNumId'] ?? '', readLevels(abstract));
  }
  for (const num of childElements(root, 'w:num')) {
    const base = abstracts.get(wordValue(firstChild(num, 'w:abstractNumId')) ?? '') ?? [];
    const levels = [...base];
    for (const override of childElements(num, 'w:lvlOverride')) {
      const index = Number(override.attrs['w:ilvl'] ?? '0');
      const own = firstChild(override, 'w:lvl');
      const start = wordValue(firstChild(override, 'w:startOverride'));
      if (own) levels[index] = readLevels({ ...override, children: [own] })[index] ?? levels[index];
      const level = levels[index];
      if (start !== undefined && level) levels[index] = { ...level, start: Number(start) || 1 };
    }
    lists.set(num.attrs['w:numId'] ?? '', levels);
  }
  return { lists };
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
// Word's thaiLetters sequence: the consonants without the obsolete ฃ and ฅ.
const THAI_LETTERS = 'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ';
const ROMAN: readonly [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let rest = n;
  let text = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      text += letters;
      rest -= value;
    }
  }
  return text;
}

/** A, B … Z, AA, BB … as Word counts letters (from an alphabet). */
function letters(n: number, alphabet: string): string {
  const chars = Array.from(alphabet);
  const index = (n - 1) % chars.length;
  return chars[index]!.repeat(Math.floor((n - 1) / chars.length) + 1);
}

/** One counter value in a level's format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'thaiNumbers':
    case 'thaiCounting':
      return String(n).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]!);
    case 'thaiLetters':
      return letters(n, THAI_LETTERS);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** A bullet as text: a symbol-font character (private use area) shows as •, others as they are. */
function bulletText(text: string): string {
  if (text === '') return '';
  return /^[\uf000-\uf0ff]$/.test(text) ? '•' : text;
}

/** Counts the numbered paragraphs of a document in order and gives each its label. */
export function numberCounter(numbering: Numbering): (numId: string, level: number) => string {
  const counters = new Map<string, number[]>();
  return (numId, level) => {
    const levels = numbering.lists.get(numId);
    const own = levels?.[level];
    if (!levels || !own) return '';
    if (own.format === 'bullet') return bulletText(own.text);
    const counts = counters.get(numId) ?? [];
    counters.set(numId, counts);
    counts[level] = counts[level] === undefined ? own.start : counts[level]! + 1;
    // A higher item starts its sub-items again.
    counts.length = level + 1;
    return own.text.replace(/%([1-9])/g, (_whole, d: string) => {
      const at = Number(d) - 1;
      const lvl = levels[at];
      return formatNumber(counts[at] ?? lvl?.start ?? 1, lvl?.format ?? 'decimal');
    });
  };
}
