/**
 * The installation check an owner runs in a real spreadsheet after `clasp push` (menu ›
 * ตรวจการติดตั้ง): the add-in's files load, the document lock is granted, the profile reads, and each
 * SpreadsheetApp operation the adapter relies on behaves as the in-memory workbook says it does, on a
 * scratch tab made for the purpose and removed at the end, whatever failed. It says what passed.
 * The same code runs on the in-memory workbook in the tests, where every check must pass.
 */

import { PLAIN_TEXT, toCellValue } from '../cell-value';
import { firstFreeTabName, META, readMetadata, writeMetadata } from '../metadata';
import type { SheetApi } from '../spreadsheet-api';
import type { SheetsContext } from './context';
import { loadProfile } from './profile';

/** LockService's document lock as the check uses it (null where Apps Script gives none). */
export interface SelfTestLock {
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
}

export interface SelfTestProbes {
  /** Loads what the add-in serves besides its script (the sidebar, the help page); throws when it cannot. */
  readonly loadApp: () => unknown;
  readonly lock: () => SelfTestLock | null;
}

/** One check: its Thai name with an English gloss, and why it failed. */
export interface SelfTestStep {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

export interface SelfTestReport {
  readonly steps: readonly SelfTestStep[];
  readonly passed: boolean;
  /** The scratch tab's name when it could not be removed, for the owner to delete. */
  readonly leftTab?: string;
}

/** Text Sheets would read as something else, each of which must read back exactly as written. */
const TRICKY_TEXT = [
  '=SUM(A1)',
  '+66 81',
  '@มาตรการ',
  '1 Oct 2024',
  'Mar 1 2016',
  '1 1/2',
  '10 %',
  '$ 5',
  'TRUE',
  "'อ้าง",
];

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The checks on the scratch tab, in order; each uses only what the ones before it made. */
function sheetChecks(context: SheetsContext, sheet: () => SheetApi): [string, () => void][] {
  const { spreadsheet, services } = context;
  return [
    [
      'เขียนและอ่านข้อความที่ Sheets อาจแปลงเป็นสูตร วันที่ หรือตัวเลข (text stays text)',
      () => {
        const range = sheet().getRange(1, 1, 1, TRICKY_TEXT.length);
        range.setValues([TRICKY_TEXT.map((t) => toCellValue(t))]);
        const read = range.getValues()[0];
        check(same(read, TRICKY_TEXT), `read back ${JSON.stringify(read)}`);
      },
    ],
    [
      "คอลัมน์แบบข้อความธรรมดา (@) ไม่เพิ่มเครื่องหมาย ' (plain-text column keeps no apostrophe)",
      () => {
        const range = sheet().getRange(2, 1, 1, TRICKY_TEXT.length).setNumberFormat(PLAIN_TEXT);
        const formats = range.getNumberFormats()[0] ?? [];
        check(formats[0] === PLAIN_TEXT, `number format ${formats[0]}`);
        range.setValues([TRICKY_TEXT.map((t, i) => toCellValue(t, formats[i]))]);
        const read = range.getValues()[0];
        check(same(read, TRICKY_TEXT), `read back ${JSON.stringify(read)}`);
      },
    ],
    [
      'หมายเหตุ สีพื้น เส้นขอบ การผสานเซลล์ ความกว้าง แถวตรึง (notes, fills, borders, merge, widths, frozen rows)',
      () => {
        const tab = sheet();
        tab.getRange(3, 1, 1, 2).setNotes([['โน้ตทดสอบ', null]]);
        tab.getRangeList(['A4', 'C4']).setBackground('#fce8e6').setBorder(true, true, true, true, null, null);
        tab.getRange('A5:B5').merge();
        tab.setColumnWidths(1, 2, 120);
        tab.setFrozenRows(1);
        const notes = tab.getRange(3, 1, 1, 2).getNotes()[0];
        const fills = tab.getRange('A4:C4').getBackgrounds()[0];
        check(same(notes, ['โน้ตทดสอบ', '']), `notes ${JSON.stringify(notes)}`);
        check(same(fills, ['#fce8e6', '#ffffff', '#fce8e6']), `fills ${JSON.stringify(fills)}`);
        check(tab.getFrozenRows() === 1, `frozen rows ${tab.getFrozenRows()}`);
      },
    ],
    [
      'แบบอักษร ขนาด ตัวหนา สี การตัดบรรทัด การจัดวาง (fonts, weight, colour, wrap, alignment)',
      () => {
        sheet()
          .getRangeList(['A1:B2'])
          .setFontFamily('Sarabun')
          .setFontSize(14)
          .setFontWeight('bold')
          .setFontColor('#1a73e8')
          .setWrap(true)
          .setHorizontalAlignment('center')
          .setVerticalAlignment('top');
      },
    ],
    [
      'ขอบเขตข้อมูลและการเลือกเซลล์ (data range, last row and column, selection)',
      () => {
        const tab = sheet();
        const bounds = [tab.getLastRow(), tab.getLastColumn(), tab.getDataRange().getA1Notation()];
        // Rows 3–5 hold only notes, fills and a merge: content alone counts.
        check(same(bounds, [2, TRICKY_TEXT.length, 'A1:J2']), `bounds ${JSON.stringify(bounds)}`);
        tab.setActiveSelection('B2');
        const selected = tab.getActiveRange()?.getA1Notation();
        check(selected === 'B2', `selection ${selected}`);
        check(
          spreadsheet.getActiveSheet().getSheetId() === tab.getSheetId(),
          'the selected tab is not shown',
        );
      },
    ],
    [
      'เพิ่มแถวและคอลัมน์ (insert rows and columns)',
      () => {
        const tab = sheet();
        const [rows, columns] = [tab.getMaxRows(), tab.getMaxColumns()];
        tab.insertRowsAfter(rows, 10).insertColumnsAfter(columns, 2);
        check(tab.getMaxRows() === rows + 10 && tab.getMaxColumns() === columns + 2, 'the grid did not grow');
      },
    ],
    [
      'ข้อมูลกำกับแท็บ (developer metadata)',
      () => {
        const tab = sheet();
        writeMetadata(tab, META.version, 'self-test');
        writeMetadata(tab, META.version, 'self-test 2');
        const value = readMetadata(tab).get(META.version);
        const count = tab.getDeveloperMetadata().filter((m) => m.getKey() === META.version).length;
        check(value === 'self-test 2' && count === 1, `metadata ${value} ×${count}`);
      },
    ],
    [
      'รายการตัวเลือก การป้องกันแท็บ และแผนภูมิ (dropdown, protection, chart)',
      () => {
        const tab = sheet();
        const rule = services
          .newDataValidation()
          .requireValueInList(['ก', 'ข'], true)
          .setAllowInvalid(true)
          .build();
        tab.getRange('D1:D3').setDataValidation(rule);
        tab.protect().setWarningOnly(true).setDescription('ita-sheets: ตรวจการติดตั้ง');
        tab.getRange(6, 1, 2, 2).setValues([
          ['ก', 1],
          ['ข', 2],
        ]);
        const chart = tab
          .newChart()
          .setChartType(services.barChartType)
          .addRange(tab.getRange('A6:B7'))
          .setPosition(8, 1, 0, 0)
          .build();
        tab.insertChart(chart);
      },
    ],
    [
      'ชื่อแท็บไม่แยกตัวพิมพ์เล็ก-ใหญ่ (tab names ignore case)',
      () => {
        const name = sheet().getName();
        let refused = false;
        try {
          spreadsheet.insertSheet(name.toUpperCase() === name ? name.toLowerCase() : name.toUpperCase(), 0);
        } catch {
          refused = true;
        }
        check(refused, 'Sheets took a tab name that differs only in case');
        check(spreadsheet.getSheetByName(name.toLowerCase()) !== null, 'getSheetByName is case-sensitive');
      },
    ],
  ];
}

function attempt(name: string, run: () => void): SelfTestStep {
  try {
    run();
    return { name, ok: true };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs every check; the scratch tab is removed whatever happened. */
export function runSelfTest(context: SheetsContext, probes: SelfTestProbes): SelfTestReport {
  const { spreadsheet } = context;
  const steps: SelfTestStep[] = [
    attempt('โหลดไฟล์ของส่วนเสริม (the add-in files load)', () => void probes.loadApp()),
  ];
  steps.push(
    attempt('อ่านข้อมูลหน่วยงาน (the profile reads)', () => {
      loadProfile(context.properties);
    }),
  );
  const lock = probes.lock();
  steps.push(
    attempt('ล็อกเอกสาร (the document lock)', () => {
      check(lock !== null, 'LockService.getDocumentLock() gave null');
      lock?.waitLock(10_000);
    }),
  );
  let scratch: SheetApi | undefined;
  let scratchName = '';
  // Inserting a tab makes it the active one: the officer's tab is shown again at the end.
  let active: SheetApi | undefined;
  let leftTab: string | undefined;
  try {
    steps.push(
      attempt('สร้างแท็บทดสอบ (a scratch tab)', () => {
        active = spreadsheet.getActiveSheet();
        scratchName = firstFreeTabName(spreadsheet, (n) => `ita-sheets ตรวจการติดตั้ง ${n}`);
        scratch = spreadsheet.insertSheet(scratchName, spreadsheet.getSheets().length);
      }),
    );
    const onScratch = () => {
      if (!scratch) throw new Error('ข้าม: ไม่มีแท็บทดสอบ (skipped: no scratch tab)');
      return scratch;
    };
    for (const [name, run] of sheetChecks(context, onScratch)) steps.push(attempt(name, run));
  } finally {
    if (scratch) {
      const removed = attempt('ลบแท็บทดสอบ (the scratch tab removed)', () => {
        // The case check may have made a twin before Sheets refused it: both go.
        for (const sheet of spreadsheet.getSheets())
          if (sheet.getName().toLowerCase() === scratchName.toLowerCase()) spreadsheet.deleteSheet(sheet);
      });
      steps.push(removed);
      if (!removed.ok) leftTab = scratchName;
      const shown = active;
      if (shown)
        steps.push(
          attempt('กลับไปที่แท็บเดิม (back to the tab that was open)', () => spreadsheet.setActiveSheet(shown)),
        );
    }
    if (lock) {
      steps.push(
        attempt('บันทึกและปล่อยล็อก (flush and release the lock)', () => {
          try {
            context.services.flush();
          } finally {
            lock.releaseLock();
          }
        }),
      );
    }
  }
  return { steps, passed: steps.every((s) => s.ok), ...(leftTab === undefined ? {} : { leftTab }) };
}

/** The report as the owner reads it in the alert. */
export function selfTestMessage(report: SelfTestReport): string {
  const lines = report.steps.map((s) => (s.ok ? `✓ ${s.name}` : `✗ ${s.name}: ${s.detail ?? ''}`));
  const passed = report.steps.filter((s) => s.ok).length;
  return [
    report.passed
      ? `ติดตั้งถูกต้อง ผ่านทุกข้อ (${passed}/${report.steps.length}) (the installation works: every check passed)`
      : `พบปัญหา ผ่าน ${passed} จาก ${report.steps.length} ข้อ (${passed} of ${report.steps.length} checks passed)`,
    ...lines,
    ...(report.leftTab
      ? [`ลบแท็บ "${report.leftTab}" ไม่ได้ โปรดลบเอง (could not remove the tab "${report.leftTab}": delete it)`]
      : []),
  ].join('\n');
}
