/**
 * Word files made in the tests: WordprocessingML written by hand (paragraphs, tables with merged cells,
 * Word's numbering) and zipped with jszip as Word does ([Content_Types].xml, the rels, document.xml,
 * numbering.xml), so that the reader is tried on files no one had to keep in the repository.
 */

import JSZip from 'jszip';
import { parsePastedText } from '../../src/core/structure/paste';
import { cleanText } from '../../src/core/thai/markup';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A run's text: tabs as w:tab, line breaks as w:br, spaces kept. */
function runs(text: string): string {
  const inner = text
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((part) => (part === '' ? '' : `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`))
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
  return `<w:r><w:rPr><w:rFonts w:ascii="TH SarabunPSK"/></w:rPr>${inner}</w:r>`;
}

export interface ParagraphOptions {
  /** Word's automatic numbering: the list (w:numId) and level (w:ilvl). */
  readonly numId?: number;
  readonly level?: number;
  /** The paragraph style (w:pStyle), Normal unless given. */
  readonly style?: string;
}

export function paragraph(text: string, options: ParagraphOptions = {}): string {
  const numPr =
    options.numId === undefined
      ? ''
      : `<w:numPr><w:ilvl w:val="${options.level ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>`;
  return `<w:p><w:pPr><w:pStyle w:val="${options.style ?? 'Normal'}"/>${numPr}</w:pPr>${text === '' ? '' : runs(text)}</w:p>`;
}

export interface CellOptions {
  readonly span?: number;
  readonly merge?: 'restart' | 'continue';
}

/** A table cell: its paragraphs (strings, or paragraph XML when they start with `<w:`). */
export function cell(content: string | readonly string[], options: CellOptions = {}): string {
  const items = typeof content === 'string' ? content.split('\n') : content;
  const props = [
    '<w:tcW w:w="2000" w:type="dxa"/>',
    options.span ? `<w:gridSpan w:val="${options.span}"/>` : '',
    options.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : options.merge ? '<w:vMerge/>' : '',
  ].join('');
  const body = items.map((p) => (p.startsWith('<w:') ? p : paragraph(p))).join('') || paragraph('');
  return `<w:tc><w:tcPr>${props}</w:tcPr>${body}</w:tc>`;
}

/** A table: its rows, each row's cells as cell() made them (or plain text for a plain cell). */
export function table(rows: readonly (readonly string[])[]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const grid = Array.from({ length: width }, () => '<w:gridCol w:w="2000"/>').join('');
  const body = rows
    .map((r) => `<w:tr>${r.map((c) => (c.startsWith('<w:tc>') ? c : cell(c))).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

export interface ListLevel {
  readonly format: string;
  readonly text: string;
  readonly start?: number;
}

/** numbering.xml with one list (numId = abstractNumId = the index + 1) per entry. */
export function numbering(lists: readonly (readonly ListLevel[])[]): string {
  const abstracts = lists
    .map(
      (levels, i) =>
        `<w:abstractNum w:abstractNumId="${i + 1}"><w:multiLevelType w:val="hybridMultilevel"/>${levels
          .map(
            (l, level) =>
              `<w:lvl w:ilvl="${level}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>` +
              `<w:lvlText w:val="${escapeXml(l.text)}"/><w:lvlJc w:val="left"/></w:lvl>`,
          )
          .join('')}</w:abstractNum>`,
    )
    .join('');
  const nums = lists
    .map((_l, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i + 1}"/></w:num>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${abstracts}${nums}</w:numbering>`;
}

export function documentXml(body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
    `<w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';
const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
  '</Relationships>';

/** styles.xml with paragraph styles: each its id, the style it is based on and its list (numId, level). */
export function styles(
  list: readonly {
    readonly id: string;
    readonly basedOn?: string;
    readonly numId?: number;
    readonly level?: number;
  }[],
): string {
  const body = list
    .map((s) => {
      const numPr =
        s.numId === undefined
          ? ''
          : `<w:pPr><w:numPr><w:ilvl w:val="${s.level ?? 0}"/><w:numId w:val="${s.numId}"/></w:numPr></w:pPr>`;
      const basedOn = s.basedOn === undefined ? '' : `<w:basedOn w:val="${s.basedOn}"/>`;
      return `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.id}"/>${basedOn}${numPr}</w:style>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">${body}</w:styles>`;
}

/** A .docx file of a body (paragraph() and table() XML) and, if given, numbering.xml and styles.xml. */
export async function buildDocx(
  body: string,
  numberingXml?: string,
  stylesXml?: string,
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('word/document.xml', documentXml(body));
  if (numberingXml !== undefined) {
    zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
    zip.file('word/numbering.xml', numberingXml);
  }
  if (stylesXml !== undefined) zip.file('word/styles.xml', stylesXml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Any zip of the given files (for the failure cases: a zip that is not a Word file). */
export async function buildZip(files: Readonly<Record<string, string>>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * The body of a Word file holding a paste's text as the document would: runs of rows of two or more
 * cells as tables (each cell's lines its paragraphs), other rows as paragraphs
 * (tab stops between their cells). Markup a copy added (`<p>`) is not in a Word file: cleaned.
 */
export function bodyOfPaste(text: string, tables = true): string {
  const rows = parsePastedText(text).map((row) => row.map((c) => cleanText(c)));
  const blocks: string[] = [];
  let tableRows: string[][] = [];
  const flush = () => {
    if (tableRows.length > 0) blocks.push(table(tableRows.map((r) => r.map((c) => cell(c)))));
    tableRows = [];
  };
  for (const row of rows) {
    if (tables && row.length >= 2) {
      tableRows.push(row);
      continue;
    }
    flush();
    blocks.push(paragraph(row.join('\t')));
  }
  flush();
  return blocks.join('');
}
