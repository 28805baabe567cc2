/**
 * word/document.xml as a document model: the body's paragraphs (their text, Word's numbering rendered
 * in front) and tables (rows of cells, each cell its paragraphs, its column span and vertical merge).
 * Content controls (w:sdt), inserted text (w:ins), hyperlinks and fields' shown text are read; deleted
 * text (w:del), field codes, drawings, text boxes and other floating content are not.
 */

import { type Numbering, numberCounter, paragraphList } from './numbering';
import { childElements, firstChild, parseXml, wordValue, type XmlElement } from './xml-tree';

export interface WordParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
}

export interface WordCell {
  /** The cell's paragraphs (a nested table's rows become lines too). */
  readonly lines: readonly string[];
  /** How many grid columns the cell spans (w:gridSpan). */
  readonly span: number;
  /** w:vMerge: `restart` starts a vertically merged cell, `continue` is covered by the one above. */
  readonly merge?: 'restart' | 'continue';
}

export interface WordTable {
  readonly kind: 'table';
  readonly rows: readonly (readonly WordCell[])[];
}

export type WordBlock = WordParagraph | WordTable;

// Elements whose content is not the document's running text: properties, deleted or moved-away
// text, field codes, drawings and text boxes (their text would land out of place), footnote marks.
const SKIPPED: ReadonlySet<string> = new Set([
  'w:pPr',
  'w:rPr',
  'w:tblPr',
  'w:tblGrid',
  'w:trPr',
  'w:tcPr',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:delInstrText',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:footnoteReference',
  'w:endnoteReference',
  'w:commentReference',
]);

/** Gives a numbered paragraph its label, counting in document order. */
interface Counter {
  readonly numbering: Numbering;
  readonly label: (numId: string, level: number) => string;
}

function runText(element: XmlElement, out: string[]): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    switch (child.name) {
      case 'w:t':
        out.push(child.children.filter((c): c is string => typeof c === 'string').join(''));
        break;
      case 'w:tab':
      case 'w:ptab':
        out.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        out.push('\n');
        break;
      case 'w:noBreakHyphen':
        out.push('-');
        break;
      default:
        if (!SKIPPED.has(child.name)) runText(child, out);
    }
  }
}

function paragraphText(p: XmlElement, count: Counter): string {
  const parts: string[] = [];
  runText(p, parts);
  const text = parts.join('');
  if (text.trim() === '') return text;
  const props = firstChild(p, 'w:pPr');
  const numPr = firstChild(props, 'w:numPr');
  const numId = wordValue(firstChild(numPr, 'w:numId'));
  const level = wordValue(firstChild(numPr, 'w:ilvl'));
  const list = paragraphList(
    count.numbering,
    { ...(numId === undefined ? {} : { numId }), ...(level === undefined ? {} : { level }) },
    wordValue(firstChild(props, 'w:pStyle')),
  );
  if (!list) return text;
  const label = count.label(list.numId, list.level);
  return label === '' ? text : `${label} ${text.replace(/^[ \t]+/, '')}`;
}

/** Block-level children, content controls and custom XML unwrapped. */
function blockChildren(element: XmlElement): XmlElement[] {
  return childElements(element).flatMap((child) => {
    if (child.name === 'w:sdt') return blockChildren(firstChild(child, 'w:sdtContent') ?? child);
    if (child.name === 'w:customXml' || child.name === 'w:ins') return blockChildren(child);
    return [child];
  });
}

function cellLines(tc: XmlElement, count: Counter): string[] {
  const lines: string[] = [];
  for (const block of blockChildren(tc)) {
    if (block.name === 'w:p') lines.push(...paragraphText(block, count).split('\n'));
    else if (block.name === 'w:tbl') {
      for (const row of readTable(block, count).rows) {
        const text = row.map((c) => c.lines.join(' ')).filter((t) => t.trim() !== '');
        if (text.length > 0) lines.push(text.join(' '));
      }
    }
  }
  return lines;
}

function readCell(tc: XmlElement, count: Counter): WordCell {
  const props = firstChild(tc, 'w:tcPr');
  const span = Number(wordValue(firstChild(props, 'w:gridSpan')) ?? '1');
  const vMerge = firstChild(props, 'w:vMerge');
  const lines = cellLines(tc, count);
  const cell = { lines, span: Number.isInteger(span) && span > 1 ? span : 1 };
  if (!vMerge) return cell;
  return { ...cell, merge: wordValue(vMerge) === 'restart' ? 'restart' : 'continue' };
}

function emptyCells(count: number): WordCell[] {
  return count > 0 ? [{ lines: [], span: count }] : [];
}

function readTable(tbl: XmlElement, count: Counter): WordTable {
  const rows = blockChildren(tbl)
    .filter((e) => e.name === 'w:tr')
    .map((tr) => {
      const props = firstChild(tr, 'w:trPr');
      const before = Number(wordValue(firstChild(props, 'w:gridBefore')) ?? '0') || 0;
      const cells = blockChildren(tr)
        .filter((e) => e.name === 'w:tc')
        .map((tc) => readCell(tc, count));
      return [...emptyCells(before), ...cells];
    });
  return { kind: 'table', rows };
}

/** The body of document.xml as blocks, or undefined when the part has no w:body (not a Word document). */
export function readWordDocument(documentXml: string, numbering: Numbering): WordBlock[] | undefined {
  const body = firstChild(firstChild(parseXml(documentXml), 'w:document'), 'w:body');
  if (!body) return undefined;
  const count = { numbering, label: numberCounter(numbering) };
  const blocks: WordBlock[] = [];
  for (const block of blockChildren(body)) {
    if (block.name === 'w:p') blocks.push({ kind: 'paragraph', text: paragraphText(block, count) });
    else if (block.name === 'w:tbl') blocks.push(readTable(block, count));
  }
  return blocks;
}
