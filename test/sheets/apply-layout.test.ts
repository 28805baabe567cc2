import type { SheetLayout } from '../../src/core/layout/sheet-layout';
import { applyLayout } from '../../src/sheets/apply-layout';
import {
  getFormulas,
  inspectCell,
  inspectSheet,
  MemoryWorkbook,
  memoryServices,
} from '../../src/sheets/memory';

function layoutOf(rows: number): SheetLayout {
  const values = [['หัวข้อ', 'คะแนน'], ...Array.from({ length: rows }, (_, i) => [`=ข้อ ${i + 1}`, i])];
  return {
    name: 'ทดสอบ',
    values,
    styles: [
      { style: { bold: true, background: '#e8f0fe', border: true }, ranges: ['A1:B1'] },
      {
        style: { fontFamily: 'Sarabun', wrap: true, numberFormat: '0.00' },
        ranges: [`A2:B${rows + 1}`, 'A1'],
      },
    ],
    merges: ['C1:D1'],
    columnWidths: [240, 100, 100, 80],
    frozenRows: 1,
    notes: { B2: 'หมายเหตุ' },
    validations: [{ range: `B2:B${rows + 1}`, values: ['ก', 'ข'] }],
    charts: [
      {
        kind: 'bar',
        range: `A1:B${rows + 1}`,
        title: 'คะแนน',
        anchorRow: 2,
        anchorColumn: 4,
        minValue: 0,
        maxValue: 100,
      },
    ],
    print: { landscape: true, repeatRows: 1 },
    metadata: { 'ita-sheets.kind': 'test' },
    protection: { description: 'รายงาน' },
  };
}

function apply(rows: number) {
  const workbook = new MemoryWorkbook();
  const sheet = workbook.insertSheet('ทดสอบ', 1);
  workbook.resetCalls();
  applyLayout(sheet, layoutOf(rows), memoryServices(workbook));
  return { workbook, sheet };
}

describe('applyLayout', () => {
  it('writes values, styles, merges, widths, frozen rows, notes, dropdowns, chart, metadata and protection', () => {
    const { sheet } = apply(3);
    const state = inspectSheet(sheet);

    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['หัวข้อ', 'คะแนน'],
      ['=ข้อ 1', 0],
    ]);
    expect(inspectCell(sheet, 'A1').format).toMatchObject({ bold: true, background: '#e8f0fe' });
    expect(inspectCell(sheet, 'B2')).toMatchObject({ note: 'หมายเหตุ' });
    expect(state).toMatchObject({ frozenRows: 1 });
    expect(JSON.stringify(state)).toContain('C1:D1');
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual([
      'ita-sheets.kind',
      'ita-sheets.print',
    ]);
  });

  it('never lets a text starting with = run as a formula', () => {
    const { sheet } = apply(3);

    expect(
      getFormulas(sheet)
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  it('grows the tab past its first 1,000 rows for a long layout', () => {
    const { sheet } = apply(2000);

    expect(sheet.getMaxRows()).toBeGreaterThanOrEqual(2001);
    expect(sheet.getRange('A2001:B2001').getValues()).toEqual([['=ข้อ 2000', 1999]]);
  });

  it('makes the same number of service calls for 10 rows as for 500', () => {
    const small = apply(10).workbook.totalCalls();
    const large = apply(500).workbook.totalCalls();

    expect(large).toBe(small);
  });
});
