/**
 * The action plan's model (แผนปฏิบัติการป้องกันการทุจริต): a compact summary of the projects by
 * section with their budgets and exact totals, then each project's ten-field form.
 */

import { reportEntry } from '../../catalog';
import type { DocumentRecord } from '../../documents/document-type';
import type { DocumentHeader } from '../../documents/header';
import { ACTION_PLAN } from '../../documents/types';
import {
  type BudgetReading,
  type BudgetSum,
  groupBySection,
  headingNumber,
  sumBudgets,
} from '../action-plan-budget';
import { ACTION_PLAN_TITLE } from '../action-plan-report';
import { fieldText } from '../record-text';
import { bahtText, type ModelBlock, type ModelCell, type ModelRow, type ReportModel } from '../report-model';
import {
  fiscalYearsLine,
  organizationLine,
  type ReportOptions,
  signatureLines,
  yearsForName,
} from '../report-options';
import { documentDigits, listText } from './list-text';

function budgetOf(budget: BudgetReading): ModelCell {
  switch (budget.kind) {
    case 'amount':
      return { text: bahtText(budget.satang) };
    case 'none':
      return { text: 'ไม่ใช้งบประมาณ' };
    case 'unreadable':
      return {
        text: budget.text === '' ? 'ไม่ได้ระบุงบประมาณ' : `${budget.text} (อ่านจำนวนเงินไม่ได้)`,
        tone: 'warning',
      };
  }
}

function totalRow(label: string, sum: BudgetSum): ModelRow {
  const remark = sum.unreadable > 0 ? `ไม่รวมงบประมาณที่อ่านไม่ได้ ${sum.unreadable} โครงการ` : '';
  return {
    kind: 'total',
    cells: ['', label, bahtText(sum.satang), { text: remark, tone: 'warning' }],
  };
}

/** The action plan's model from an action-plan document's records. */
export function actionPlanModel(
  header: DocumentHeader,
  records: readonly DocumentRecord[],
  options: ReportOptions,
): ReportModel {
  const groups = groupBySection(records);
  const digits = documentDigits(records);
  const rows: ModelRow[] = [];
  for (const group of groups) {
    rows.push({ kind: 'group', cells: [group.heading], span: [0, 4] });
    for (const project of group.projects) {
      rows.push({
        cells: [
          String(project.number),
          fieldText(project.record, 'name'),
          budgetOf(project.budget),
          fieldText(project.record, 'responsible'),
        ],
      });
    }
    const number = headingNumber(group.heading);
    rows.push(totalRow(`รวม${number ? `ข้อ ${number}` : ''} (${group.projects.length} โครงการ)`, group.sum));
  }
  const count = groups.reduce((n, group) => n + group.projects.length, 0);
  rows.push(
    totalRow(`รวมทั้งสิ้น ${count} โครงการ`, sumBudgets(groups.flatMap((g) => g.projects.map((p) => p.budget)))),
  );

  const fields = ACTION_PLAN.fields.filter((field) => field.key !== 'section');
  const forms: ModelBlock[] = groups.flatMap((group) =>
    group.projects.map(
      (project): ModelBlock => ({
        kind: 'form',
        title: `${project.number}. ${fieldText(project.record, 'name')}`,
        fields: [
          { label: 'มิติ/ข้อ', value: group.path },
          ...fields.map((field) => ({
            label: field.th,
            value:
              field.kind === 'list'
                ? listText(project.record, field.key, true, digits)
                : fieldText(project.record, field.key),
          })),
        ],
      }),
    ),
  );
  return {
    kind: 'action-plan',
    name: `${reportEntry('action-plan').tab}${yearsForName(header.fiscalYear, header.fiscalYearEnd)}`,
    titles: [ACTION_PLAN_TITLE, fiscalYearsLine(header.fiscalYear, header.fiscalYearEnd)],
    organization: organizationLine(header, options.profile),
    landscape: false,
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: 'ที่', role: 'number' },
          { label: 'โครงการ/กิจกรรม/มาตรการ', role: 'text' },
          { label: 'งบประมาณ (บาท)', role: 'amount' },
          { label: 'ผู้รับผิดชอบ', role: 'text' },
        ],
        rows,
      },
      { kind: 'heading', text: 'รายละเอียดโครงการ/กิจกรรม/มาตรการ' },
      ...forms,
    ],
    signature: signatureLines(options.signer, 'ผู้จัดทำ'),
    thaiDigits: options.thaiDigits,
  };
}
