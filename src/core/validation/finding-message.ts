/** A finding in words: where it is (record, field, source row) and what is wrong, Thai then English. */

import type { DocumentType } from '../documents/document-type';
import type { Finding } from '../problems/finding';
import type { Place } from '../problems/problem';
import type { Note } from '../problems/structure-note';
import { describeNoteOrProblem } from '../problems/structure-note-words';

const SEVERITY: Readonly<Record<Finding['severity'], Place>> = {
  error: { th: 'ข้อผิดพลาด', en: 'error' },
  warning: { th: 'คำเตือน', en: 'warning' },
};

/** Where a finding is: "มาตรการที่ 3 · ผู้รับผิดชอบ" / "measure 3 · responsible". */
export function findingPlace(type: DocumentType, finding: Finding<Note>): Place {
  const th: string[] = [];
  const en: string[] = [];
  if (finding.record !== undefined) {
    th.push(`${type.recordTh}ที่ ${finding.record}`);
    en.push(`${type.recordEn} ${finding.record}`);
  }
  if (finding.field !== undefined) {
    const field = type.fields.find((f) => f.key === finding.field);
    th.push(field?.th.replace(/^[๐-๙]+\.\s*/, '') ?? finding.field);
    en.push(field?.en ?? finding.field);
  }
  if (finding.row !== undefined) {
    th.push(`แถวที่ ${finding.row}`);
    en.push(`row ${finding.row}`);
  }
  if (th.length === 0) return { th: type.th, en: 'the document' };
  return { th: th.join(' · '), en: en.join(' · ') };
}

/** One line for one finding: "ข้อผิดพลาด: มาตรการที่ 3 · ผู้รับผิดชอบ ต้องกรอก (error: measure 3 · responsible is required)". */
export function findingMessage(type: DocumentType, finding: Finding<Note>): string {
  const place = findingPlace(type, finding);
  const words = describeNoteOrProblem(finding.problem);
  const severity = SEVERITY[finding.severity];
  return `${severity.th}: ${place.th} ${words.th} (${severity.en}: ${place.en} ${words.en})`;
}
