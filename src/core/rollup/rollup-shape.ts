/**
 * A roll-up's own summary: the condensed block a district's spreadsheet keeps under ITA_SUMMARY, so a
 * province imports one block a district (10–20 imports) rather than one an organization (211).
 *
 * Row 1: ROLLUP_MARK, the version, the scope, the name, the province, the fiscal year, the links listed,
 *        the links read, when it was computed, the organizations below.
 * Row 2: the keys of the columns below (ROLLUP_COLUMNS).
 * Then one row per organization read, in rank order.
 * The block is as wide as ROLLUP_COLUMNS and as tall as 2 + the organizations. Columns never move within
 * a version; a change is ROLLUP_VERSION + 1. See docs/district-rollup.md.
 */

import type { DocumentTypeId } from '../documents/document-type';
import { isDocumentTypeId } from '../documents/types';
import { missingText } from '../summary/summary-shape';
import { numberOf, organizationFigures, textOf } from './organization-figures';
import type { OrganizationFigures, Rollup } from './rollup-types';

/** The first cell of a roll-up's block: tells it from an organization's summary (whose first key is "version"). */
export const ROLLUP_MARK = 'ita-sheets.rollup';

export const ROLLUP_VERSION = 1;

type Cell = string | number;

interface ColumnSpec {
  readonly key: string;
  readonly write: (o: OrganizationFigures) => Cell;
}

const orBlank = (n: number | undefined): Cell => n ?? '';

/** The organization columns of version 1, in order. */
const COLUMNS: readonly ColumnSpec[] = [
  { key: 'organization', write: (o) => o.organization },
  { key: 'district', write: (o) => o.district },
  { key: 'province', write: (o) => o.province },
  { key: 'fiscalYear', write: (o) => orBlank(o.fiscalYear) },
  { key: 'documentsMissing', write: (o) => o.documentsMissing.join(', ') },
  { key: 'oitPublished', write: (o) => orBlank(o.oitPublished) },
  { key: 'oitRequired', write: (o) => orBlank(o.oitRequired) },
  { key: 'oitScoreToday', write: (o) => orBlank(o.oitScoreToday) },
  {
    key: 'oitMissing',
    // Codes read from an organization's text already cut to fit keep its count of the rest.
    write: (o) =>
      o.oitMissingMore > 0
        ? `${o.oitMissing.join(', ')} … (+${o.oitMissingMore})`
        : missingText(o.oitMissing),
  },
  { key: 'iit', write: (o) => orBlank(o.iit) },
  { key: 'eit', write: (o) => orBlank(o.eit) },
  { key: 'itaOit', write: (o) => orBlank(o.itaOit) },
  { key: 'itaTotal', write: (o) => orBlank(o.itaTotal) },
  { key: 'level', write: (o) => o.level },
  { key: 'updatedAt', write: (o) => o.updatedAt },
];

/** The keys of the organization columns (row 2 of the block). */
const ROLLUP_COLUMNS: readonly string[] = COLUMNS.map((c) => c.key);

/** The block's width. */
export const ROLLUP_WIDTH = ROLLUP_COLUMNS.length;

/** Row 1 of the block, cell by cell: what the roll-up says of itself. */
const HEAD: readonly { readonly key: string; readonly write: (r: Rollup) => Cell }[] = [
  { key: 'mark', write: () => ROLLUP_MARK },
  { key: 'version', write: () => ROLLUP_VERSION },
  { key: 'scope', write: (r) => r.scope },
  { key: 'name', write: (r) => r.name },
  { key: 'province', write: (r) => r.province },
  { key: 'fiscalYear', write: (r) => orBlank(r.fiscalYear) },
  { key: 'listed', write: (r) => r.sources.length },
  { key: 'read', write: (r) => r.sources.filter((s) => s.status === 'ok').length },
  { key: 'asOf', write: (r) => r.asOf },
  { key: 'organizations', write: (r) => r.ranked.length },
];

/** Where row 1 states a figure: its column in the block (0-based). */
export const headColumn = (key: 'version' | 'organizations'): number => HEAD.findIndex((h) => h.key === key);

/** The block of a roll-up: what one setValues writes under ITA_SUMMARY. */
export function rollupBlock(rollup: Rollup): Cell[][] {
  const head = HEAD.map((h) => h.write(rollup));
  const pad = (row: Cell[]): Cell[] => [
    ...row,
    ...Array<Cell>(Math.max(0, ROLLUP_WIDTH - row.length)).fill(''),
  ];
  return [
    pad(head),
    pad([...ROLLUP_COLUMNS]),
    ...rollup.ranked.map((o) => pad(COLUMNS.map((c) => c.write(o)))),
  ];
}

/** The organizations of a roll-up's imported block; undefined when it is not a roll-up block of a version known. */
export function readRollupBlock(
  rows: readonly (readonly unknown[])[],
): { organizations: OrganizationFigures[] } | undefined {
  const [first, keys, ...body] = rows;
  if (
    !first ||
    !keys ||
    textOf(first[0]) !== ROLLUP_MARK ||
    numberOf(first[headColumn('version')]) !== ROLLUP_VERSION
  ) {
    return undefined;
  }
  const at = new Map(keys.map((key, i) => [textOf(key), i] as const));
  const organizations = body
    .filter((row) => row.some((cell) => textOf(cell) !== ''))
    .map((row) => organizationOfRow((key) => row[at.get(key) ?? -1]));
  return { organizations };
}

function organizationOfRow(cell: (key: string) => unknown): OrganizationFigures {
  const missingTypes = textOf(cell('documentsMissing'))
    .split(',')
    .map((t) => t.trim())
    .filter((t): t is DocumentTypeId => isDocumentTypeId(t));
  return organizationFigures({
    organization: cell('organization'),
    district: cell('district'),
    province: cell('province'),
    fiscalYear: cell('fiscalYear'),
    documentsMissing: missingTypes,
    oitPublished: cell('oitPublished'),
    oitRequired: cell('oitRequired'),
    oitScoreToday: cell('oitScoreToday'),
    oitMissing: cell('oitMissing'),
    iit: cell('iit'),
    eit: cell('eit'),
    itaOit: cell('itaOit'),
    itaTotal: cell('itaTotal'),
    level: cell('level'),
    updatedAt: cell('updatedAt'),
  });
}
