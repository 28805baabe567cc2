/**
 * The entry form's check as the officer types: the record schema (shape, size) and validateRecord
 * (meaning), the same two the server runs before it writes, turned into short messages per field.
 */

import type { DocumentType } from '../../src/core/documents/document-type';
import type { DocumentHeader, Profile } from '../../src/core/documents/header';
import { recordSchema } from '../../src/core/documents/record-schema';
import type { Severity } from '../../src/core/problems/finding';
import { describeProblem } from '../../src/core/problems/messages';
import { validateRecord } from '../../src/core/validation/validate';
import type { ApiProblem } from '../../src/shared/api';
import { type FormValues, recordFromValues } from './form-values';

/** One message under a field. */
export interface FieldMessage {
  readonly severity: Severity;
  readonly text: string;
}

/** The messages of a form: per field key, those about no one field, and the fields with an error. */
export interface FormCheck {
  readonly byField: Readonly<Record<string, readonly FieldMessage[]>>;
  readonly general: readonly FieldMessage[];
  readonly errorFields: readonly string[];
}

const WARNING = 'คำเตือน';

function add(byField: Record<string, FieldMessage[]>, key: string, message: FieldMessage): void {
  const list = byField[key] ?? [];
  if (!list.some((m) => m.text === message.text)) list.push(message);
  byField[key] = list;
}

function summarize(type: DocumentType, byField: Record<string, FieldMessage[]>, general: FieldMessage[]) {
  const errorFields = type.fields
    .map((f) => f.key)
    .filter((key) => (byField[key] ?? []).some((m) => m.severity === 'error'));
  return { byField, general, errorFields };
}

/** Checks the form's record with the type's schema and validation; no profile, no unit check. */
export function checkForm(
  type: DocumentType,
  values: FormValues,
  header: DocumentHeader,
  profile: Pick<Profile, 'units'> | null,
): FormCheck {
  const record = recordFromValues(type, values);
  const byField: Record<string, FieldMessage[]> = {};
  const general: FieldMessage[] = [];
  const shape = recordSchema(type).safeParse(record);
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const key = issue.path[0];
      const message = { severity: 'error' as const, text: issue.message };
      if (typeof key === 'string') add(byField, key, message);
      else general.push(message);
    }
  }
  for (const finding of validateRecord(type, record, header, profile ? { profile } : {})) {
    // A field the schema refused has said why already; its value means nothing more.
    if (finding.field !== undefined && !shape.success && byField[finding.field]) continue;
    const words = describeProblem(finding.problem);
    const text =
      finding.severity === 'warning' ? `${WARNING}: ${words.th} (${words.en})` : `${words.th} (${words.en})`;
    if (finding.field === undefined) general.push({ severity: finding.severity, text });
    else add(byField, finding.field, { severity: finding.severity, text });
  }
  return summarize(type, byField, general);
}

/** The server's refusal as form messages: each problem under its field when it names one. */
export function serverCheck(type: DocumentType, problems: readonly ApiProblem[]): FormCheck {
  const byField: Record<string, FieldMessage[]> = {};
  const general: FieldMessage[] = [];
  const keys = new Set(type.fields.map((f) => f.key));
  for (const problem of problems) {
    const message = { severity: problem.severity, text: problem.message };
    if (problem.field !== undefined && keys.has(problem.field)) add(byField, problem.field, message);
    else general.push(message);
  }
  return summarize(type, byField, general);
}

/** Two checks as one: the form's own and the server's last refusal. */
export function mergeChecks(type: DocumentType, a: FormCheck, b: FormCheck): FormCheck {
  const byField: Record<string, FieldMessage[]> = {};
  for (const check of [a, b]) {
    for (const [key, messages] of Object.entries(check.byField)) {
      for (const message of messages) add(byField, key, message);
    }
  }
  return summarize(type, byField, [...a.general, ...b.general]);
}

/** Why the form cannot be saved, naming the fields; empty when it can. */
export function saveBlockedReason(type: DocumentType, check: FormCheck): string {
  const generalErrors = check.general.filter((m) => m.severity === 'error');
  if (check.errorFields.length === 0 && generalErrors.length === 0) return '';
  const labels = check.errorFields.map(
    (key) => type.fields.find((f) => f.key === key)?.th.replace(/^[๐-๙]+\.\s*/, '') ?? key,
  );
  const count = check.errorFields.length + generalErrors.length;
  const where = labels.length > 0 ? `: ${labels.join(', ')}` : '';
  return `บันทึกไม่ได้ ยังมีข้อผิดพลาด ${count} จุด${where} (fix ${count} error${count === 1 ? '' : 's'} to save)`;
}
