/**
 * Generated documents of any size for each report kind, shared by the benchmark and the call-count
 * tests so both measure the same thing. An ITA analysis always has its ten indicators: what grows
 * with its size is its list of guidelines. Ethics records share a desired behaviour two by two, so
 * the merges that are the records' own structure grow predictably (size / 2).
 */

import type { DocumentRecord, DocumentTypeId } from '../../src/core/documents/document-type';
import type { DocumentHeader } from '../../src/core/documents/header';
import { REPORT_KINDS } from '../../src/core/reports/report-kinds';
import type { ReportKind } from '../../src/shared/api';

export interface SampleDocument {
  readonly type: DocumentTypeId;
  readonly header: DocumentHeader;
  readonly records: readonly DocumentRecord[];
}

function sampleRecord(type: DocumentTypeId, n: number): DocumentRecord {
  switch (type) {
    case 'results':
    case 'measures':
      return {
        no: String(n),
        measure: `มาตรการที่ ${n}`,
        steps: ['จัดทำ', 'เผยแพร่'],
        period: 'ปีงบประมาณ 2568',
        responsible: ['กองคลัง'],
        ...(type === 'results'
          ? { output: n % 2 ? 'ดำเนินการแล้ว' : '', outcome: '' }
          : { monitoring: 'รายงานผล' }),
      };
    case 'ita-analysis':
      return { no: String(n), indicator: `ตัวชี้วัด ${n}`, score: String(50 + n * 4), weaknesses: ['ข้อบกพร่อง'] };
    case 'action-plan':
      return {
        section: `2.${(n % 5) + 1} มิติ`,
        name: `โครงการ ${n}`,
        rationale: 'เหตุผล',
        objectives: ['ก'],
        targets: 'เป้าหมาย',
        area: 'ตำบล',
        methods: ['ข'],
        period: 'ปีงบประมาณ 2568',
        budget: n % 2 ? 'ไม่ใช้งบประมาณ' : '10,000 บาท',
        responsible: 'สำนักปลัด',
        indicators: ['ค'],
      };
    case 'ethics':
      return {
        behavior: [`พฤติกรรม ${Math.ceil(n / 2)}`],
        standard: `มาตรฐาน ${n}`,
        meaning: 'ความหมาย',
        practices: ['ก'],
        indicators: ['ข'],
      };
    case 'oit-checklist':
      return {
        code: `o${n}`,
        title: `ข้อมูลที่ ${n}`,
        subIndicator: n % 2 ? '9.1' : '10.2',
        url: n % 2 ? `https://www.example.go.th/o${n}` : '',
        status: n % 2 ? 'เผยแพร่แล้ว' : 'ยังไม่ดำเนินการ',
        responsible: ['สำนักปลัด'],
        due: '30 เม.ย. 68',
        note: '',
      };
  }
}

/** A document of `size` records (guidelines, for an analysis) that a report of `kind` is made from. */
export function sampleDocument(kind: ReportKind, size: number): SampleDocument {
  const type = REPORT_KINDS.find((k) => k.id === kind)?.from[0];
  if (type === undefined) throw new Error(`sampleDocument: bug: no report kind ${kind}`);
  const analysis = type === 'ita-analysis';
  const count = analysis ? 10 : size;
  return {
    type,
    header: analysis
      ? { fiscalYear: 2568, guidelines: Array.from({ length: size }, (_, i) => `แนวทาง ${i + 1}`) }
      : { fiscalYear: 2568 },
    records: Array.from({ length: count }, (_, i) => sampleRecord(type, i + 1)),
  };
}
