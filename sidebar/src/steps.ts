/**
 * The start page's five steps and their state, from what the server read of the workbook (StartState):
 * the organization's profile → a document (from a file, a paste or empty) → its check → the reports →
 * the OIT checklist. Labels and help in Thai only (the panel is 300 px). Pure.
 */

import type { StartState } from '../../src/shared/api';
import { toThaiDigits } from '../../src/core/thai/digits';
import type { ViewName } from './state';

export type StepId = 'profile' | 'document' | 'check' | 'report' | 'oit';

export interface Step {
  readonly id: StepId;
  /** 1–5. */
  readonly number: number;
  readonly title: string;
  readonly help: string;
  /** Where the step is done. */
  readonly view: ViewName;
  readonly done: boolean;
  /** What the workbook shows of it: `ยังไม่ทำ`, or what was done. */
  readonly status: string;
}

const th = (n: number): string => toThaiDigits(String(n));

/** The five steps with their state. */
export function startSteps(state: StartState): Step[] {
  const documents = state.documents.filter((d) => d.type !== 'oit-checklist');
  const records = documents.reduce((sum, d) => sum + d.records, 0);
  const check = state.lastCheck;
  const checked = check !== null && check.errors === 0;
  const oit = state.documents.filter((d) => d.type === 'oit-checklist');
  return [
    {
      id: 'profile',
      number: 1,
      title: 'ข้อมูลหน่วยงาน',
      help: 'ชื่อหน่วยงาน อำเภอ จังหวัด เว็บไซต์ และกอง/สำนักที่รับผิดชอบงาน',
      view: 'profile',
      done: state.profile,
      status: state.profile ? 'ทำแล้ว' : 'ยังไม่ทำ',
    },
    {
      id: 'document',
      number: 2,
      title: 'เอกสาร',
      help: 'นำเข้าจากไฟล์ วางตารางจากเอกสารเดิม หรือสร้างแท็บว่างแล้วกรอกทีละรายการ',
      view: 'documents',
      done: records > 0,
      status:
        documents.length === 0
          ? 'ยังไม่ทำ'
          : `${records > 0 ? 'ทำแล้ว' : 'ยังไม่ทำ'}: ${th(documents.length)} แท็บ ${th(records)} รายการ`,
    },
    {
      id: 'check',
      number: 3,
      title: 'ตรวจสอบ',
      help: 'ตรวจแท็บเอกสาร แล้วกด “แก้ในฟอร์ม” ที่ปัญหาแต่ละข้อ',
      view: 'validate',
      done: checked,
      status:
        check === null
          ? 'ยังไม่ทำ'
          : check.errors > 0
            ? `ยังไม่ผ่าน: ข้อผิดพลาด ${th(check.errors)} จุด (แท็บ “${check.name}”)`
            : `ทำแล้ว: แท็บ “${check.name}”${check.warnings > 0 ? ` คำเตือน ${th(check.warnings)} จุด` : ''}`,
    },
    {
      id: 'report',
      number: 4,
      title: 'สร้างและพิมพ์รายงาน',
      help: 'สร้างรายงานตามแบบ แล้วเปิดเป็น PDF เพื่อพิมพ์',
      view: 'report',
      done: state.reports > 0,
      status: state.reports > 0 ? `ทำแล้ว: ${th(state.reports)} รายงาน` : 'ยังไม่ทำ',
    },
    {
      id: 'oit',
      number: 5,
      title: 'แบบตรวจ OIT',
      help: 'รายการข้อมูลที่ต้องเผยแพร่บนเว็บไซต์ สถานะ และคะแนนหากประเมินวันนี้',
      view: 'oit',
      done: oit.length > 0,
      status: oit.length > 0 ? 'ทำแล้ว' : 'ยังไม่ทำ',
    },
  ];
}

/** The step to offer next: the first not done, or undefined when all are. */
export function nextStep(steps: readonly Step[]): Step | undefined {
  return steps.find((step) => !step.done);
}
