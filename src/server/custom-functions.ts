/**
 * The custom functions as Apps Script calls them: the core's bodies, given the spreadsheet's clock.
 * A custom function may read the spreadsheet (get* methods only), so the time zone is the one of
 * File › Settings; it is asked only by a call that reads a date cell or leaves the year out.
 */

import type { SheetArgument } from '../core/functions/cells';
import { fiscalYearFunction } from '../core/functions/fiscal-year-function';
import { itaGradeFunction } from '../core/functions/ita-grade-function';
import { itaLevelFunction } from '../core/functions/ita-level-function';
import { itaNeededFunction } from '../core/functions/ita-needed-function';
import { itaScoreFunction } from '../core/functions/ita-score-function';
import { lazyClock, type SheetClock } from '../core/functions/sheet-clock';
import { thaiDateFunction } from '../core/functions/thai-date-function';
import { BANGKOK } from '../core/thai/time-zone';

/** The clock of the spreadsheet the function runs in; appsscript.json's Asia/Bangkok when there is none. */
function spreadsheetClock(): SheetClock {
  return lazyClock(() => SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() ?? BANGKOK);
}

export function ITA_SCORE(scores: SheetArgument, year?: SheetArgument) {
  return itaScoreFunction(scores, year, spreadsheetClock());
}

export function ITA_GRADE(score: SheetArgument, year?: SheetArgument, style?: SheetArgument) {
  return itaGradeFunction(score, year, style, spreadsheetClock());
}

export function ITA_LEVEL(scores: SheetArgument, year?: SheetArgument) {
  return itaLevelFunction(scores, year, spreadsheetClock());
}

export function ITA_NEEDED(
  scores: SheetArgument,
  target?: SheetArgument,
  tool?: SheetArgument,
  year?: SheetArgument,
) {
  return itaNeededFunction(scores, target, tool, year, spreadsheetClock());
}

export function THAI_DATE(date: SheetArgument, style?: SheetArgument) {
  return thaiDateFunction(date, style, spreadsheetClock());
}

export function FISCAL_YEAR(date: SheetArgument) {
  return fiscalYearFunction(date, spreadsheetClock());
}
