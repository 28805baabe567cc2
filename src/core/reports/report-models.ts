/** Each report kind's model maker, refusing a document of a type the kind is not made from. */

import { reportEntry } from '../catalog';
import type { DocumentRecord } from '../documents/document-type';
import { actionPlanModel } from './models/action-plan-model';
import { ethicsModel } from './models/ethics-model';
import { itaAnalysisModel } from './models/ita-analysis-model';
import { oitReadinessModel } from './models/oit-readiness-model';
import { measuresModel, resultsModel } from './models/results-model';
import type { ReportModel } from './report-model';
import type { ReportKindId, ReportOptions } from './report-options';
import { measuresAsResults } from './results-report';

/** A document a report is made from: its type, header and records (a StructuredDocument fits). */
export type { ReportSource } from './report-kinds';

import type { ReportSource } from './report-kinds';

type ModelMaker = (source: ReportSource, options: ReportOptions) => ReportModel;

const MAKERS: Readonly<Record<ReportKindId, ModelMaker>> = {
  // A results report can be made from the measures alone: each one is then still in progress.
  results: ({ type, header, records }, options) =>
    resultsModel(
      header,
      type === 'measures' ? measuresAsResults(records) : (records as DocumentRecord[]),
      options,
    ),
  'ita-analysis': ({ header, records }, options) => itaAnalysisModel(header, records, options),
  'action-plan': ({ header, records }, options) => actionPlanModel(header, records, options),
  ethics: ({ header, records }, options) => ethicsModel(header, records, options),
  'oit-readiness': ({ header, records }, options) => oitReadinessModel(header, records, options),
  measures: ({ header, records }, options) => measuresModel(header, records, options),
};

/** The model of a report of `kind` from `source`; a source of a type the kind is not made from throws. */
export function reportModel(kind: ReportKindId, source: ReportSource, options: ReportOptions): ReportModel {
  const { from } = reportEntry(kind);
  if (!from.includes(source.type)) {
    throw new Error(
      `${kind}: สร้างรายงานจากเอกสารประเภท ${source.type} ไม่ได้ (a ${kind} report is made from ${from.join(' or ')}, not ${source.type})`,
    );
  }
  return MAKERS[kind](source, options);
}
