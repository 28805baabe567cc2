/**
 * From the links the officer listed to what each import brought. The imports tab holds one band of
 * columns per spreadsheet: row 1 the band's label (written by the add-in), row 2 the IMPORTRANGE, whose
 * values spill right and down within the band. A band is wide enough for an organization's summary
 * (3 columns) and for a district's roll-up block (ROLLUP_WIDTH), so a province reads districts the way a
 * district reads organizations.
 */

import { a1 } from '../layout/a1';
import {
  SUMMARY_COLUMNS,
  SUMMARY_RANGE_NAME,
  SUMMARY_ROW_COUNT,
  SUMMARY_VERSION,
  summaryByKey,
} from '../summary/summary-shape';
import { figuresOfSummary, numberOf, textOf } from './organization-figures';
import { ROLLUP_MARK, ROLLUP_WIDTH, readRollupBlock } from './rollup-shape';
import type { RollupSource } from './rollup-types';
import { importFormula, readSheetLink } from './sheet-link';

/** Columns a band takes: the widest block, and one empty column between bands. */
export const BAND_WIDTH = Math.max(SUMMARY_COLUMNS, ROLLUP_WIDTH) + 1;

/** The row of the import formulas on the imports tab (row 1 labels the bands). */
export const IMPORT_ROW = 2;

/**
 * The rows below IMPORT_ROW the imports tab keeps for a spill: Sheets refuses to spill past the tab's
 * end, and a district's roll-up block is 2 rows and one per organization (the largest districts have
 * some 40 organizations; this leaves room for far more).
 */
export const IMPORT_ROWS = 400;

/** One link row as the officer left it on the links tab. */
export interface ListedLink {
  /** The links tab's row (1-based). */
  readonly row: number;
  readonly label: string;
  readonly link: string;
}

/** The imports to write, and each listed link with the import it has, if any. */
export interface ImportPlan {
  readonly links: readonly PlannedLink[];
  /** The bands in order: band i starts at column 1 + i × BAND_WIDTH. */
  readonly bands: readonly { readonly id: string; readonly label: string }[];
}

export interface PlannedLink extends ListedLink {
  readonly id?: string;
  /** The band of its import (0-based), when it has one. */
  readonly band?: number;
  /** Why it has none. */
  readonly refused?: { readonly status: 'invalid-link' | 'duplicate' | 'self'; readonly message: string };
}

/** Which links get an import: Sheets links or ids, each spreadsheet once, never the roll-up's own. */
export function planImports(listed: readonly ListedLink[], selfId: string): ImportPlan {
  const bands: { id: string; label: string }[] = [];
  const firstRow = new Map<string, number>();
  const links = listed.map((entry): PlannedLink => {
    const read = readSheetLink(entry.link);
    if (!read.ok) {
      return {
        ...entry,
        refused: { status: 'invalid-link', message: `แถว ${entry.row}: ${read.reason}` },
      };
    }
    const { id } = read;
    if (id === selfId) {
      return {
        ...entry,
        id,
        refused: {
          status: 'self',
          message: `แถว ${entry.row}: เป็นลิงก์ของสเปรดชีตนี้เอง (the link is this spreadsheet)`,
        },
      };
    }
    const earlier = firstRow.get(id);
    if (earlier !== undefined) {
      return {
        ...entry,
        id,
        refused: {
          status: 'duplicate',
          message: `แถว ${entry.row}: ซ้ำกับแถว ${earlier} (the same spreadsheet as row ${earlier})`,
        },
      };
    }
    firstRow.set(id, entry.row);
    bands.push({ id, label: entry.label !== '' ? entry.label : `แถว ${entry.row}` });
    return { ...entry, id, band: bands.length - 1 };
  });
  return { links, bands };
}

/** The first column of a band (1-based). */
export const bandColumn = (band: number): number => 1 + band * BAND_WIDTH;

/** Rows 1–2 of the imports tab: each band's label and its formula, the rest blank; `width` columns wide. */
export function importsGrid(plan: ImportPlan, width: number): (string | number)[][] {
  const labels: (string | number)[] = Array(width).fill('');
  const formulas: (string | number)[] = Array(width).fill('');
  plan.bands.forEach((band, i) => {
    labels[bandColumn(i) - 1] = `${i + 1}. ${band.label}`;
    formulas[bandColumn(i) - 1] = importFormula(band.id, SUMMARY_RANGE_NAME);
  });
  return [labels, formulas];
}

