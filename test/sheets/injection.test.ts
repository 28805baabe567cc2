/**
 * Text from a sheet or an officer is never run as a formula: not in a document tab, not in a report
 * tab made from it. Sheets reads a leading =, +, - or @ as a formula (after spaces or a byte-order
 * mark too), and numbers, dates and TRUE as values; whatever the text, the cell keeps it as written.
 */

import fc from 'fast-check';
import { sampleDocument } from '../../scripts/lib/sample-documents';
import { LIST_KINDS } from '../../src/core/documents/field';
import { DOCUMENT_TYPES } from '../../src/core/documents/types';
import { REPORT_KINDS } from '../../src/core/reports/report-kinds';
import { applyLayout } from '../../src/sheets/apply-layout';
import { toCellValue } from '../../src/sheets/cell-value';
import { getFormulas, MemoryWorkbook, memoryServices } from '../../src/sheets/memory';

/** Text an officer might type, or an attacker paste: formula starts after any lead, numbers, dates. */
const hostileText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', ' ', '  ', '\t', '\ufeff', '\u200b', '\n'),
    fc.constantFrom('', '=', '+', '-', '@', "'", '=+', '—'),
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        'HYPERLINK("http://evil.example","คลิก")',
        'IMPORTXML("http://x","//a")',
        "cmd|' /C calc'!A0",
        '1+1',
        '2568',
        '1,234.50',
        '1e3',
        '12%',
        '1/10/2567',
        'TRUE',
        '๑๒๓',
        '<img src=x onerror=alert(1)>',
      ),
    ),
  )
  .map(([lead, trigger, tail]) => `${lead}${trigger}${tail}`);

describe('a cell written from text', () => {
  it('reads back as the same text and never holds a formula, whatever the text', () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.insertSheet('ทดสอบ', 0);
    fc.assert(
      fc.property(hostileText, (text) => {
        const cell = sheet.getRange(1, 1, 1, 1);
        cell.setValues([[toCellValue(text)]]);
        expect(getFormulas(sheet, 'A1')).toEqual([['']]);
        // Sheets keeps text as typed; a cell reads back '' only for text that is all blank.
        expect(cell.getValues()).toEqual([[text]]);
      }),
      { numRuns: 500 },
    );
  });
});

describe.each(REPORT_KINDS.map((kind) => kind.id))('the %s report made from hostile text', (kind) => {
  it('shows every field as text and holds no formula', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 3, maxLength: 3 }), (texts) => {
        const document = sampleDocument(kind, 4);
        const type = DOCUMENT_TYPES[document.type];
        // Every field and list item of every record is the hostile text.
        const records = document.records.map(() =>
          Object.fromEntries(
            // Any cell of a document tab may hold anything an officer typed, whatever its field's kind.
            type.fields.map((field) => [
              field.key,
              LIST_KINDS.includes(field.kind) ? texts : (texts[0] ?? ''),
            ]),
          ),
        );
        const layout = REPORT_KINDS.find((k) => k.id === kind)?.make(
          { ...document, records },
          { thaiDigits: false },
        );
        if (!layout) throw new Error(`no report ${kind}`);
        const workbook = new MemoryWorkbook();
        const sheet = workbook.insertSheet('รายงาน', 0);

        applyLayout(sheet, layout, memoryServices(workbook));

        expect(
          getFormulas(sheet)
            .flat()
            .filter((f) => f !== ''),
        ).toEqual([]);
        expect(sheet.getDataRange().getValues()).toEqual(
          layout.values.map((row) => row.map((value) => value ?? '')),
        );
      }),
      { numRuns: 25 },
    );
  });
});
