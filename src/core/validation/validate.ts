/**
 * Validation: the records of a document → what is wrong (errors) and what looks wrong (warnings),
 * each naming the record, the field and the value. The structurer and the sidebar both call it.
 */

import type { DocumentRecord, DocumentType, DocumentTypeId } from '../documents/document-type';
import { type FieldSpec, isListField } from '../documents/field';
import type { DocumentHeader } from '../documents/header';
import { MAX_CELL_LENGTH } from '../documents/record-schema';
import { readScore } from '../functions/read-score';
import { frameworkFor } from '../ita/framework-select';
import type { Finding } from '../problems/finding';
import { parseBudget } from '../thai/budget';
import { parsePeriod, periodFiscalYears } from '../thai/period';
import { readCellDate } from '../thai/read-date';
import { type Check, error, warning } from './check';
import { checkOitDocument, checkOitRecord, type FieldCheck } from './oit-checklist';
import { checkItemCode, checkStatus, checkSubIndicator, checkWebAddresses } from './oit-fields';
import { isKnownUnit } from './units';
import type { ValidationContext } from './validation-context';

export type { DocumentTabRef, ValidationContext } from './validation-context';

/** Rules of one document type beyond its fields' own: across a record's fields, across its records. */
interface TypeRules {
  readonly record?: (record: DocumentRecord, header: DocumentHeader) => FieldCheck[];
  readonly document?: (
    records: readonly DocumentRecord[],
    header: DocumentHeader,
    context: ValidationContext,
  ) => Finding[];
}

const TYPE_RULES: Partial<Record<DocumentTypeId, TypeRules>> = {
  'oit-checklist': { record: checkOitRecord, document: checkOitDocument },
};

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
      const period = parsePeriod(text, header.fiscalYear);
      if (!period.ok) {
        // A quarter that does not exist is wrong whatever the field: it blocks the save.
        if (period.problem.code === 'no-such-quarter')
          return [error({ code: 'no-such-quarter', value: text })];
        const code = period.problem.code === 'period-needs-year' ? 'period-needs-year' : 'not-a-period';
        return [(field.required ? error : warning)({ code, value: text })];
      }
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
    case 'date': {
      const date = readCellDate(text);
      return date.ok ? [] : [error(date.problem)];
    }
    case 'code':
      return checkItemCode(text, header);
    case 'sub-indicator':
      return checkSubIndicator(text);
    case 'url':
      return checkWebAddresses(text, context.profile?.website);
    case 'status':
      return checkStatus(text);
    default:
      return [];
  }
}

/** The findings of one record, in field order, then those of its type's rules across its fields. */
export function validateRecord(
  type: DocumentType,
  record: DocumentRecord,
  header: DocumentHeader,
  context: ValidationContext = {},
  recordNo?: number,
): Finding[] {
  const place = recordNo === undefined ? {} : { record: recordNo };
  const own = type.fields.flatMap((field) =>
    checkField(field, record[field.key], header, context).map((check) => ({
      ...check,
      field: field.key,
      ...place,
    })),
  );
  const across = TYPE_RULES[type.id]?.record?.(record, header) ?? [];
  return [...own, ...across.map((check) => ({ ...check, ...place }))];
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
  findings.push(...(TYPE_RULES[type.id]?.document?.(records, header, context) ?? []));
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
export function hasErrors(findings: readonly Pick<Finding, 'severity'>[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
