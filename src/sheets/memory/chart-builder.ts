/**
 * Sheet.newChart() for the memory workbook: the chart is kept (type, ranges as A1, position, options)
 * so tests and the preview can see it; nothing draws it.
 */

import type { EmbeddedChartBuilderApi, RangeApi } from '../spreadsheet-api';
import type { CallLedger } from './call-ledger';
import { STATE } from './internal';
import { type JsonValue, toJsonValue } from './json-value';
import { MemoryRange } from './memory-range';
import { regionA1 } from './region';
import type { ChartPosition, ChartState, SheetState } from './sheet-state';

/** A built chart, ready for Sheet.insertChart. */
export class MemoryEmbeddedChart implements ChartState {
  readonly type?: string;
  readonly ranges: readonly string[];
  readonly position?: ChartPosition;
  readonly options: Readonly<Record<string, JsonValue>>;

  constructor(chart: ChartState) {
    if (chart.type !== undefined) this.type = chart.type;
    this.ranges = Object.freeze([...chart.ranges]);
    if (chart.position !== undefined) this.position = Object.freeze({ ...chart.position });
    this.options = Object.freeze({ ...chart.options });
    Object.freeze(this);
  }
}

/** Sheets quotes a sheet name in a reference: 'ผลการดำเนินงาน'!A1:B3. */
export function qualified(sheetName: string, a1: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${a1}`;
}

const QUALIFIED = /^'((?:[^']|'')*)'!(.*)$/;

/** A kept chart range read back: the sheet it names (absent for the chart's own sheet) and its A1 part. */
export function chartRangeParts(range: string): { readonly sheetName?: string; readonly a1: string } {
  const m = QUALIFIED.exec(range);
  if (!m) return { a1: range };
  return { sheetName: (m[1] ?? '').replace(/''/g, "'"), a1: m[2] ?? '' };
}

/** EmbeddedChartBuilder: records what the adapter sets; build() freezes it. */
export class MemoryEmbeddedChartBuilder implements EmbeddedChartBuilderApi {
  private type: string | undefined;
  private readonly ranges: string[] = [];
  private position: ChartPosition | undefined;
  private readonly options: Record<string, JsonValue> = {};

  constructor(
    private readonly ledger: CallLedger,
    private readonly sheet: SheetState,
  ) {}

  setChartType(type: GoogleAppsScript.Charts.ChartType): MemoryEmbeddedChartBuilder {
    this.ledger.enter('EmbeddedChartBuilder.setChartType');
    // In Apps Script the enum's values print as their names ("BAR"); the stand-in is that name.
    this.type = String(type);
    return this;
  }

  addRange(range: RangeApi): MemoryEmbeddedChartBuilder {
    this.ledger.enter('EmbeddedChartBuilder.addRange');
    if (!(range instanceof MemoryRange))
      throw new Error('addRange: the range is not from the memory workbook');
    const { sheet, region } = range[STATE];
    this.ranges.push(sheet === this.sheet ? regionA1(region) : qualified(sheet.name, regionA1(region)));
    return this;
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): MemoryEmbeddedChartBuilder {
    this.ledger.enter('EmbeddedChartBuilder.setPosition');
    this.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): MemoryEmbeddedChartBuilder {
    this.ledger.enter('EmbeddedChartBuilder.setOption');
    this.options[option] = toJsonValue(value, `setOption("${option}")`);
    return this;
  }

  build(): MemoryEmbeddedChart {
    this.ledger.enter('EmbeddedChartBuilder.build');
    return new MemoryEmbeddedChart({
      ...(this.type === undefined ? {} : { type: this.type }),
      ranges: this.ranges,
      ...(this.position === undefined ? {} : { position: this.position }),
      options: this.options,
    });
  }
}
