/**
 * The action plan's projects grouped by section, with their budgets summed exactly in satang. A
 * budget that cannot be read is counted apart, never summed as zero.
 */

import type { DocumentRecord } from '../documents/document-type';
import { roundDecimal } from '../numbers/decimal';
import { parseBudget } from '../thai/budget';
import { fieldText } from './record-text';

/** A project's budget as the summary shows it. */
export type BudgetReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'amount'; readonly satang: bigint }
  | { readonly kind: 'unreadable'; readonly text: string };

/** What a set of budgets adds up to: the readable amounts, and how many could not be read. */
export interface BudgetSum {
  readonly satang: bigint;
  readonly unreadable: number;
}

/** One project of the plan, with its budget read. */
export interface PlannedProject {
  /** 1-based, in the order the summary lists the projects. */
  readonly number: number;
  readonly record: DocumentRecord;
  readonly budget: BudgetReading;
}

/** The projects of one section and what their budgets add up to. */
export interface SectionGroup {
  /** The deepest heading: the last line of the section. */
  readonly heading: string;
  /** Every line of the section, from the มิติ down. */
  readonly path: string;
  readonly projects: readonly PlannedProject[];
  readonly sum: BudgetSum;
}

/** Reads a budget cell; blank is unreadable too, since a plan must state its budget. */
export function readBudget(text: string): BudgetReading {
  const budget = parseBudget(text);
  if (!budget.ok) return { kind: 'unreadable', text };
  if (budget.value.kind === 'none') return { kind: 'none' };
  return { kind: 'amount', satang: roundDecimal(budget.value.baht, 2).units };
}

/** Adds budgets exactly; ไม่ใช้งบประมาณ adds nothing, an unreadable budget is counted apart. */
export function sumBudgets(budgets: readonly BudgetReading[]): BudgetSum {
  let satang = 0n;
  let unreadable = 0;
  for (const budget of budgets) {
    if (budget.kind === 'amount') satang += budget.satang;
    else if (budget.kind === 'unreadable') unreadable += 1;
  }
  return { satang, unreadable };
}

/** The section's deepest heading: its last non-blank line. */
export function deepestHeading(section: string): string {
  const lines = section
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines[lines.length - 1] ?? '';
}

/** The heading's number (`2.2.1`, `๒.๒.๑`), if it starts with one. */
export function headingNumber(heading: string): string | undefined {
  return /^([0-9๐-๙]+(?:\.[0-9๐-๙]+)*)(?![0-9๐-๙])/.exec(heading)?.[1];
}

/**
 * The projects grouped by their deepest heading, in the order each heading first appears (a plan
 * lists a section's projects together, so this is the document's order), numbered in that order.
 */
export function groupBySection(records: readonly DocumentRecord[]): SectionGroup[] {
  const groups = new Map<string, { path: string; records: DocumentRecord[] }>();
  for (const record of records) {
    const path = fieldText(record, 'section');
    const heading = deepestHeading(path);
    const group = groups.get(heading);
    if (group) group.records.push(record);
    else groups.set(heading, { path, records: [record] });
  }
  let number = 0;
  return [...groups].map(([heading, group]) => {
    const projects = group.records.map((record) => {
      number += 1;
      return { number, record, budget: readBudget(fieldText(record, 'budget')) };
    });
    return { heading, path: group.path, projects, sum: sumBudgets(projects.map((p) => p.budget)) };
  });
}
