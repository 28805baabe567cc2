/**
 * Writing a tab the add-in lays out (a report, the district's roll-up) in place of the one it made
 * before: the new tab is made in full first (a failure removes it and leaves the old one whole); then
 * the old one goes if it is as the add-in made it, or is kept under another name if an officer renamed
 * or edited it (earlier-report.ts). The earlier tabs are found by their metadata, never by name.
 */

import type { ReportSummary } from '../../shared/api';
import type { SheetLayout } from '../../core/layout/sheet-layout';
import { applyLayout } from '../apply-layout';
import { findTabs, freeTabName, META } from '../metadata';
import type { SheetApi } from '../spreadsheet-api';
import type { SheetsContext } from './context';
import { isUntouched, keepEarlier, madeMark } from './earlier-report';
import { makingNewTabs } from './new-tabs';

/** The tab written, and what became of the earlier ones. */
export interface MadeTab extends ReportSummary {
  readonly sheet: SheetApi;
}

/**
 * Lays `layout` out on a new tab where the earlier tabs matching `earlierWith` were (at the end when
 * none), with `extraMetadata` added to the layout's; `what` names the step in a failure's message.
 */
export function replaceMadeTab(
  context: SheetsContext,
  layout: SheetLayout,
  earlierWith: Readonly<Record<string, string>>,
  extraMetadata: Readonly<Record<string, string>>,
  what: string,
): MadeTab {
  const { spreadsheet } = context;
  const earlier = findTabs(spreadsheet, earlierWith);
  // Read before anything is written: which earlier tab an officer changed, and so must keep.
  const untouched = earlier.map((old) => isUntouched(old));
  const at = earlier[0]?.getIndex() ?? spreadsheet.getSheets().length + 1;
  const sheet = makingNewTabs(spreadsheet, what, () => {
    const made = spreadsheet.insertSheet(freeTabName(spreadsheet, layout.name), at - 1);
    applyLayout(made, { ...layout, metadata: { ...layout.metadata, ...extraMetadata } }, context.services);
    return made;
  });
  const kept = earlier.flatMap((old, i) => {
    if (untouched[i]) {
      spreadsheet.deleteSheet(old);
      return [];
    }
    return [keepEarlier(spreadsheet, old, layout.name)];
  });
  // The new tab took "(2)" while the old one held its name: it takes the name back.
  let name = sheet.getName();
  if (name !== layout.name && spreadsheet.getSheetByName(layout.name) === null) {
    sheet.setName(layout.name);
    name = layout.name;
  }
  // Last, under its final name: a tab left without it counts as changed, and is kept next time.
  sheet.addDeveloperMetadata(META.made, madeMark(name, layout.values, layout.notes));
  return {
    sheet,
    sheetId: sheet.getSheetId(),
    name,
    url: `${spreadsheet.getUrl().replace(/\/edit.*$/, '')}/edit#gid=${sheet.getSheetId()}`,
    replaced: untouched.some((u) => u),
    ...(kept.length > 0 ? { kept } : {}),
  };
}
