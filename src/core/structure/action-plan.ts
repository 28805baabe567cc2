/**
 * Reads a pasted action plan (แผนปฏิบัติการป้องกันการทุจริต): not a table but a run of ten-field
 * forms under section headings (มิติที่ 2 › 2.2 › 2.2.1 …). Each form becomes one record; the
 * lines above the forms become the header. No word is dropped but the form's own headings.
 */

import type { DocumentRecord } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import type { Finding } from '../problems/finding';
import { fail, ok, type Result } from '../problems/problem';
import type { Note } from '../problems/structure-note';
import { splitList } from '../thai/numbered-list';
import {
  dimensionNumber,
  type FieldHeading,
  FORM_FIELDS,
  followsHeading,
  headingNumber,
  isHeaderLine,
  isOrganizationLine,
  isPartLine,
  organizationIn,
  periodYears,
  readFieldHeading,
} from './action-plan-fields';
import { readHeaderLines } from './header-lines';
import type { SourceLine } from './paste';
import type { StructuredDocument } from './structured-document';
import { tableEnd } from './table-end';

const EXPECTED = 'action-plan';
// A section heading can only close a form that reached its last fields (responsible, indicators):
// under an earlier field a line such as `2.5 …` is that field's text.
const HEADING_AFTER_FIELD = 9;
const EXCERPT = 60;

interface Heading {
  readonly number: readonly number[];
  text: string;
  /** A `มิติที่ …` line rather than a numbered heading. */
  readonly dimension: boolean;
}

interface Form {
  readonly section: string;
  /** Each field's lines, by field number − 1; undefined for a heading the form lacks. */
  readonly values: (string[] | undefined)[];
  field: number;
  /** The sub-numbers (`1.1`, `3.2`) that start lines of the current field: a list, not headings. */
  readonly markers: Set<string>;
}

/** Where the reader is: above the forms, after a heading, inside a form, or after a later part. */
type Phase = 'preamble' | 'dimension' | 'heading' | 'form' | 'other-part';

const isPrefix = (a: readonly number[], b: readonly number[]) =>
  a.length < b.length && a.every((n, i) => b[i] === n);

class PlanReader {
  private path: Heading[] = [];
  private readonly forms: Form[] = [];
  private form: Form | undefined;
  private phase: Phase = 'preamble';
  private organization: string | undefined;
  readonly headerLines: string[] = [];
  readonly warnings: Finding<Note>[] = [];
  /** After a signature block: lines are listed in a warning until a new form starts. */
  private ended = false;
  private pending: { row: number; lines: string[] } | undefined;

  read(line: SourceLine): void {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (text === '') return;
    const heading = readFieldHeading(text, this.nextFields());
    if (this.ended && heading?.field.no !== 1) {
      this.aside(text, line.row);
      return;
    }
    // A page footer between forms, or the signature block after the last: listed, not a field's text.
    const end = tableEnd([text]);
    if (end && !heading) {
      if (end === 'signature') {
        this.closeForm();
        this.ended = true;
      }
      this.aside(text, line.row);
      return;
    }
    this.flushAside();
    this.ended = false;
    // Field 1 starts a project; so does any field heading outside a form (its name heading unread),
    // lest the project's text run into the heading above it. Inside a form, fields only go forward.
    if (heading && (heading.field.no === 1 || !this.form || heading.field.no > this.form.field)) {
      this.openField(heading);
      return;
    }
    const dimension = dimensionNumber(text);
    if (dimension !== undefined) {
      this.openHeading({ number: [dimension], text, dimension: true });
      return;
    }
    if (isPartLine(text)) {
      this.openPart(text, line.row);
      return;
    }
    const number = headingNumber(text);
    if (number && this.acceptsHeading(number)) {
      this.openHeading({ number, text, dimension: false });
      return;
    }
    if (this.form) this.addToField(this.form, text);
    else this.readOutside(text, line.row);
  }

  /** The forms read, as records. */
  records(): DocumentRecord[] {
    this.closeForm();
    this.flushAside();
    return this.forms.map(toRecord);
  }

  /** The fields a heading without a number may be: a form's next two (one may be missing), or a new form's name. */
  private nextFields(): number[] {
    const form = this.form;
    return form ? [1, form.field + 1, form.field + 2] : [1];
  }

  private aside(text: string, row: number): void {
    this.pending ??= { row, lines: [] };
    this.pending.lines.push(text);
  }

  private flushAside(): void {
    if (!this.pending) return;
    this.warnings.push({
      severity: 'warning',
      row: this.pending.row,
      problem: { code: 'after-table', lines: this.pending.lines },
    });
    this.pending = undefined;
  }

  /** True when at least one form has its name heading and another: the paste is an action plan. */
  hasForm(): boolean {
    return [...this.forms, ...(this.form ? [this.form] : [])].some(
      (f) => f.values.filter((v) => v !== undefined).length >= 2,
    );
  }

  private openField({ field, rest }: FieldHeading): void {
    if (field.no === 1 || !this.form) {
      this.closeForm();
      this.form = {
        section: this.path.map((h) => h.text).join('\n'),
        values: [],
        field: 0,
        markers: new Set(),
      };
    }
    this.form.field = field.no;
    this.form.values[field.no - 1] = rest === '' ? [] : [rest];
    this.form.markers.clear();
    this.phase = 'form';
  }

  private addToField(form: Form, text: string): void {
    form.values[form.field - 1]?.push(text);
    const number = headingNumber(text);
    if (number) form.markers.add(number.join('.'));
  }

