import { createServerApi, singleProcessLock } from '../../src/server/api';
import {
  CREATE_ITEMS,
  PRINT_ITEM,
  REPORT_ITEMS,
  STRUCTURE_ITEMS,
  VALIDATE_ITEM,
} from '../../src/server/menu-actions';
import { runMenuAction } from '../../src/server/menu-runner';
import { seed } from '../support/fixtures';
import { pasteTab, testWorkbook } from '../support/workbook';

describe('the add-on menu, run on the in-memory workbook', () => {
  it('structures the pasted tab, validates the new tab and makes its report, saying each outcome in Thai', () => {
    const { workbook, context } = testWorkbook();
    const pasted = pasteTab(workbook, 'วาง', seed('measures-fy2563.txt'));
    const api = createServerApi(() => context, singleProcessLock);
    const structureMeasures = STRUCTURE_ITEMS.find(
      (i) => i.action.kind === 'structure' && i.action.type === 'measures',
    )!;

    const structured = runMenuAction(api, pasted.getSheetId(), structureMeasures.action);
    const tab = workbook.getActiveSheet();
    const validated = runMenuAction(api, tab.getSheetId(), VALIDATE_ITEM.action);
    const reported = runMenuAction(api, tab.getSheetId(), REPORT_ITEMS[0]!.action);

    expect(structured).toContain('จัดโครงสร้างแล้ว 19 รายการ');
    expect(validated).toMatch(/^ข้อผิดพลาด \d+ · คำเตือน \d+|^ไม่พบปัญหา/);
    expect(reported).toMatch(/^สร้างรายงานแล้ว: "รายงานผล/);
  });

  it('makes a new OIT checklist from the menu and passes on what the officer should know of it', () => {
    const { workbook, context } = testWorkbook();
    const api = createServerApi(() => context, singleProcessLock);
    const create = CREATE_ITEMS.find((i) => i.action.kind === 'create' && i.action.type === 'oit-checklist')!;

    const said = runMenuAction(api, workbook.getActiveSheet().getSheetId(), create.action);

    expect(said).toMatch(/^สร้างแท็บ "แบบตรวจ OIT" แล้ว \(tab created\)\nไม่ได้ระบุปีงบประมาณ/);
  });

  it('makes a report again from the menu and names the earlier one it kept because an officer edited it', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', seed('measures-fy2563.txt'));
    const api = createServerApi(() => context, singleProcessLock);
    const made = api.structureActiveTab({ type: 'measures' });
    if (!made.ok) throw new Error(made.error);
    const sheetId = made.value.tab.sheetId;
    runMenuAction(api, sheetId, REPORT_ITEMS[0]!.action);
    workbook
      .getActiveSheet()
      .getRange('B3')
      .setValues([['แก้ไขแล้ว']]);

    const said = runMenuAction(api, sheetId, REPORT_ITEMS[0]!.action);

    expect(said).toMatch(/^สร้างรายงานแล้ว: "(รายงานผล[^"]*)"\nฉบับเดิมมีการแก้ไข จึงเก็บไว้เป็นแท็บ "\1 \(เดิม\)"/);
  });

  it('says why when the active tab is not a document tab', () => {
    const { workbook, context } = testWorkbook();
    const api = createServerApi(() => context, singleProcessLock);

    expect(runMenuAction(api, workbook.getActiveSheet().getSheetId(), VALIDATE_ITEM.action)).toContain(
      'ไม่ใช่แท็บเอกสารของ ita-sheets',
    );
  });

  it('prints the active report tab in the print dialog and says nothing over it', () => {
    const { workbook, context } = testWorkbook();
    pasteTab(workbook, 'วาง', seed('measures-fy2563.txt'));
    const shown: string[] = [];
    const printing = {
      fontCss: () => '',
      showDialog: (_html: string, title: string) => void shown.push(title),
    };
    const api = createServerApi(() => ({ ...context, printing }), singleProcessLock);
    const made = api.structureActiveTab({ type: 'measures' });
    if (!made.ok) throw new Error(made.error);
    runMenuAction(api, made.value.tab.sheetId, REPORT_ITEMS[0]!.action);
    const report = workbook.getActiveSheet();

    const said = runMenuAction(api, report.getSheetId(), PRINT_ITEM.action);

    expect(said).toBe('');
    expect(shown).toEqual([expect.stringContaining(made.value.tab.name)]);
  });

  it('says why a tab the add-in did not make cannot be printed', () => {
    const { workbook, context } = testWorkbook();
    const pasted = pasteTab(workbook, 'ตารางของฉัน', seed('measures-fy2563.txt'));
    const printing = { fontCss: () => '', showDialog: () => undefined };
    const api = createServerApi(() => ({ ...context, printing }), singleProcessLock);

    const said = runMenuAction(api, pasted.getSheetId(), PRINT_ITEM.action);

    expect(said).toContain('แท็บ "ตารางของฉัน" ไม่ใช่แท็บเอกสารหรือแท็บรายงาน');
  });
});
