/**
 * The figures of the ITA analysis report, computed with the core's exact scoring: each indicator's
 * score and tool, each tool's mean and weighted score, the total and grade. A score that is missing
 * or unreadable is never taken as zero: what depends on it says it cannot be computed.
 */

import type { DocumentRecord } from '../documents/document-type';
import type { Framework, Grade, Tool, ToolWeight } from '../ita/framework';
import { DEFAULT_FRAMEWORK, frameworkFor } from '../ita/framework-select';
import { gradeOf, passes } from '../ita/grade';
import { totalHundredths } from '../ita/score';
import { type Decimal, pow10, roundDecimal } from '../numbers/decimal';
import {
  type Fraction,
  fractionFromDecimal,
  fractionToHundredths,
  meanOfFractions,
  scaleFraction,
} from '../numbers/fraction';
import { parseNumberText } from '../numbers/read-number';
import { fieldList, fieldText, ordinalOf } from './record-text';

/** An indicator's score as read from its record. */
export type ScoreReading =
  | { readonly kind: 'score'; readonly decimal: Decimal; readonly hundredths: bigint }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly text: string };

/** One record of the analysis: the indicator it stands for and its score. */
export interface IndicatorLine {
  /** The indicator's number: as written, else the record's position from 1. */
  readonly no: number;
  readonly name: string;
  /** The framework's tool of that number, if the framework has it. */
  readonly tool: Tool | undefined;
  readonly score: ScoreReading;
  readonly passes: boolean | undefined;
  readonly weaknesses: readonly string[];
}

/** A tool's mean over its indicators and its share of the total, in hundredths when computable. */
export interface ToolLine {
  readonly weight: ToolWeight;
  readonly mean: bigint | undefined;
  readonly weighted: bigint | undefined;
}

/** The total and grade, or why they cannot be computed. */
export type TotalLine =
  | { readonly ok: true; readonly hundredths: bigint; readonly grade: Grade; readonly passes: boolean }
  | { readonly ok: false; readonly reasons: readonly string[] };

/** Everything the report states about the scores. */
export interface ItaFigures {
  readonly framework: Framework;
  /** True when the document's year has no framework built in and the newest was used. */
  readonly fellBack: boolean;
  readonly indicators: readonly IndicatorLine[];
  readonly tools: readonly ToolLine[];
  /** Each computable tool's exact mean, for figures built on it (the OIT readiness projection). */
  readonly toolMeans: Readonly<Partial<Record<Tool, Fraction>>>;
  readonly total: TotalLine;
}

function readScore(text: string): ScoreReading {
  if (text === '') return { kind: 'missing' };
  const decimal = parseNumberText(text);
  if (decimal === undefined || decimal.units < 0n || decimal.units > 100n * pow10(decimal.scale)) {
    return { kind: 'unreadable', text };
  }
  return { kind: 'score', decimal, hundredths: roundDecimal(decimal, 2).units };
}

/** The framework of the document's year, else the newest built in. */
export function frameworkOfYear(fiscalYear: number | undefined): { framework: Framework; fellBack: boolean } {
  const framework = fiscalYear === undefined ? undefined : frameworkFor(fiscalYear);
  return framework ? { framework, fellBack: false } : { framework: DEFAULT_FRAMEWORK, fellBack: true };
}

/** Why each framework indicator has no usable score, in Thai (the reasons print on the report). */
function problemsOf(framework: Framework, lines: readonly IndicatorLine[]): string[] {
  const reasons: string[] = [];
  for (const indicator of framework.indicators) {
    const matches = lines.filter((line) => line.no === indicator.no);
    const n = indicator.no;
    const score = matches[0]?.score;
    if (matches.length > 1) reasons.push(`ตัวชี้วัดที่ ${n} มีมากกว่าหนึ่งคะแนน`);
    else if (!score || score.kind === 'missing') reasons.push(`ตัวชี้วัดที่ ${n} ไม่มีคะแนน`);
    else if (score.kind === 'unreadable') {
      reasons.push(`ตัวชี้วัดที่ ${n} คะแนนอ่านไม่ได้: "${score.text}" (ต้องเป็นคะแนน 0–100)`);
    }
  }
  for (const line of lines) {
    if (line.tool === undefined) {
      reasons.push(`ตัวชี้วัดที่ ${line.no} ไม่อยู่ในเกณฑ์ปี ${framework.fiscalYear}`);
    }
  }
  return reasons;
}

/** The report's figures from an ita-analysis document's records. */
export function itaFigures(fiscalYear: number | undefined, records: readonly DocumentRecord[]): ItaFigures {
  const { framework, fellBack } = frameworkOfYear(fiscalYear);
  const indicators = records.map((record, i): IndicatorLine => {
    const no = ordinalOf(fieldText(record, 'no')) ?? i + 1;
    const known = framework.indicators.find((indicator) => indicator.no === no);
    const score = readScore(fieldText(record, 'score'));
    return {
      no,
      name: fieldText(record, 'indicator') || known?.nameTh || '',
      tool: known?.tool,
      score,
      passes: score.kind === 'score' ? passes(framework, score.hundredths) : undefined,
      weaknesses: fieldList(record, 'weaknesses'),
    };
  });
  const reasons = problemsOf(framework, indicators);
  // A tool is computed when each of its indicators has exactly one readable score.
  const fractions = new Map<Tool, Fraction>();
  const tools = framework.tools.map((weight): ToolLine => {
    const scores = framework.indicators
      .filter((indicator) => indicator.tool === weight.tool)
      .map((indicator) => indicators.filter((line) => line.no === indicator.no));
    const readable = scores.length > 0 && scores.every((m) => m.length === 1 && m[0]?.score.kind === 'score');
    if (!readable) return { weight, mean: undefined, weighted: undefined };
    const mean = meanOfFractions(
      scores.map((m) => {
        const score = m[0]?.score;
        if (score?.kind !== 'score') throw new Error('itaFigures: bug: a score checked readable is not');
        return fractionFromDecimal(score.decimal);
      }),
    );
    fractions.set(weight.tool, mean);
    return {
      weight,
      mean: fractionToHundredths(mean),
      weighted: fractionToHundredths(scaleFraction(mean, BigInt(weight.weightPercent), 100n)),
    };
  });
  const iit = fractions.get('IIT');
  const eit = fractions.get('EIT');
  const oit = fractions.get('OIT');
  let total: TotalLine;
  if (reasons.length === 0 && iit && eit && oit) {
    const hundredths = totalHundredths(framework, { IIT: iit, EIT: eit, OIT: oit });
    total = {
      ok: true,
      hundredths,
      grade: gradeOf(framework, hundredths),
      passes: passes(framework, hundredths),
    };
  } else {
    total = { ok: false, reasons };
  }
  return { framework, fellBack, indicators, tools, toolMeans: Object.fromEntries(fractions), total };
}

/** The indicators below the pass mark, weakest first, then those whose score is unknown. */
export function belowPassMark(figures: ItaFigures): readonly IndicatorLine[] {
  const known = figures.indicators
    .filter((line) => line.passes === false)
    .sort((a, b) => {
      const x = a.score.kind === 'score' ? a.score.hundredths : 0n;
      const y = b.score.kind === 'score' ? b.score.hundredths : 0n;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  return [...known, ...figures.indicators.filter((line) => line.passes === undefined)];
}
