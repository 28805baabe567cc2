/**
 * What went wrong with one input, as data: a code, the offending value and the facts a message
 * needs. `messages.ts` turns a problem into Thai and English words.
 */
export type Problem =
  | { readonly code: 'blank' }
  | { readonly code: 'not-a-number'; readonly value: unknown }
  | { readonly code: 'out-of-range'; readonly value: unknown; readonly min: number; readonly max: number }
  | { readonly code: 'not-an-integer'; readonly value: unknown }
  | { readonly code: 'too-large'; readonly value: unknown; readonly max: string }
  | { readonly code: 'wrong-count'; readonly count: number; readonly expected: readonly number[] }
  | { readonly code: 'partly-blank'; readonly blanks: readonly Place[] }
  | { readonly code: 'not-a-year'; readonly value: unknown }
  | { readonly code: 'gregorian-year'; readonly value: unknown; readonly buddhistEra: number }
  | { readonly code: 'unknown-year'; readonly value: unknown; readonly known: readonly number[] }
  | {
      readonly code: 'year-after-newest';
      readonly fiscalYear: number;
      readonly newest: number;
      /** True when the year was not given and is the current fiscal year. */
      readonly current: boolean;
    }
  | { readonly code: 'year-not-date'; readonly value: unknown }
  // Rolling a document into the next fiscal year.
  | { readonly code: 'recheck-url'; readonly value: string; readonly fiscalYear: number }
  | { readonly code: 'year-assumed'; readonly fiscalYear: number }
  | { readonly code: 'check-item-list'; readonly fiscalYear: number; readonly from: number }
  | { readonly code: 'rollover-not-later'; readonly from: number; readonly to: number }
  // An OIT checklist rolled into a year whose item list differs, its items matched by title.
  | {
      readonly code: 'oit-item-added';
      readonly item: string;
      readonly title: string;
      readonly fiscalYear: number;
    }
  | {
      readonly code: 'oit-item-gone';
      readonly item: string;
      readonly title: string;
      readonly fiscalYear: number;
    }
  | {
      readonly code: 'oit-item-renumbered';
      readonly from: string;
      readonly to: string;
      readonly title: string;
      readonly fiscalYear: number;
    }
  | {
      readonly code: 'rollover-type';
      readonly from: string;
      readonly to: string;
      readonly allowed: readonly string[];
    }
  | { readonly code: 'unknown-option'; readonly value: unknown; readonly allowed: readonly string[] }
  | { readonly code: 'not-a-date'; readonly value: unknown }
  | { readonly code: 'no-such-date'; readonly value: unknown }
  | { readonly code: 'not-a-period'; readonly value: unknown }
  | { readonly code: 'period-needs-year'; readonly value: unknown }
  | { readonly code: 'no-such-quarter'; readonly value: unknown }
  | { readonly code: 'not-a-budget'; readonly value: unknown }
  | { readonly code: 'required' }
  | { readonly code: 'empty-list' }
  | { readonly code: 'period-outside-year'; readonly value: unknown; readonly fiscalYear: number }
  | { readonly code: 'unknown-unit'; readonly value: unknown; readonly units: readonly string[] }
  | { readonly code: 'too-long'; readonly length: number; readonly max: number }
  | {
      readonly code: 'longer-than-cell';
      readonly where: Place;
      readonly length: number;
      readonly max: number;
    }
  | { readonly code: 'duplicate'; readonly value: unknown }
  | { readonly code: 'stated-differs'; readonly stated: string; readonly computed: string }
  | { readonly code: 'column-without-heading'; readonly column: number; readonly field: string }
  | { readonly code: 'not-this-document'; readonly expected: string; readonly reason: Place }
  | { readonly code: 'not-an-oit-result'; readonly value: unknown }
  | { readonly code: 'not-a-sub-indicator'; readonly value: unknown }
  | { readonly code: 'no-scored-item'; readonly subIndicator: string }
  | { readonly code: 'no-sub-indicator'; readonly indicator: number }
  | {
      readonly code: 'target-unreachable';
      readonly target: string;
      readonly tool: string;
      readonly best: string;
    }
  // The Rating Score's named levels (FY 2567 onward).
  | { readonly code: 'total-needs-tools'; readonly total: string; readonly fiscalYear: number }
  | {
      readonly code: 'level-blocked';
      readonly level: string;
      readonly blockers: readonly { readonly tool: string; readonly score: string }[];
      readonly floor: string;
    }
  // The OIT checklist and the NACC's item list pasted by the officer.
  | OitProblem
  // The officer's column mapping of a pasted table (structure/column-mapping.ts).
  | { readonly code: 'bad-column-mapping'; readonly reason: Place };

/** The problems of an OIT checklist and of a pasted item list; `item` is the item's code (o1 …). */
export type OitProblem =
  | { readonly code: 'not-an-oit-code'; readonly value: unknown }
  | {
      readonly code: 'not-in-item-list';
      readonly value: unknown;
      readonly fiscalYear: number;
      readonly known: string;
    }
  | {
      readonly code: 'sub-indicator-differs';
      readonly item: string;
      readonly value: unknown;
      readonly expected: string;
      readonly fiscalYear: number;
    }
  | { readonly code: 'not-a-url'; readonly value: unknown }
  | { readonly code: 'url-off-website'; readonly value: unknown; readonly website: string }
  | { readonly code: 'published-without-url'; readonly item: string }
  | { readonly code: 'exempt-without-reason'; readonly item: string }
  | {
      readonly code: 'answered-but-unpublished';
      readonly item: string;
      readonly documentName: Place;
      readonly tabs: readonly string[];
    }
  | { readonly code: 'item-before-heading'; readonly line: number; readonly text: string }
  | { readonly code: 'duplicate-item'; readonly item: string; readonly line: number; readonly text: string }
  | { readonly code: 'item-without-title'; readonly line: number; readonly text: string }
  | { readonly code: 'no-oit-items' };

/** Where the problem is, in the words of the operation that met it. */
export interface Place {
  readonly th: string;
  readonly en: string;
}

/** Either a value or the problem that kept it from being read. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(problem: Problem): Result<T> => ({ ok: false, problem });
