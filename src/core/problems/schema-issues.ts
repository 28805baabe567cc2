/**
 * A failed check's issues as an officer reads them. The schemas' own messages are Thai with an English
 * gloss already; a check that has none says zod's English description (a field of the wrong type), so
 * that gets Thai words by the check's type, the English kept as the gloss.
 */

import type { SchemaIssue } from './schema-check';

const THAI = /[\u0e01-\u0e5b]/;
// A message that quotes what it was given (an unknown key of 60,000 characters) is cut here.
const MAX_ISSUE_LENGTH = 300;

const TYPE_TH: Readonly<Record<string, string>> = {
  string: 'ต้องเป็นข้อความ',
  number: 'ต้องเป็นตัวเลข',
  int: 'ต้องเป็นจำนวนเต็ม',
  boolean: 'ต้องเป็นค่าจริงหรือเท็จ',
  array: 'ต้องเป็นรายการ',
  object: 'ต้องเป็นชุดข้อมูล',
  record: 'ต้องเป็นชุดข้อมูล',
  too_big: 'ยาวหรือมากเกินกำหนด',
  too_small: 'สั้นหรือน้อยกว่ากำหนด',
  invalid_format: 'รูปแบบไม่ถูกต้อง',
  invalid_union: 'ไม่ตรงกับแบบที่รับได้',
  invalid_value: 'ไม่ใช่ค่าที่รับได้',
  unrecognized_keys: 'มีช่องที่ไม่รู้จัก',
};

function cut(text: string): string {
  return text.length > MAX_ISSUE_LENGTH ? `${text.slice(0, MAX_ISSUE_LENGTH)}…` : text;
}

/** One issue: where (the field's path) and what, Thai then English. */
export function issueText(issue: SchemaIssue): string {
  const at = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  if (THAI.test(issue.message)) return cut(`${at}${issue.message}`);
  return cut(`${at}${TYPE_TH[issue.type] ?? 'ไม่ถูกต้อง'} (${issue.message})`);
}

/** Every issue of a failed check, on one line. */
export function issuesText(issues: readonly SchemaIssue[]): string {
  return issues.map(issueText).join(' · ');
}
