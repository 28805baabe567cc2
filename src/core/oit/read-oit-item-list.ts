/**
 * Reads the NACC's OIT item list as an officer pastes it from the year's manual, for any year: lines
 * (`9.1 ข้อมูลพื้นฐาน` or `ตัวชี้วัดย่อยที่ ๙.๑ …` heading the items `o1 โครงสร้าง`, `O2 …`, `o๓ …`
 * under it), or a table whose rows hold a code, a title and a sub-indicator, in any column order.
 */

import { OIT_CHECKLIST } from '../documents/types';
import type { Problem } from '../problems/problem';
import { readHeaderLines } from '../structure/header-lines';
import { readHeaderRow } from '../structure/header-match';
import { cellText, pastedRows } from '../structure/paste';
import type { PastedRows } from '../structure/structured-document';
import { toArabicDigits } from '../thai/digits';
import { trimCell } from '../thai/whitespace';
import { readOitItemCode } from './oit-item-code';
import {
  OIT_LIST_YEARS,
  type OitItem,
  type OitItemList,
  type OitSubIndicator,
  oitItemList,
} from './oit-item-lists';
import { parseSubIndicatorCode } from './sub-indicator-code';

export type OitListReading =
  | {
      readonly ok: true;
      readonly value: OitItemList;
      /** The lines above the list (its title), which may name the year. */
      readonly titleLines: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const PASTED_SOURCE = 'เจ้าหน้าที่วางรายการจากคู่มือเอง (pasted by the officer)';

// "o1 โครงสร้าง", "O12. …", "o 3: …", "o๑ …", "OIT1 …", "O-14 …" (digits read as Arabic first).
const ITEM = /^(?:OIT|oit|[oO])\s?[-–.]?\s?0*([1-9]\d{0,2})(?![\d.]\d)(?!\d)/;
// The code and what separates it from the title.
const ITEM_CODE = /^(?:OIT|oit|[oO])\s?[-–.]?\s?\d+[\s.:)–-]*/;
// The code heading a sub-indicator ("9.1", "ตัวชี้วัดย่อยที่ 9.1", "ตัวชี้วัดที่ 9.1"); its name follows.
const HEADING_CODE = /^(?:ตัวชี้วัด(?:ย่อย)?(?:ที่)?\s*)?(?:9|10)\.\d{1,3}[\s.:)–-]*/;
// "ตัวชี้วัดที่ 9.1": some lists head a sub-indicator as an indicator, with its code.
const INDICATOR_WORD = /^ตัวชี้วัด(?:ที่)?\s*(?=(?:9|10)\.\d)/;
// "(9)", "(9 ข้อ)": a count after a heading's name, as lists summarize.
const COUNT = /\s*\(\d+(?:\s*ข้อ)?\)$/;
// "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล": an indicator's heading above its sub-indicators, not an item's text.
const INDICATOR = /^ตัวชี้วัด(?:ที่)?\s*(?:9|10)(?![\d.])/;
const BULLET = /^[-•·*▪●○]\s*/;

interface Reading {
  readonly subIndicators: OitSubIndicator[];
  readonly items: { code: string; title: string; subIndicator: string; line: number; text: string }[];
  readonly titleLines: string[];
  readonly problems: Problem[];
  current: OitSubIndicator | undefined;
  /** What the last line read was, so a wrapped line joins the item or heading it continues. */
  last: 'title' | 'heading' | 'item';
}

function addSubIndicator(reading: Reading, code: string, name: string): void {
  const known = reading.subIndicators.findIndex((s) => s.code === code);
  const subIndicator = { code, th: name };
  // A heading repeated at a page break names the same sub-indicator; keep the name it gave first.
  if (known < 0) reading.subIndicators.push(subIndicator);
  else if (reading.subIndicators[known]?.th === '' && name !== '')
    reading.subIndicators[known] = subIndicator;
  reading.current = reading.subIndicators.find((s) => s.code === code);
  reading.last = 'heading';
}

function addItem(reading: Reading, code: string, title: string, line: number, text: string): void {
  if (reading.items.some((i) => i.code === code)) {
    reading.problems.push({ code: 'duplicate-item', item: code, line, text });
    return;
  }
  // An item without a heading above it ('' for now) takes its sub-indicator from the year's list.
  reading.items.push({ code, title, subIndicator: reading.current?.code ?? '', line, text });
  reading.last = 'item';
}

/**
 * Gives the items listed without a sub-indicator heading above them the sub-indicator the year's
 * built-in list gives their code; an item the list does not know (or a year without a list) keeps an
 * empty sub-indicator, for the officer to fill in.
 */
function fromBuiltInList(reading: Reading, fiscalYear: number | undefined): void {
  const list = fiscalYear === undefined ? undefined : oitItemList(fiscalYear);
  for (const item of reading.items) {
    if (item.subIndicator !== '') continue;
    const known = list?.items.find((i) => i.code === item.code);
    // Kept with an empty sub-indicator, never refused: the structurer warns of it.
    if (!list || !known) continue;
    item.subIndicator = known.subIndicator;
    if (!reading.subIndicators.some((s) => s.code === known.subIndicator)) {
      const builtIn = list.subIndicators.find((s) => s.code === known.subIndicator);
      reading.subIndicators.push(builtIn ?? { code: known.subIndicator, th: '' });
    }
  }
}

let knownNames: Map<string, OitSubIndicator> | undefined;