/**
 * The rows from IMPORT_ROW the imports fill, from the first row of each band: an organization's summary
 * is SUMMARY_ROW_COUNT rows; a roll-up's block states its organizations in its first row.
 */
export function importedHeight(plan: ImportPlan, firstRow: readonly unknown[]): number {
  let height = SUMMARY_ROW_COUNT;
  plan.bands.forEach((_, band) => {
    const start = bandColumn(band) - 1;
    if (textOf(firstRow[start]) === ROLLUP_MARK) {
      height = Math.max(height, 2 + (numberOf(firstRow[start + 9]) ?? 0));
    }
  });
  return height;
}

// What Sheets shows while an import is fetched; #N/A is what a script reads of some of them.
const LOADING = new Set(['Loading...', 'กำลังโหลด...', '#N/A']);

const NOT_CONNECTED =
  'ยังนำเข้าไม่ได้: คลิกเซลล์นี้ในแท็บนำเข้าแล้วกด อนุญาตให้เข้าถึง (Allow access) หากไม่มีปุ่ม แสดงว่าหน่วยงานยังไม่ได้แชร์สเปรดชีตให้คุณ ' +
  '(not imported yet: click its cell on the imports tab and Allow access; if there is no button, the organization has not shared its spreadsheet with you)';

const LOADING_MESSAGE =
  'Sheets กำลังดึงข้อมูล กดอัปเดตอีกครั้งในอีกสักครู่ (Sheets is still fetching the data: update again in a moment)';

/** What one band's values are: rows from IMPORT_ROW down, its BAND_WIDTH columns. */
function readBand(
  values: readonly (readonly unknown[])[],
): Pick<RollupSource, 'kind' | 'status' | 'message' | 'organizations'> {
  const first = textOf(values[0]?.[0]);
  if (first.startsWith('#REF')) return { status: 'not-connected', message: NOT_CONNECTED, organizations: [] };
  if (LOADING.has(first) || first === '') {
    return { status: 'loading', message: LOADING_MESSAGE, organizations: [] };
  }
  if (first === 'version') {
    const byKey = summaryByKey(values);
    if (numberOf(byKey.get('version')) !== SUMMARY_VERSION) {
      const version = textOf(byKey.get('version'));
      return {
        status: 'no-summary',
        message: `สรุปของหน่วยงานเป็นรุ่น ${version} ซึ่ง add-in รุ่นนี้ยังอ่านไม่ได้ โปรดอัปเดต add-in (the summary's version ${version} is newer than this add-in reads)`,
        organizations: [],
      };
    }
    return { kind: 'organization', status: 'ok', message: '', organizations: [figuresOfSummary(byKey)] };
  }
  if (first === ROLLUP_MARK) {
    const block = readRollupBlock(values);
    if (block) return { kind: 'rollup', status: 'ok', message: '', organizations: block.organizations };
    return {
      status: 'no-summary',
      message: `ภาพรวมที่นำเข้าเป็นรุ่นที่ add-in รุ่นนี้ยังอ่านไม่ได้ (the roll-up's version ${textOf(values[0]?.[1])} is not one this add-in reads)`,
      organizations: [],
    };
  }
  return {
    status: 'no-summary',
    message:
      'ITA_SUMMARY ของสเปรดชีตนี้ไม่ได้สร้างโดย ita-sheets ให้หน่วยงานเปิด ita-sheets แล้วเลือก อัปเดตสรุปสำหรับอำเภอ ' +
      "(the spreadsheet's ITA_SUMMARY was not made by ita-sheets: the organization should use Update the summary for the district)",
    organizations: [],
  };
}

/** Each listed link with what its import brought, from the imports tab's values (rows from IMPORT_ROW). */
export function readSources(plan: ImportPlan, values: readonly (readonly unknown[])[]): RollupSource[] {
  return plan.links.map((link): RollupSource => {
    const base = { row: link.row, label: link.label, link: link.link, ...(link.id ? { id: link.id } : {}) };
    if (link.refused) return { ...base, ...link.refused, organizations: [] };
    const band = link.band ?? 0;
    const start = bandColumn(band) - 1;
    const bandValues = values.map((row) => row.slice(start, start + BAND_WIDTH));
    const read = readBand(bandValues);
    // An organization that never saved its profile has no name in its summary: the officer's name for the row stands in.
    const organizations = read.organizations.map((o) =>
      o.organization === '' && read.kind === 'organization' ? { ...o, organization: link.label } : o,
    );
    return {
      ...base,
      ...read,
      organizations,
      importCell: a1(IMPORT_ROW, start + 1),
    };
  });
}
