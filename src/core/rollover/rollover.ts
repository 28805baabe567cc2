/**
 * Rolls a document of fiscal year N into a new document of a later year: every year of the
 * document's own moved on (titles, header, fields; Thai or Arabic, two or four digits, as written),
 * what was done last year emptied, statuses reset, evidence links kept but marked to check again.
 * A measures document may also become the year's results report, with its measures already in.
 * The old document is not touched: this makes a new one.
 */

import type { DocumentRecord, DocumentTypeId, FieldValue } from '../documents/document-type';
import { type FieldSpec, isListField } from '../documents/field';
import type { DocumentHeader } from '../documents/header';
import { DOCUMENT_TYPES } from '../documents/types';
import type { Finding } from '../problems/finding';
import { fail, ok, type Result } from '../problems/problem';
import type { StructuredDocument } from '../structure/structured-document';
import { toThaiDigits } from '../thai/digits';
import { parsePeriod, periodFiscalYears } from '../thai/period';
import { type OitItemList, oitItemList } from '../oit/oit-item-lists';
import { matchOitItems } from './oit-item-match';
import { EARLIER_RECHECK, ROLLOVER_RULES, recheckNote } from './rollover-rules';
import { shiftIsoDay, shiftYears, type YearShift } from './shift-years';

/** The document to roll over: its type, header and records (what `structure` gives, or a tab's). */
export interface RolloverSource {
  readonly type: DocumentTypeId;
  readonly header: DocumentHeader;
  readonly records: readonly DocumentRecord[];
}

// Fields whose text may carry years; codes, numbers, units, statuses and addresses never move.
const SHIFTED_KINDS: ReadonlySet<FieldSpec['kind']> = new Set(['text', 'list', 'period', 'budget', 'date']);