/** The sub-indicator a built-in list names exactly `text` (spaces aside), or undefined. */
export function knownSubIndicator(text: string): OitSubIndicator | undefined {
  if (!knownNames) {
    knownNames = new Map();
    for (const year of OIT_LIST_YEARS) {
      for (const sub of oitItemList(year)?.subIndicators ?? [])
        knownNames.set(sub.th.replace(/\s+/g, ''), sub);
    }
  }
  return knownNames.get(text.replace(/\s+/g, ''));
}

/** The text after a matched prefix, in the officer's own digits (Thai digits map one to one). */
function after(original: string, arabic: string, prefix: RegExp): string {
  const match = prefix.exec(arabic);
  return original.slice(match ? match[0].length : 0);
}

/** A sub-indicator's name from its heading: the code and a count such as "(9)" taken off. */
function headingName(heading: string): string {
  return after(heading, toArabicDigits(heading), HEADING_CODE).replace(COUNT, '').trim();
}

/** A row of a table: one cell an item code, another a sub-indicator; the rest is the title. */
function readTableRow(reading: Reading, cells: readonly string[], line: number): boolean {
  const codeAt = cells.findIndex((c) => readOitItemCode(c) !== undefined);
  const subAt = cells.findIndex((c, i) => i !== codeAt && parseSubIndicatorCode(c) !== undefined);
  if (codeAt < 0 || subAt < 0) return false;
  const subText = cells[subAt] ?? '';
  addSubIndicator(reading, parseSubIndicatorCode(subText)?.code ?? '', headingName(subText));
  const title = cells.filter((c, i) => i !== codeAt && i !== subAt && c !== '').join(' ');
  const text = cells.filter((c) => c !== '').join(' ');
  addItem(reading, readOitItemCode(cells[codeAt] ?? '') ?? '', title, line, text);
  return true;
}

function readLine(reading: Reading, raw: string, line: number): void {
  const body = raw.replace(BULLET, '').trim();
  const text = toArabicDigits(body);
  if (text === '' || INDICATOR.test(text)) return;
  // The table's header row pasted as one line: ข้อ ข้อมูล ตัวชี้วัดย่อย.
  if (readHeaderRow(text.split(/\s+/), OIT_CHECKLIST.fields)) return;
  const subIndicator = parseSubIndicatorCode(text.replace(INDICATOR_WORD, ''));
  if (subIndicator) {
    addSubIndicator(reading, subIndicator.code, headingName(body));
    return;
  }
  // A group label alone on its line ("ข้อมูลพื้นฐาน"), as websites head their items: a heading.
  const labelled = knownSubIndicator(body);
  if (labelled) {
    addSubIndicator(reading, labelled.code, labelled.th);
    return;
  }
  const item = ITEM.exec(text);
  if (item) {
    addItem(reading, `o${item[1]}`, after(body, text, ITEM_CODE).trim(), line, raw);
    return;
  }
  // A line that is neither continues what is above it: a title wrapped at the page's edge.
  const previous = reading.items[reading.items.length - 1];
  if (reading.last === 'item' && previous) previous.title = `${previous.title} ${raw}`.trim();
  else if (reading.last === 'heading' && reading.current) {
    const at = reading.subIndicators.indexOf(reading.current);
    reading.current = { code: reading.current.code, th: `${reading.current.th} ${raw}`.trim() };
    reading.subIndicators[at] = reading.current;
  } else reading.titleLines.push(raw);
}

/**
 * The items of a pasted list, or the problems that keep it from being read, each naming its line
 * (the pasted row) and text: an item before any sub-indicator heading, a code given twice, an item
 * without a title, no item at all. Codes out of order are read as they come. `fiscalYear` is the
 * list's year when the caller knows it; otherwise the year the lines above the list name, if any.
 */
export function readOitItemList(input: string | PastedRows, fiscalYear?: number): OitListReading {
  const reading: Reading = {
    subIndicators: [],
    items: [],
    titleLines: [],
    problems: [],
    current: undefined,
    last: 'title',
  };
  pastedRows(input).forEach((row, r) => {
    const cells = row.map((c) => trimCell(cellText(c)));
    if (cells.every((c) => c === '')) return;
    // The table's header row, repeated at page breaks: ข้อ · ข้อมูล · ตัวชี้วัดย่อย.
    if (readHeaderRow(cells, OIT_CHECKLIST.fields)) return;
    if (cells.filter((c) => c !== '').length >= 2 && readTableRow(reading, cells, r + 1)) return;
    for (const line of cells
      .filter((c) => c !== '')
      .join(' ')
      .split('\n'))
      readLine(reading, line.trim(), r + 1);
  });
  const year = fiscalYear ?? readHeaderLines(reading.titleLines).fiscalYear;
  fromBuiltInList(reading, year);
  for (const item of reading.items) {
    if (item.title === '')
      reading.problems.push({ code: 'item-without-title', line: item.line, text: item.text });
  }
  if (reading.items.length === 0 && reading.problems.length === 0)
    reading.problems.push({ code: 'no-oit-items' });
  if (reading.problems.length > 0) return { ok: false, problems: reading.problems };
  const items: OitItem[] = reading.items.map(({ code, title, subIndicator }) => ({
    code,
    title,
    subIndicator,
  }));
  return {
    ok: true,
    value: {
      fiscalYears: year === undefined ? [] : [year],
      verified: false,
      source: PASTED_SOURCE,
      subIndicators: reading.subIndicators.filter((s) => items.some((i) => i.subIndicator === s.code)),
      items,
    },
    titleLines: reading.titleLines,
  };
}
