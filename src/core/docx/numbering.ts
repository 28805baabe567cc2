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

interface List {
  readonly levels: readonly (Level | undefined)[];
  /** Whose counters it uses: lists of one abstract list share them unless one starts again. */
  readonly counter: string;
}

/** A paragraph style's numbering (a list style, a numbered heading) and the style it is based on. */
interface StyleNumbering {
  readonly numId?: string;
  readonly level?: string;
  readonly basedOn?: string;
}

/** The lists of a Word file (for each numId, its levels 0–8) and its paragraph styles' numbering. */
export interface Numbering {
  readonly lists: ReadonlyMap<string, List>;
  readonly styles: ReadonlyMap<string, StyleNumbering>;
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

function readLists(xml: string | undefined): Map<string, List> {
  const lists = new Map<string, List>();
  const root = xml === undefined ? undefined : firstChild(parseXml(xml), 'w:numbering');
  if (!root) return lists;
  const abstracts = new Map<string, (Level | undefined)[]>();
  for (const abstract of childElements(root, 'w:abstractNum')) {
    abstracts.set(abstract.attrs['w:abstractNumId'] ?? '', readLevels(abstract));
  }
  for (const num of childElements(root, 'w:num')) {
    const numId = num.attrs['w:numId'] ?? '';
    const abstractId = wordValue(firstChild(num, 'w:abstractNumId')) ?? '';
    const levels = [...(abstracts.get(abstractId) ?? [])];
    let restarts = false;
    for (const override of childElements(num, 'w:lvlOverride')) {
      const index = Number(override.attrs['w:ilvl'] ?? '0');
      const own = readLevels(override)[index];
      if (own) levels[index] = own;
      const start = wordValue(firstChild(override, 'w:startOverride'));
      const level = levels[index];
      if (start !== undefined && level) levels[index] = { ...level, start: Number(start) || 0 };
      restarts ||= start !== undefined || own !== undefined;
    }
    lists.set(numId, { levels, counter: restarts ? `num ${numId}` : `abstract ${abstractId}` });
  }
  return lists;
}

function readStyles(xml: string | undefined): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  const root = xml === undefined ? undefined : firstChild(parseXml(xml), 'w:styles');
  if (!root) return styles;
  for (const style of childElements(root, 'w:style')) {
    if (style.attrs['w:type'] !== 'paragraph') continue;
    const numPr = firstChild(firstChild(style, 'w:pPr'), 'w:numPr');
    const numId = wordValue(firstChild(numPr, 'w:numId'));
    const level = wordValue(firstChild(numPr, 'w:ilvl'));
    const basedOn = wordValue(firstChild(style, 'w:basedOn'));
    styles.set(style.attrs['w:styleId'] ?? '', {
      ...(numId === undefined ? {} : { numId }),
      ...(level === undefined ? {} : { level }),
      ...(basedOn === undefined ? {} : { basedOn }),
    });
  }
  return styles;
}

/**
 * Reads numbering.xml and styles.xml; a missing or unreadable part is no lists or no styles (items
 * then show no number).
 */
export function readNumbering(numberingXml: string | undefined, stylesXml?: string): Numbering {
  return { lists: readLists(numberingXml), styles: readStyles(stylesXml) };
}

/**
 * The list and level of a paragraph: its own w:numPr, else its style's (or the style it is based
 * on); numId 0 is no list.
 */
export function paragraphList(
  numbering: Numbering,
  own: { numId?: string; level?: string },
  styleId: string | undefined,
): { numId: string; level: number } | undefined {
  let numId = own.numId;
  let level = own.level;
  const seen = new Set<string>();
  for (let id = styleId; id !== undefined && !seen.has(id); ) {
    seen.add(id);
    const style = numbering.styles.get(id);
    numId ??= style?.numId;
    level ??= style?.level;
    id = style?.basedOn;
  }
  if (numId === undefined || numId === '0') return undefined;
  return { numId, level: Number(level ?? '0') || 0 };
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
    const list = numbering.lists.get(numId);
    const levels = list?.levels;
    const own = levels?.[level];
    if (!list || !levels || !own) return '';
    if (own.format === 'bullet') return bulletText(own.text);
    const counts = counters.get(list.counter) ?? [];
    counters.set(list.counter, counts);
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
