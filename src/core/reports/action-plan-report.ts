/**
 * The anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต) as a printable document: a summary
 * of the projects by section with their budgets and exact totals, then each project's ten-field form.
 */

import { reportEntry } from '../catalog';
import type { DocumentRecord } from '../documents/document-type';
import type { DocumentHeader } from '../documents/header';
import { ACTION_PLAN } from '../documents/types';
import type { SheetLayout } from '../layout/sheet-layout';
import {
  type BudgetReading,
  type BudgetSum,
  groupBySection,
  headingNumber,
  type SectionGroup,
  sumBudgets,
} from './action-plan-budget';
import { fieldList, fieldText, numbered } from './record-text';
import { fiscalYearsLine, organizationLine, type ReportOptions, yearsForName } from './report-options';
import { bahtCell, type ReportCell, ReportSheet } from './report-sheet';

/** The action plan's first title line. */
export const ACTION_PLAN_TITLE = 'แผนปฏิบัติการป้องกันการทุจริต';

// ที่ · มิติ/ข้อ (the form's labels) · โครงการ (the form's values) · งบประมาณ · ผู้รับผิดชอบ: 1,000 px.
// The form uses the same columns, so its values get the wide column and need no merge.
const WIDTHS = [40, 170, 520, 150, 120];
const FORM_COLUMNS = 3;
const SIGNATURE_COLUMN = 4;
const LIST_FIELDS: ReadonlySet<string> = new Set(['objectives', 'methods', 'indicators']);

function budgetOf(budget: BudgetReading): ReportCell {
  switch (budget.kind) {
    case 'amount':
      return bahtCell(budget.satang);
    case 'none':
      return 'ไม่ใช้งบประมาณ';
    case 'unreadable':
      return budget.text === '' ? 'ไม่ได้ระบุงบประมาณ' : `${budget.text} (อ่านจำนวนเงินไม่ได้)`;
  }
}

/** A total row: the readable amounts summed, and how many budgets it leaves out. */
function totalRow(sheet: ReportSheet, label: string, sum: BudgetSum): void {
  const remark = sum.unreadable > 0 ? `ไม่รวมงบประมาณที่อ่านไม่ได้ ${sum.unreadable} โครงการ` : '';
  const row = sheet.add(['', '', label, bahtCell(sum.satang), remark]);
  sheet.style('body', row, 1, 5);
  sheet.style('total', row, 1, 5);
  if (remark !== '') sheet.style('warning', row, 5);
}

function summaryTable(sheet: ReportSheet, groups: readonly SectionGroup[]): number {
  const headerRow = sheet.headerRow(['ที่', 'มิติ/ข้อ', 'โครงการ/กิจกรรม/มาตรการ', 'งบประมาณ (บาท)', 'ผู้รับผิดชอบ']);
  for (const group of groups) {
    group.projects.forEach((project, i) => {
      const row = sheet.add([
        project.number,
        // The heading once, on the section's first row, as the original's merged cell shows it.
        i === 0 ? group.heading : '',
        fieldText(project.record, 'name'),
        budgetOf(project.budget),
        fieldText(project.record, 'responsible'),
      ]);
      sheet.style('body', row, 1, 5);
      sheet.style('count', row, 1);
      if (project.budget.kind === 'none') sheet.style('center', row, 4);
      if (project.budget.kind === 'unreadable') sheet.style('warning', row, 4);
    });
    const number = headingNumber(group.heading);
    totalRow(sheet, `รวม${number ? `ข้อ ${number}` : ''} (${group.projects.length} โครงการ)`, group.sum);
  }
  const count = groups.reduce((n, group) => n + group.projects.length, 0);
  const all = sumBudgets(groups.flatMap((group) => group.projects.map((p) => p.budget)));
  totalRow(sheet, `รวมทั้งสิ้น ${count} โครงการ`, all);
  return headerRow;
}

function projectForms(sheet: ReportSheet, groups: readonly SectionGroup[]): void {
  const heading = sheet.add(['', 'รายละเอียดโครงการ/กิจกรรม/มาตรการ']);
  sheet.style('heading', heading, 2);
  sheet.keep(heading, heading + 2);
  const fields = ACTION_PLAN.fields.filter((field) => field.key !== 'section');
  for (const group of groups) {
    for (const project of group.projects) {
      sheet.add();
      const top = sheet.add([project.number, 'มิติ/ข้อ', group.path]);
      sheet.style('body', top, 1, FORM_COLUMNS);
      sheet.style('group', top, 1, FORM_COLUMNS);
      sheet.style('count', top, 1);
      for (const field of fields) {
        const value = LIST_FIELDS.has(field.key)
          ? numbered(fieldList(project.record, field.key))
          : fieldText(project.record, field.key);
        const { first, last } = sheet.addRecord(['', field.th, value]);
        for (let row = first; row <= last; row++) {
          sheet.style('body', row, 2, FORM_COLUMNS);
          sheet.style('label', row, 2);
        }
      }
      // A project's form on one page; if it is longer than a page, at least its head with its name.
      sheet.keep(top, sheet.lastRow);
      sheet.keep(top, top + 1);
    }
  }
}

/** The action plan from an action-plan document's records. */
export function actionPlanReport(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  options: ReportOptions,
): SheetLayout {
  const groups = groupBySection(records);
  const sheet = new ReportSheet(WIDTHS.length, WIDTHS);
  sheet.line(ACTION_PLAN_TITLE, 'title');
  sheet.line(fiscalYearsLine(header.fiscalYear, header.fiscalYearEnd), 'title');
  sheet.line(organizationLine(header, options.profile), 'title');
  sheet.add();
  const headerRow = summaryTable(sheet, groups);
  sheet.add();
  projectForms(sheet, groups);
  sheet.signature(options.signer, 'ผู้จัดทำ', SIGNATURE_COLUMN);
  return sheet.build({
    kind: 'action-plan',
    name: `${reportEntry('action-plan').tab}${yearsForName(header.fiscalYear, header.fiscalYearEnd)}`,
    thaiDigits: options.thaiDigits,
    columnWidths: WIDTHS,
    headerRow,
    repeatHeader: false,
  });
}
