/** Runs a menu action through the API and says what happened, in Thai with an English gloss. */

import { thaiDateTime } from '../core/thai/thai-date';
import type { ApiResult, RollupAnswer, ServerApi } from '../shared/api';
import type { MenuAction } from './menu-actions';

const MAX_LISTED = 12;

function failure<T>(result: ApiResult<T>): string | undefined {
  if (result.ok) return undefined;
  const problems = (result.problems ?? []).slice(0, MAX_LISTED).map((p) => `• ${p.message}`);
  return [result.error, ...problems].join('\n');
}

/** What an update of the roll-up found, for the alert. */
function rollupMessage(answer: RollupAnswer): string {
  if (answer.madeLinksTab) {
    return 'สร้างแท็บ "รายชื่อหน่วยงานในอำเภอ" แล้ว วางลิงก์สเปรดชีตของแต่ละหน่วยงานในคอลัมน์ B แล้วเลือก อัปเดตภาพรวมอำเภอ อีกครั้ง (the links tab is made: paste one organization link a row in column B, then update again)';
  }
  if (answer.sources.length === 0) {
    return 'ยังไม่มีลิงก์ในแท็บรายชื่อหน่วยงาน วางลิงก์ในคอลัมน์ B ก่อน (no links listed yet: paste them in column B)';
  }
  const read = answer.sources.filter((s) => s.status === 'ok').length;
  const waiting = answer.sources.filter((s) => s.status !== 'ok');
  const kept = answer.updated
    ? []
    : [
        'Sheets ยังดึงข้อมูลบางแถวไม่เสร็จ แท็บภาพรวมจึงยังเป็นฉบับเดิม เลือกอัปเดตอีกครั้งในอีกสักครู่ (an import is still loading: the roll-up tab is unchanged; update again in a moment)',
      ];
  return [
    ...kept,
    `อัปเดตภาพรวมแล้ว: นำเข้าได้ ${read} จาก ${answer.sources.length} แถว จัดลำดับ ${answer.ranked.length} หน่วยงาน (${read} of ${answer.sources.length} imported, ${answer.ranked.length} ranked)`,
    ...waiting.slice(0, MAX_LISTED).map((s) => `• แถว ${s.row}${s.label ? ` ${s.label}` : ''}: ${s.message}`),
  ].join('\n');
}

/**
 * The message for the officer after running `action` with `activeSheetId` as the active tab; empty when
 * the action showed a dialog of its own, which an alert would replace.
 */
export function runMenuAction(api: ServerApi, activeSheetId: number, action: MenuAction): string {
  switch (action.kind) {
    case 'create': {
      const result = api.createDocumentTab({ type: action.type });
      if (!result.ok) return failure(result) ?? '';
      const created = `สร้างแท็บ "${result.value.name}" แล้ว (tab created)`;
      return result.value.notice ? `${created}\n${result.value.notice}` : created;
    }
    case 'structure': {
      const result = api.structureActiveTab({ type: action.type });
      if (!result.ok) return failure(result) ?? '';
      const { tab, records, warnings } = result.value;
      const listed = warnings.slice(0, MAX_LISTED).map((w) => `• ${w.message}`);
      return [
        `จัดโครงสร้างแล้ว ${records} รายการ ในแท็บใหม่ "${tab.name}" แท็บที่วางไว้ยังอยู่ครบ (${records} records in a new tab; the pasted tab is unchanged)`,
        ...(warnings.length > 0 ? [`คำเตือน ${warnings.length} ข้อ (warnings):`, ...listed] : []),
      ].join('\n');
    }
    case 'validate': {
      const result = api.validateTab({ sheetId: activeSheetId, mark: true });
      if (!result.ok) return failure(result) ?? '';
      const { problems } = result.value;
      if (problems.length === 0) return 'ไม่พบปัญหา (no problems found)';
      const errors = problems.filter((p) => p.severity === 'error').length;
      return [
        `ข้อผิดพลาด ${errors} · คำเตือน ${problems.length - errors} ทำเครื่องหมายที่เซลล์แล้ว (problems marked on their cells)`,
        ...problems.slice(0, MAX_LISTED).map((p) => `• ${p.a1 ? `${p.a1}: ` : ''}${p.message}`),
      ].join('\n');
    }
    case 'rollover': {
      const result = api.rolloverTab({ sheetId: activeSheetId, ...(action.as ? { as: action.as } : {}) });
      if (!result.ok) return failure(result) ?? '';
      const { tab, records, warnings } = result.value;
      return [
        `สร้างแท็บใหม่ "${tab.name}" ปีงบประมาณ ${tab.header.fiscalYear ?? ''} ${records} รายการ แท็บเดิมไม่เปลี่ยนแปลง (a new tab of ${records} records; the old tab is unchanged)`,
        ...(warnings.length > 0
          ? [
              `ต้องตรวจสอบ ${warnings.length} ข้อ (to check):`,
              ...warnings.slice(0, MAX_LISTED).map((w) => `• ${w.message}`),
            ]
          : []),
      ].join('\n');
    }
    case 'report': {
      const result = api.makeReport({
        kind: action.report,
        sheetId: activeSheetId,
        thaiDigits: false,
        ...(action.round === undefined ? {} : { round: action.round }),
      });
      if (!result.ok) return failure(result) ?? '';
      const { replaced, name, kept = [] } = result.value;
      return [
        `${replaced ? 'สร้างรายงานใหม่แทนฉบับเดิม' : 'สร้างรายงานแล้ว'}: "${name}"`,
        ...kept.map(
          (k) => `ฉบับเดิมมีการแก้ไข จึงเก็บไว้เป็นแท็บ "${k}" (the earlier report had been edited: kept as "${k}")`,
        ),
        'พิมพ์หรือบันทึกเป็น PDF: เมนู ita-sheets › พิมพ์ / บันทึกเป็น PDF (print: the menu item พิมพ์ / บันทึกเป็น PDF)',
      ].join('\n');
    }
    case 'summary': {
      const result = api.updateSummary();
      if (!result.ok) return failure(result) ?? '';
      return `อัปเดตสรุปสำหรับอำเภอแล้ว (ITA_SUMMARY) เมื่อ ${thaiDateTime(result.value.updatedAt) ?? result.value.updatedAt} (the summary for the district is up to date)`;
    }
    case 'rollup': {
      const result = api.updateRollup({ thaiDigits: true });
      if (!result.ok) return failure(result) ?? '';
      return rollupMessage(result.value);
    }
    case 'print-rollup': {
      const result = api.printRollup({ thaiDigits: true });
      return result.ok ? '' : (failure(result) ?? '');
    }
    case 'print': {
      const result = api.printTab({ sheetId: activeSheetId });
      return result.ok ? '' : (failure(result) ?? '');
    }
  }
}
