/**
 * What the form shows beside a field as the officer types: a list's count, how a period or a budget
 * was read, and the fiscal years to pick a period from. Pure: the core reads, these only word it.
 */

import type { DocumentHeader } from '../../src/core/documents/header';
import { formatBudget, parseBudget } from '../../src/core/thai/budget';
import { bangkokCalendarDate } from '../../src/core/thai/calendar-date';
import { toThaiDigits } from '../../src/core/thai/digits';
import { fiscalYear } from '../../src/core/thai/fiscal-year';
import {
  formatPeriod,
  type Period,
  parsePeriod,
  sixMonthRound,
  wholeFiscalYear,
} from '../../src/core/thai/period';

/**
 * A reading shown under a field: nothing, what was read, or, when it could not be read, an example of
 * what can. Why it could not is the validation's message under the field, said once there, as an error
 * (the save is blocked) or a warning (it is not): the preview never repeats it with a meaning of its own.
 */
export type Preview = { readonly kind: 'empty' } | { readonly kind: 'read' | 'hint'; readonly text: string };

/** The count of a list's items, as the form shows it: `๓ ข้อ`. */
export function listCountText(count: number): string {
  return `${toThaiDigits(String(count))} ข้อ`;
}

/** How parsePeriod read the text: `อ่านได้ว่า ๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘`, or an example of what reads. */
export function periodPreview(text: string, fiscalYear?: number): Preview {
  if (text.trim() === '') return { kind: 'empty' };
  const period = parsePeriod(text, fiscalYear);
  if (period.ok) return { kind: 'read', text: `อ่านได้ว่า ${formatPeriod(period.value)}` };
  return { kind: 'hint', text: 'เขียนได้เช่น ๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘ · ปีงบประมาณ พ.ศ. ๒๕๖๘ · ไตรมาส ๒' };
}

/** How parseBudget read the text: `อ่านได้ว่า 50,000 บาท`, or an example of what reads. */
export function budgetPreview(text: string): Preview {
  if (text.trim() === '') return { kind: 'empty' };
  const budget = parseBudget(text);
  if (budget.ok) return { kind: 'read', text: `อ่านได้ว่า ${formatBudget(budget.value)}` };
  return { kind: 'hint', text: 'เขียนได้เช่น 50,000 บาท · ไม่ใช้งบประมาณ' };
}

/** One choice of the period picker: what it says and the text it puts in the field. */
export interface PeriodChoice {
  readonly label: string;
  readonly text: string;
}

/** The choices for one fiscal year. */
export interface YearChoices {
  readonly year: number;
  readonly choices: readonly PeriodChoice[];
}

const choice = (label: string, period: Period): PeriodChoice => ({ label, text: formatPeriod(period) });

/** The fiscal year B.E. of a day, in Bangkok. */
export function currentFiscalYear(now: Date): number {
  return fiscalYear(bangkokCalendarDate(now));
}

/**
 * The periods an officer most often writes, for the document's fiscal year (or this one) and the
 * years around it: the whole year as days, its six-month round and the fiscal year itself; a plan
 * over several years adds its whole span.
 */
export function periodChoices(header: DocumentHeader, now: Date): YearChoices[] {
  const centre = header.fiscalYear ?? currentFiscalYear(now);
  const years: YearChoices[] = [];
  for (let year = centre - 2; year <= centre + 2; year += 1) {
    const choices = [
      choice('ทั้งปีงบประมาณ', wholeFiscalYear(year)),
      choice('รอบ ๖ เดือน', sixMonthRound(year)),
      choice('ปีงบประมาณ', { kind: 'fiscal-years', from: year, to: year }),
    ];
    if (year === header.fiscalYear && header.fiscalYearEnd !== undefined && header.fiscalYearEnd > year) {
      choices.push(choice('ทั้งแผน', { kind: 'fiscal-years', from: year, to: header.fiscalYearEnd }));
    }
    years.push({ year, choices });
  }
  return years;
}