/** The fiscal year the periods of the records name most often, for a document that states none. */
function yearFromPeriods(records: readonly DocumentRecord[]): number | undefined {
  const counts = new Map<number, number>();
  for (const record of records) {
    const text = record.period;
    if (typeof text !== 'string') continue;
    const period = parsePeriod(text);
    if (!period.ok) continue;
    const { to } = periodFiscalYears(period.value);
    counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = year;
  return best;
}

function shiftValue(value: FieldValue, field: FieldSpec, shift: YearShift): FieldValue {
  if (!SHIFTED_KINDS.has(field.kind)) return value;
  if (typeof value !== 'string') return value.map((item) => shiftYears(item, shift).text);
  if (field.kind === 'date') {
    const iso = shiftIsoDay(value, shift.by);
    if (iso !== undefined) return iso;
  }
  return shiftYears(value, shift).text;
}

/**
 * An OIT checklist's items in the new year's list, when the add-in has that list and it differs: matched
 * by title, with a warning for each item new, gone or renumbered; the items as they are otherwise.
 */
function oitItemsOfYear(
  records: readonly DocumentRecord[],
  to: number,
  warnings: Finding[],
  given: OitItemList | undefined,
): readonly DocumentRecord[] {
  const list = given ?? oitItemList(to);
  if (!list) return records;
  const match = matchOitItems(records, list);
  for (const item of match.renumbered) {
    warnings.push({ severity: 'warning', problem: { code: 'oit-item-renumbered', ...item, fiscalYear: to } });
  }
  for (const item of match.added) {
    warnings.push({
      severity: 'warning',
      problem: { code: 'oit-item-added', item: item.code, title: item.title, fiscalYear: to },
    });
  }
  for (const item of match.gone) {
    warnings.push({
      severity: 'warning',
      problem: { code: 'oit-item-gone', item: item.code, title: item.title, fiscalYear: to },
    });
  }
  return match.records;
}

/** The title of a document made into another type: the new type's title and year, digits as the old title wrote them. */
function titleFor(type: DocumentTypeId, header: DocumentHeader, to: number): string {
  const thai = /[๐-๙]/.test(header.title ?? '');
  const year = `พ.ศ. ${thai ? toThaiDigits(String(to)) : to}`;
  return `${DOCUMENT_TYPES[type].th} ประจำปีงบประมาณ ${year}`;
}

/**
 * The new document of fiscal year `to`, as `as` (its own type unless given: a measures document may
 * become `results`). Its warnings say what the officer must look at: links to check again, a year
 * assumed, an OIT list carried from last year. Refused with a problem: a type that does not roll
 * over or not into `as`, a year not after the document's (the same year is allowed for a new type).
 */
export function rollover(
  source: RolloverSource,
  to: number,
  as: DocumentTypeId = source.type,
  itemList?: OitItemList,
): Result<StructuredDocument> {
  const rule = ROLLOVER_RULES[source.type];
  if (!rule?.into.includes(as)) {
    return fail({ code: 'rollover-type', from: source.type, to: as, allowed: rule?.into ?? [] });
  }
  const warnings: Finding[] = [];
  const stated = source.header.fiscalYear ?? yearFromPeriods(source.records);
  const from = stated ?? to - 1;
  if (stated === undefined)
    warnings.push({ severity: 'warning', problem: { code: 'year-assumed', fiscalYear: from } });
  const end = source.header.fiscalYearEnd ?? from;
  if (to < from || (to === from && as === source.type)) {
    return fail({ code: 'rollover-not-later', from, to });
  }
  // A document of FY N speaks of N, of the October–December of N−1 (๑ ต.ค. ๖๗ in FY 2568) and of
  // the year after (what it plans for N+1): each keeps its place relative to the new year.
  const shift: YearShift = { by: to - from, from: from - 1, to: end + 1 };
  const target = DOCUMENT_TYPES[as];

  const input =
    as === 'oit-checklist' ? oitItemsOfYear(source.records, to, warnings, itemList) : source.records;
  const records = input.map((record, i) => {
    const made: Record<string, FieldValue> = {};
    for (const field of target.fields) {
      // A field the source type lacks (a results' output, made from measures) starts blank.
      const blank: FieldValue = isListField(field) ? [] : '';
      const value = record[field.key] ?? blank;
      const reset = rule.reset[field.key];
      made[field.key] = reset ?? (rule.emptied.includes(field.key) ? blank : shiftValue(value, field, shift));
    }
    const recheck = rule.recheck;
    const address = recheck ? made[recheck.field] : undefined;
    if (recheck && typeof address === 'string' && address.trim() !== '') {
      const written = made[recheck.noteField];
      const note = typeof written === 'string' ? written.replace(EARLIER_RECHECK, '') : '';
      const kept = note.trim() !== '' ? ` · ${note}` : '';
      made[recheck.noteField] = `${recheckNote(from)}${kept}`;
      warnings.push({
        severity: 'warning',
        record: i + 1,
        field: recheck.field,
        problem: { code: 'recheck-url', value: address, fiscalYear: from },
      });
    }
    return made;
  });
  if (as === 'oit-checklist') {
    warnings.unshift({ severity: 'warning', problem: { code: 'check-item-list', fiscalYear: to, from } });
  }

  const header: DocumentHeader = {
    ...(source.header.organization === undefined ? {} : { organization: source.header.organization }),
    ...(source.header.district === undefined ? {} : { district: source.header.district }),
    ...(source.header.province === undefined ? {} : { province: source.header.province }),
    ...(as !== source.type
      ? { title: titleFor(as, source.header, to) }
      : source.header.title === undefined
        ? {}
        : { title: shiftYears(source.header.title, shift).text }),
    fiscalYear: to,
    ...(source.header.fiscalYearEnd === undefined
      ? {}
      : { fiscalYearEnd: source.header.fiscalYearEnd + shift.by }),
    ...(source.header.round === undefined || as !== source.type ? {} : { round: source.header.round }),
  };
  return ok({ type: as, header, records, warnings });
}
