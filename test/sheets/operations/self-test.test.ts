import { runSelfTest, type SelfTestLock, selfTestMessage } from '../../../src/sheets/operations/self-test';
import { seed } from '../../support/fixtures';
import { pasteTab, snapshot, testWorkbook } from '../../support/workbook';

function recordingLock(workbook: { calls: Record<string, number> }): SelfTestLock & { log: string[] } {
  const log: string[] = [];
  const flushed = () => workbook.calls['SpreadsheetApp.flush'] ?? 0;
  return {
    log,
    waitLock: () => log.push('wait'),
    releaseLock: () => log.push(`release after ${flushed()} flush`),
  };
}

function officersWorkbook() {
  const t = testWorkbook();
  const pasted = pasteTab(t.workbook, 'วางจาก Word', seed('measures-fy2563.txt'));
  return { ...t, pasted };
}

describe('runSelfTest on the in-memory workbook', () => {
  it('passes every check, removes its scratch tab and leaves the officer’s tabs and active tab as they were', () => {
    const { workbook, context, pasted } = officersWorkbook();
    const before = workbook.getSheets().map(snapshot);
    const lock = recordingLock(workbook);

    const report = runSelfTest(context, { loadApp: () => ({}), lock: () => lock });

    expect(report.steps.filter((s) => !s.ok)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.steps.length).toBeGreaterThanOrEqual(12);
    expect(workbook.getSheets().map(snapshot)).toEqual(before);
    expect(workbook.getActiveSheet().getSheetId()).toBe(pasted.getSheetId());
    expect(lock.log).toEqual(['wait', 'release after 1 flush']);
    expect(selfTestMessage(report)).toMatch(/^ติดตั้งถูกต้อง ผ่านทุกข้อ \(\d+\/\d+\)/);
  });

  it('reports a file of the add-in that does not load and a missing lock, and still checks and cleans up the rest', () => {
    const { workbook, context } = officersWorkbook();
    const tabs = workbook.getSheets().length;

    const report = runSelfTest(context, {
      loadApp: () => {
        throw new Error('sidebar.html not found');
      },
      lock: () => null,
    });
    const message = selfTestMessage(report);

    expect(report.passed).toBe(false);
    expect(report.steps.filter((s) => !s.ok).map((s) => s.detail)).toEqual([
      'sidebar.html not found',
      'LockService.getDocumentLock() gave null',
    ]);
    expect(message).toMatch(/^พบปัญหา ผ่าน \d+ จาก \d+ ข้อ/);
    expect(message).toContain('✗ โหลดไฟล์ของส่วนเสริม (the add-in files load): sidebar.html not found');
    expect(workbook.getSheets()).toHaveLength(tabs);
  });

  it('reports a damaged profile as a failed check', () => {
    const { context, workbook } = officersWorkbook();
    context.properties.setProperty('ita-sheets.profile', '{oops');

    const report = runSelfTest(context, { loadApp: () => ({}), lock: () => recordingLock(workbook) });

    expect(report.steps.find((s) => !s.ok)?.detail).toContain('เสียหาย');
  });

  it('removes its scratch tab and releases the lock whichever service call fails, or names the tab it left', () => {
    const probe = officersWorkbook();
    probe.workbook.resetCalls();
    runSelfTest(probe.context, { loadApp: () => ({}), lock: () => recordingLock(probe.workbook) });
    const total = probe.workbook.totalCalls();
    const passedDespiteFailure: number[] = [];

    for (let n = 1; n <= total; n++) {
      const { workbook, context } = officersWorkbook();
      const before = workbook.getSheets().map(snapshot);
      const lock = recordingLock(workbook);
      workbook.failAtCall(n);

      const report = runSelfTest(context, { loadApp: () => ({}), lock: () => lock });
      workbook.failAtCall(undefined);
      if (report.passed) passedDespiteFailure.push(n);

      const left = workbook.getSheets().filter((s) => s.getName().startsWith('ita-sheets ตรวจการติดตั้ง'));
      // (A failure of the insert the case check expects Sheets to refuse passes for that refusal.)
      expect({
        n,
        passed: report.passed || report.steps.some((s) => s.name.includes('ignore case')),
      }).toEqual({
        n,
        passed: true,
      });
      expect({ n, left: left.map((s) => s.getName()) }).toEqual({
        n,
        left: report.leftTab === undefined ? [] : [report.leftTab],
      });
      const officers = workbook.getSheets().filter((s) => !left.includes(s));
      expect({ n, tabs: officers.map(snapshot) }).toEqual({ n, tabs: before });
      expect({ n, released: lock.log.at(-1)?.startsWith('release') }).toEqual({ n, released: true });
    }
    // Only the insert the case check expects Sheets to refuse can fail unseen: its failure is that refusal.
    expect(passedDespiteFailure).toHaveLength(1);
  });
});