  /**
   * Outside a form every numbered line is a heading. Inside one, only a line that can follow the
   * current section (2.2.1 → 2.2.2, 2.3, 3.1) is, once the form reached its last fields, and not a
   * sub-number of the field itself (`3.1 เพื่อ…` under ๓. วัตถุประสงค์) or the next of a list (1.1 → 1.2).
   */
  private acceptsHeading(number: readonly number[]): boolean {
    const form = this.form;
    if (!form) return true;
    if (form.field < HEADING_AFTER_FIELD || number[0] === form.field) return false;
    const last = number[number.length - 1] ?? 0;
    if (last > 1 && form.markers.has([...number.slice(0, -1), last - 1].join('.'))) return false;
    const current = this.path[this.path.length - 1];
    if (current === undefined) return false;
    // Under a bare `มิติที่ 2` the first heading is 2.1: as if 2.0 came before it.
    const prev = current.dimension ? [current.number[0] ?? 0, 0] : current.number;
    return followsHeading(prev, number);
  }

  private openHeading(heading: Heading): void {
    this.closeForm();
    this.path = heading.dimension
      ? [heading]
      : [
          ...this.path.filter((h) =>
            h.dimension ? h.number[0] === heading.number[0] : isPrefix(h.number, heading.number),
          ),
          heading,
        ];
    this.phase = heading.dimension ? 'dimension' : 'heading';
  }

  /** `ส่วนที่ …` names the document above its forms; after them it starts a part that is not forms. */
  private openPart(text: string, row: number): void {
    if (this.forms.length === 0 && !this.form) {
      this.addHeaderLine(text);
      return;
    }
    this.closeForm();
    this.path = [];
    this.phase = 'other-part';
    this.warn(text, row);
  }

  private readOutside(text: string, row: number): void {
    // The organization or a header line repeated at the top of a page: the header keeps it once.
    if (text === this.organization || this.headerLines.includes(text)) return;
    const aboveForms = this.forms.length === 0;
    const heading = this.path[this.path.length - 1];
    if (aboveForms && this.organization === undefined && isOrganizationLine(text)) {
      this.addHeaderLine(text);
    } else if (this.phase === 'heading' && heading) {
      heading.text = `${heading.text} ${text}`;
    } else if (
      aboveForms &&
      (this.phase === 'preamble' || this.phase === 'dimension') &&
      isHeaderLine(text)
    ) {
      this.addHeaderLine(text);
    } else if (this.phase === 'dimension' && heading) {
      heading.text = `${heading.text} ${text}`;
    } else {
      this.warn(text, row);
    }
  }

  private addHeaderLine(text: string): void {
    this.headerLines.push(text);
    this.organization ??= organizationIn(text);
  }

  private closeForm(): void {
    if (this.form) this.forms.push(this.form);
    this.form = undefined;
  }

  private warn(text: string, row: number): void {
    const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
    this.warnings.push({
      severity: 'warning',
      row,
      problem: {
        code: 'not-this-document',
        expected: EXPECTED,
        reason: {
          th: `บรรทัดนี้อยู่นอกหัวข้อและแบบฟอร์มโครงการ จึงไม่ได้นำไปใช้: "${excerpt}"`,
          en: `this line is outside the headings and project forms, so it was left out: "${excerpt}"`,
        },
      },
    });
  }
}

function toRecord(form: Form): DocumentRecord {
  const record: Record<string, string | string[]> = { section: form.section };
  for (const field of FORM_FIELDS) {
    const lines = form.values[field.no - 1] ?? [];
    record[field.key] = field.list ? splitList(lines.join('\n')) : lines.join('\n');
  }
  return record;
}

/** The plan's years as most of its projects state them (`ปีงบประมาณ 2562 - 2564`), if any do. */
function commonYears(records: readonly DocumentRecord[]): { from: number; to: number } | undefined {
  const counts = new Map<string, { from: number; to: number; count: number }>();
  for (const record of records) {
    const period = record.period;
    const years = typeof period === 'string' ? periodYears(period) : undefined;
    if (!years) continue;
    const key = `${years.from}-${years.to}`;
    const seen = counts.get(key) ?? { ...years, count: 0 };
    counts.set(key, { ...seen, count: seen.count + 1 });
  }
  let best: { from: number; to: number; count: number } | undefined;
  for (const c of counts.values()) if (!best || c.count > best.count) best = c;
  return best;
}

/**
 * Structures a pasted action plan: one record per project form, its `section` the headings above it
 * (มิติ, ข้อ, sub-ข้อ), one a line. The header's years come from the title, else from the period most
 * projects state. Fails with `blank` for an empty paste and `not-this-document` without a form.
 */
export function structureActionPlan(lines: readonly SourceLine[]): Result<StructuredDocument> {
  if (lines.every((line) => line.text.trim() === '')) return fail({ code: 'blank' });
  const reader = new PlanReader();
  for (const line of lines) reader.read(line);
  if (!reader.hasForm()) {
    return fail({
      code: 'not-this-document',
      expected: EXPECTED,
      reason: {
        th: 'ไม่พบแบบฟอร์มโครงการ (หัวข้อ ๑. ชื่อโครงการ ตามด้วย ๒. หลักการและเหตุผล … ๑๐. ตัวชี้วัด)',
        en: 'no project form was found (heading 1. ชื่อโครงการ followed by 2. หลักการและเหตุผล … 10. ตัวชี้วัด)',
      },
    });
  }
  const records = reader.records();
  const header: { -readonly [K in keyof DocumentHeader]: DocumentHeader[K] } = {
    ...readHeaderLines(reader.headerLines),
  };
  if (header.fiscalYear === undefined) {
    const years = commonYears(records);
    if (years) {
      header.fiscalYear = years.from;
      if (years.to > years.from) header.fiscalYearEnd = years.to;
    }
  }
  return ok({ type: 'action-plan', header, records, warnings: reader.warnings });
}
