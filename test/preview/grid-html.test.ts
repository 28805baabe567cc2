import {
  cellBarHtml,
  cellText,
  gridHtml,
  gridTableHtml,
  gridTabsHtml,
  MAX_GRID_ROWS,
} from '../../src/preview/grid-html';
import { importCard, importsComputed } from '../../src/preview/grid-imports';
import { escapeHtml } from '../../src/core/html/escape-html';
import { type CellJson, IMPORT_MESSAGES, type SheetJson } from '../../src/sheets/memory';

function sheetJson(cells: CellJson[], more: Partial<SheetJson> = {}): SheetJson {
  return {
    id: 7,
    name: 'มาตรการ 2568',
    hidden: false,
    maxRows: 1000,
    maxColumns: 26,
    frozenRows: 0,
    columnWidths: [],
    merges: [],
    cells,
    metadata: [],
    protections: [],
    charts: [],
    ...more,
  };
}

/** The opening tag of the cell named `a1`. */
function cellTag(html: string, a1: string): string {
  return new RegExp(`<td data-a1="${a1}"[^>]*>`).exec(html)?.[0] ?? '';
}

const ATTACK = '<img src=x onerror=alert(1)>';

describe('gridTableHtml', () => {
  it('escapes every value and note, so markup typed into a cell shows as text', () => {
    const html = gridTableHtml(
      sheetJson([
        { cell: 'A1', value: ATTACK },
        { cell: 'B1', value: 'x', note: `"><script>alert(1)</script>` },
      ]),
    );

    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(cellTag(html, 'B1')).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('escapes the sheet name it labels the table with', () => {
    const html = gridTableHtml(sheetJson([{ cell: 'A1', value: 'x' }], { name: '"><b>แท็บ' }));

    expect(html).toContain('aria-label="&quot;&gt;&lt;b&gt;แท็บ"');
  });

  it('draws a merge as one cell with rowspan and colspan and leaves out the cells it covers', () => {
    const html = gridTableHtml(
      sheetJson(
        [
          { cell: 'A1', value: 'หัวเรื่อง' },
          { cell: 'C3', value: 'x' },
        ],
        { merges: ['A1:B2'] },
      ),
    );

    expect(cellTag(html, 'A1')).toMatch(/rowspan="2" colspan="2"/);
    expect(html).not.toContain('data-a1="B1"');
    expect(html).not.toContain('data-a1="A2"');
    expect(html).not.toContain('data-a1="B2"');
    expect(html).toContain('data-a1="C2"');
  });

  it('marks bold cells and gives fills, colors and alignment as style', () => {
    const html = gridTableHtml(
      sheetJson([
        {
          cell: 'A1',
          value: 'ลำดับ',
          format: { bold: true, background: '#e8f0fe', fontColor: 'red', horizontalAlignment: 'center' },
        },
      ]),
    );

    expect(cellTag(html, 'A1')).toContain('class="bold"');
    expect(cellTag(html, 'A1')).toContain('style="background:#e8f0fe;color:red;text-align:center"');
  });

  it('drops a fill that is not a plain color rather than write it into a style', () => {
    const html = gridTableHtml(
      sheetJson([{ cell: 'A1', value: 'x', format: { background: 'red;background:url(//evil)' } }]),
    );

    expect(cellTag(html, 'A1')).not.toContain('style=');
  });

  it('shows a note as the title of its cell with a small mark', () => {
    const html = gridTableHtml(sheetJson([{ cell: 'B2', value: 'กองคลัง', note: 'ไม่พบหน่วยงานนี้' }]));

    expect(cellTag(html, 'B2')).toContain('title="ไม่พบหน่วยงานนี้"');
    expect(html).toContain('<span class="note-mark" aria-hidden="true"></span>กองคลัง');
  });

  it('sets the column widths and puts the frozen rows in the table head', () => {
    const html = gridTableHtml(
      sheetJson(
        [
          { cell: 'A1', value: 'ลำดับ' },
          { cell: 'B3', value: 'x' },
        ],
        {
          frozenRows: 1,
          columnWidths: [{ column: 2, width: 320 }],
        },
      ),
    );

    expect(html).toContain('<col style="width:100px"><col style="width:320px">');
    expect(html).toContain('style="width:466px"');
    expect(html).toMatch(/<thead>.*<tr data-row="1" class="frozen">.*<\/thead><tbody><tr data-row="2">/);
  });

  it('draws to the last row and column with content, and at least A1 for an empty sheet', () => {
    const filled = gridTableHtml(
      sheetJson([
        { cell: 'C4', value: 'x' },
        { cell: 'Z9', format: { bold: true } },
      ]),
    );
    const empty = gridTableHtml(sheetJson([]));

    expect(filled.match(/<tr data-row=/g)).toHaveLength(4);
    expect(filled).toContain('data-a1="C4"');
    expect(filled).not.toContain('data-a1="D4"');
    expect(empty).toContain('data-a1="A1"');
    expect(empty.match(/<td data-a1=/g)).toHaveLength(1);
  });

  it(`stops at ${MAX_GRID_ROWS} rows and says how many there are`, () => {
    const html = gridTableHtml(
      sheetJson([{ cell: `A${MAX_GRID_ROWS + 500}`, value: 'x' }], { maxRows: 5000 }),
    );

    expect(html.match(/<tr data-row=/g)).toHaveLength(MAX_GRID_ROWS);
    expect(html).toContain('แสดง 2,000 แถวแรกจาก 2,500 แถว');
  });

  it('highlights the top-left cell of the selection', () => {
    const html = gridTableHtml(sheetJson([{ cell: 'B3', value: 'x' }]), 'B3:C3');

    expect(cellTag(html, 'B3')).toMatch(/class="[^"]*\bselected\b/);
    expect(cellTag(html, 'A1')).not.toContain('selected');
  });
});

describe('cellText', () => {
  it('shows values as Sheets does: booleans in capitals, decimals by the number format, dates in Bangkok', () => {
    expect(cellText({ cell: 'A1', value: true })).toBe('TRUE');
    expect(cellText({ cell: 'A1', value: 85, format: { numberFormat: '0.00' } })).toBe('85.00');
    expect(cellText({ cell: 'A1', value: 77.21 })).toBe('77.21');
    expect(cellText({ cell: 'A1', formula: '=ITA_SCORE(B2:K2)' })).toBe('=ITA_SCORE(B2:K2)');
    expect(cellText({ cell: 'A1', date: '2024-09-30T17:00:00.000Z' })).toBe('2024-10-01');
    expect(cellText(undefined)).toBe('');
  });
});

describe('gridTabsHtml', () => {
  it('makes a button a tab, the active one selected, names escaped', () => {
    const html = gridTabsHtml(
      [
        { sheetId: 0, name: 'วางข้อความ' },
        { sheetId: 3, name: ATTACK },
      ],
      3,
    );

    expect(html).toContain(
      'data-testid="grid-tab" data-sheet-id="0" aria-selected="false">วางข้อความ</button>',
    );
    expect(html).toContain(
      'data-sheet-id="3" aria-selected="true" class="active">&lt;img src=x onerror=alert(1)&gt;',
    );
  });
});

describe('gridHtml', () => {
  it('puts the cell bar, the table and the tabs together, the selected text in the bar escaped', () => {
    const sheet = sheetJson([{ cell: 'B2', value: ATTACK }]);

    const html = gridHtml({ tabs: [{ sheetId: 7, name: 'มาตรการ 2568' }], sheet, selected: 'B2' });

    expect(html.indexOf('data-testid="cell-bar"')).toBeLessThan(html.indexOf('data-testid="grid-table"'));
    expect(html.indexOf('data-testid="grid-table"')).toBeLessThan(html.indexOf('data-testid="grid-tab"'));
    expect(cellBarHtml(sheet, 'B2')).toContain(
      '<span class="cell-name">B2</span><span class="cell-text">&lt;img src=x onerror=alert(1)&gt;</span>',
    );
  });
});

describe('an import in the grid', () => {
  it('draws the cells an import spilled, greyed, past the last cell the tab holds', () => {
    const imports = {
      values: new Map<string, string | number>([
        ['A1', 'version'],
        ['B1', 1],
        ['A2', 'organization'],
        ['B2', ATTACK],
      ]),
      messages: new Map<string, string>(),
    };
    const sheet = sheetJson([{ cell: 'A1', formula: '=IMPORTRANGE("x", "ITA_SUMMARY")' }]);

    const html = gridTableHtml(sheet, undefined, importsComputed(imports));

    expect(cellTag(html, 'B2')).toContain('class="spilled"');
    expect(cellTag(html, 'A1')).toContain('class="computed"');
    expect(html).toContain('>version</td>');
    expect(html).toContain(escapeHtml(ATTACK));
    expect(html).not.toContain(ATTACK);
  });

  it('shows the card of a selected #REF! import: Allow access only for sheets that need connecting', () => {
    const imports = {
      values: new Map([
        ['A1', '#REF!'],
        ['E1', '#REF!'],
      ]),
      messages: new Map([
        ['A1', IMPORT_MESSAGES.connect],
        ['E1', IMPORT_MESSAGES.permission],
      ]),
    };
    const sheet = sheetJson([]);
    const view = (selected: string) => {
      const card = importCard(imports, selected);
      return gridHtml({ tabs: [], sheet, selected, ...(card ? { importCard: card } : {}) });
    };

    const connect = view('A1');
    const permission = view('E1');
    const none = view('B1');

    expect(connect).toContain('ต้องอนุญาตให้เข้าถึงสเปรดชีตนี้ก่อน');
    expect(connect).toContain('data-testid="allow-access" data-a1="A1"');
    expect(permission).toContain(escapeHtml(IMPORT_MESSAGES.permission));
    expect(permission).not.toContain('allow-access');
    expect(none).not.toContain('import-card');
    expect(importsComputed(imports).get('A1')).toEqual({ error: '#REF!', message: IMPORT_MESSAGES.connect });
  });
});

describe('text running into the empty cells to its right, as Sheets draws it', () => {
  it('lets unwrapped text overflow an empty neighbour, never a filled, wrapped or right-aligned one', () => {
    const sheet = sheetJson([
      { cell: 'A1', value: 'หัวข้อยาวที่ล้นไปช่องข้างๆ' },
      { cell: 'A2', value: 'ข้อความยาว' },
      { cell: 'B2', value: 'x' },
      { cell: 'A3', value: 'ตัดบรรทัด', format: { wrap: true } },
      { cell: 'A4', value: 'ชิดขวา', format: { horizontalAlignment: 'right' } },
    ]);
    const html = gridTableHtml(sheet);
    const classOf = (a1: string) => new RegExp(`data-a1="${a1}" class="([^"]*)"`).exec(html)?.[1] ?? '';

    expect(classOf('A1')).toContain('overflow');
    expect(classOf('A2')).not.toContain('overflow');
    expect(classOf('A3')).not.toContain('overflow');
    expect(classOf('A4')).not.toContain('overflow');
  });
});
