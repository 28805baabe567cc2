/**
 * Comma-separated text (a CSV export of Excel or Sheets) read like tab-separated text: fields split
 * at commas, a quoted field holding commas, line breaks and `""` for a quote. Taken for CSV only when
 * it cannot be prose: no tab anywhere, and every non-empty line splits into the same number of fields
 * (Excel and Sheets pad a title row with commas), at least three, or two with a quoted field. Running
 * text with commas (an action plan's forms, a memo) stays lines of text.
 */

/** Splits comma-separated text into rows of fields (RFC 4180, either line break), or undefined if malformed. */
export function parseCsv(text: string): string[][] | undefined {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return undefined;
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < n && !',\r\n'.includes(text[i]!)) return undefined;
    } else {
      let end = i;
      while (end < n && !',\r\n'.includes(text[end]!)) end += 1;
      field = text.slice(i, end);
      if (field.includes('"')) return undefined;
      i = end;
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    rows.push(row);
    row = [];
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    if (i >= n) return rows;
  }
}

const isBlankRow = (row: readonly string[]) => row.every((c) => c.trim() === '');

/** The rows of `text` when it is a CSV export (see above), else undefined. */
export function csvRows(text: string): string[][] | undefined {
  if (text.includes('\t') || !text.includes(',')) return undefined;
  const rows = parseCsv(text);
  if (!rows) return undefined;
  const filled = rows.filter((r) => !isBlankRow(r));
  if (filled.length < 2) return undefined;
  const width = filled[0]!.length;
  if (!filled.every((r) => r.length === width)) return undefined;
  const quoted = /(^|[,\r\n])"/.test(text);
  return width >= 3 || (width === 2 && quoted) ? rows : undefined;
}
