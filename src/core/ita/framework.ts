/** The shape of one fiscal year's ITA framework: indicators, tools, weights, grade bands, pass mark. */

export type Tool = 'IIT' | 'EIT' | 'OIT';
export const TOOLS: readonly Tool[] = ['IIT', 'EIT', 'OIT'];

export type Grade = 'AA' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface Indicator {
  /** 1-based, in framework order. */
  readonly no: number;
  readonly nameTh: string;
  readonly nameEn: string;
  readonly tool: Tool;
}

export interface ToolWeight {
  readonly tool: Tool;
  readonly nameTh: string;
  /** Whole percent of the total; the weights of a framework add up to 100. */
  readonly weightPercent: number;
}

export interface GradeBand {
  readonly grade: Grade;
  /** The lowest 2-decimal score of the band, inclusive; the band ends below the next band's minimum. */
  readonly min: number;
}

/**
 * One named level of the Rating Score (FY 2567 onward): reached when the total, and every tool's score
 * if `minEachTool` is given, reach the floors. Scores are judged as shown: 2 decimals, half up.
 */
export interface LevelRule {
  readonly nameTh: string;
  readonly nameEn: string;
  /** The least 2-decimal total of the level. */
  readonly minTotal: number;
  /** The least 2-decimal score each of IIT, EIT and OIT needs, when the level asks one. */
  readonly minEachTool?: number;
  /** True when the level is a pass (ผ่าน or above). */
  readonly passes: boolean;
}

export interface Provenance {
  /** Where the fact comes from. */
  readonly source: string;
  /** True when the fact is published for this year; false when it is carried over or inferred. */
  readonly verified: boolean;
}

export interface Framework {
  /** Fiscal year B.E. */
  readonly fiscalYear: number;
  readonly indicators: readonly Indicator[];
  readonly tools: readonly ToolWeight[];
  /** From the highest band down; the last band's minimum is 0. */
  readonly grades: readonly GradeBand[];
  readonly passMark: number;
  /**
   * The Rating Score's named levels, highest first, from FY 2567 (undefined before: the grade is the
   * result). The first level whose floors are all reached is the organization's; the last has floor 0.
   */
  readonly levels?: readonly LevelRule[];
  readonly provenance: {
    readonly indicators: Provenance;
    readonly weights: Provenance;
    readonly grades: Provenance;
    readonly levels?: Provenance;
  };
  /** True when every part of the framework is verified for this year. */
  readonly verified: boolean;
  /** The year whose rules this year uses, when its own are not published (2569, 2570 → 2568). */
  readonly carriedFrom?: number;
  /** One line a report prints about where this framework comes from. */
  readonly source: string;
}
