/**
 * The rules of an OIT checklist that span fields or records: a published item shows its evidence, an
 * item not required says why, a sub-indicator agrees with the year's built-in list, codes are unique,
 * and an item the spreadsheet already holds the document for is flagged until it is published.
 */

import type { DocumentRecord, FieldValue } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import { answeringDocumentsFor } from '../oit/answering-documents';
import { readOitItemCode } from '../oit/oit-item-code';
import { oitItemList } from '../oit/oit-item-lists';
import { oitStatusLabel, readOitStatus } from '../oit/oit-status';
import { parseSubIndicatorCode } from '../oit/sub-indicator-code';
import type { Finding } from '../problems/finding';
import { trimCell } from '../thai/whitespace';
import { type Check, error, warning } from './check';
import { type DocumentTabRef, isTabOfYear, type ValidationContext } from './validation-context';

/** A check placed on one of the record's fields. */
export type FieldCheck = Check & { readonly field: string };

const text = (value: FieldValue | undefined): string =>
  typeof value === 'string' ? value : (value ?? []).join('\n');

/** The item's code as messages name it: "o3", or the text as written when it is no code. */
const itemOf = (record: DocumentRecord): string =>
  readOitItemCode(text(record.code)) ?? trimCell(text(record.code));

const EXEMPT = oitStatusLabel('exempt');

/**
 * The reason an item is not required: its note, or words after ไม่ต้องเผยแพร่ in the status cell
 * (readOitStatus reads "ไม่ต้องเผยแพร่ เพราะ…" as exempt, so a reason written there counts too).
 */
function hasExemptReason(record: DocumentRecord): boolean {
  if (trimCell(text(record.note)) !== '') return true;
  const status = trimCell(text(record.status)).replace(/\s+/g, ' ');
  return status.startsWith(EXEMPT) && status.slice(EXEMPT.length).replace(/^[\s:;,.()–-]+/, '') !== '';
}

/** The rules across one record's fields. */
export function checkOitRecord(record: DocumentRecord, header: DocumentHeader): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const item = itemOf(record);
  const status = readOitStatus(text(record.status));
  if (status === 'published' && trimCell(text(record.url)) === '') {
    checks.push({ ...error({ code: 'published-without-url', item }), field: 'url' });
  }
  if (status === 'exempt' && !hasExemptReason(record)) {
    checks.push({ ...error({ code: 'exempt-without-reason', item }), field: 'note' });
  }
  const year = header.fiscalYear;
  const list = year === undefined ? undefined : oitItemList(year);
  const listed = list?.items.find((i) => i.code === item);
  const stated = parseSubIndicatorCode(text(record.subIndicator));
  if (year !== undefined && list && listed && stated && stated.code !== listed.subIndicator) {
    // A verified list is the NACC's; an unverified one may be what is wrong.
    const severity = list.verified ? error : warning;
    const problem = {
      code: 'sub-indicator-differs',
      item,
      value: text(record.subIndicator),
      expected: listed.subIndicator,
      fiscalYear: year,
    } as const;
    checks.push({ ...severity(problem), field: 'subIndicator' });
  }
  return checks;
}

/** Items given twice: every record after the first with the same code (o1, O1 and o๑ are one). */
function duplicateCodes(records: readonly DocumentRecord[]): Finding[] {
  const seen = new Set<string>();
  return records.flatMap((record, i) => {
    const code = readOitItemCode(text(record.code));
    if (code === undefined) return [];
    if (!seen.has(code)) {
      seen.add(code);
      return [];
    }
    return [{ ...error({ code: 'duplicate', value: text(record.code) }), record: i + 1, field: 'code' }];
  });
}

/**
 * Items the spreadsheet's own documents answer (the plan o39, the measures o42 … in 2564) whose
 * document has a tab of the checklist's year, yet whose status is not เผยแพร่แล้ว: a warning naming the
 * tab, since publishing what is already written is the quickest point to gain.
 */
export function answeredButUnpublished(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  tabs: readonly DocumentTabRef[],
): Finding[] {
  const items = records.map((r) => ({ code: itemOf(r), title: trimCell(text(r.title)) }));
  const answers = answeringDocumentsFor(header.fiscalYear, items).filter((a) => a.kind === 'document');
  return records.flatMap((record, i) => {
    const item = itemOf(record);
    const answer = answers.find((a) => a.code === item);
    if (!answer || readOitStatus(text(record.status)) === 'published') return [];
    const names = tabs
      .filter((t) => t.type === answer.document && isTabOfYear(t, header.fiscalYear))
      .map((t) => t.name);
    if (names.length === 0) return [];
    const documentName = { th: answer.th, en: answer.en };
    const problem = { code: 'answered-but-unpublished', item, documentName, tabs: names } as const;
    return [{ ...warning(problem), record: i + 1, field: 'status' }];
  });
}

/** The rules across the checklist's records. */
export function checkOitDocument(
  records: readonly DocumentRecord[],
  header: DocumentHeader,
  context: ValidationContext,
): Finding[] {
  const tabs = context.documentTabs;
  return [...duplicateCodes(records), ...(tabs ? answeredButUnpublished(header, records, tabs) : [])];
}
