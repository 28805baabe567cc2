/**
 * Validation: the records of a document → what is wrong (errors) and what looks wrong (warnings),
 * each naming the record, the field and the value. The structurer and the sidebar both call it.
 */

import type { DocumentRecord, DocumentType } from '../documents/document-type';
import { type FieldSpec, isListField } from '../documents/field';
import type { DocumentHeader, Profile } from '../documents/header';
import { MAX_CELL_LENGTH } from '../documents/record-schema';
import { readScore } from '../functions/read-score';
import { frameworkFor } from '../ita/framework-select';
import type { Finding } from '../problems/finding';
import type { Problem } from '../problems/problem';
import { parseBudget } from '../thai/budget';
import { parsePeriod, periodFiscalYears } from '../thai/period';
import { isKnownUnit } from './units';

export interface ValidationContext {
  /** The organization's profile; without it, units are not checked. */
  readonly profile?: Pick<Profile, 'units'>;
}

interface Check {
  readonly severity: Finding['severity'];
  readonly problem: Problem;
}

const error = (problem: Problem): Check => ({ severity: 'error', problem });
const warning = (problem: Problem): Check => ({ severity: 'warning', problem });

function isEmpty(value: string | readonly string[] | undefined): boolean {
  return value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0);
}

/** What is wrong with one field's value, given the document's header and the profile. */
function checkField(
  field: FieldSpec,
  value: string | readonly string[] | undefined,
  header: DocumentHeader,
  context: ValidationContext,
): Check[] {
  if (isEmpty(value)) {
    if (!field.required) return [];
    return [error(isListField(field) ? { code: 'empty-list' } : { code: 'required' })];
  }
  const text = typeof value === 'string' ? value : (value ?? []).join('\n');
  if (text.length > MAX_CELL_LENGTH)
    return [error({ code: 'too-long', length: text.length, max: MAX_CELL_LENGTH })];
  switch (field.kind) {
    case 'period': {
      const period = parsePeriod(text);
      if (!period.ok) return [(field.required ? error : warning)({ code: 'not-a-period', value: text })];
      const first = header.fiscalYear;
      // A plan over several years (2562–2564) accepts any period inside its whole span.
      const last = header.fiscalYearEnd ?? first;
      if (first === undefined || last === undefined) return [];
      const years = periodFiscalYears(period.value);
      if (years.from < first || years.to > last) {
        return [warning({ code: 'period-outside-year', value: text, fiscalYear: first })];
      }
      return [];
    }
    case 'budget': {
      const budget = parseBudget(text);
      return budget.ok ? [] : [error({ code: 'not-a-budget', value: text })];
    }
    case 'score': {
      const score = readScore(text);
      return score.ok ? [] : [error(score.problem)];
    }
    case 'units': {
      const units = context.profile?.units ?? [];
      if (units.length === 0 || typeof value === 'string') return [];
      return (value ?? [])
        .filter((unit) => !isKnownUnit(unit, units))
        .map((unit) => error({ code: 'unknown-unit', value: unit, units }));
    }
    default:
      return [];
  }
}

/** The findings of one record, in field order. */
export function validateRecord(
  type: DocumentType,
  record: DocumentRecord,
  header: DocumentHeader,
  context: ValidationContext = {},
  recordNo?: number,
): Finding[] {
  return type.fields.flatMap((field) =>
    checkField(field, record[field.key], header, context).map((check) => ({
      ...check,
      field: field.key,
      ...(recordNo === undefined ? {} : { record: recordNo }),
    })),
  );
}

/** The findings of a whole document: every record, then what concerns several (duplicates, counts). */
export function validateDocument(
  type: DocumentType,
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  context: ValidationContext = {},
): Finding[] {
  const findings = records.flatMap((record, i) => validateRecord(type, record, header, context, i + 1));
  const numberField = type.fields.find((f) => f.kind === 'ordinal');
  if (numberField) {
    const seen = new Map<string, number>();
    records.forEach((record, i) => {
      const no = record[numberField.key];
      if (typeof no !== 'string' || no.trim() === '') return;
      if (seen.has(no.trim())) {
        findings.push({
          severity: 'warning',
          problem: { code: 'duplicate', value: no },
          record: i + 1,
          field: numberField.key,
        });
      }
      seen.set(no.trim(), i + 1);
    });
  }
  if (type.oneRecordPerIndicator) {
    const expected =
      (header.fiscalYear !== undefined ? frameworkFor(header.fiscalYear) : undefined)?.indicators.length ??
      10;
    if (records.length !== expected) {
      findings.push({
        severity: 'error',
        problem: { code: 'wrong-count', count: records.length, expected: [expected] },
      });
    }
  }
  return findings;
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
