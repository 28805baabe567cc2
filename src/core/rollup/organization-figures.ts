/**
 * An organization's figures from its imported ITA_SUMMARY (version 1, src/core/summary/summary-shape.ts):
 * the values read by key, numbers as Sheets imported them, and the level it would reach if assessed today
 * (the latest IIT and EIT with today's OIT, under the rules of its fiscal year).
 */

import { DOCUMENT_TYPE_IDS } from '../catalog';
import type { DocumentTypeId } from '../documents/document-type';
import { DEFAULT_FRAMEWORK, frameworkFor } from '../ita/framework-select';
import type { Framework } from '../ita/framework';
import { standingOf, standingText } from '../ita/levels';
import { toolScoresFromDecimals } from '../ita/score';
import { decimalFromNumber, decimalToNumber } from '../numbers/decimal';
import { readCellNumber } from '../numbers/read-number';
import type { OrganizationFigures } from './rollup-types';

/**
 * A value read back as a number, as a cell's number is read everywhere (readCellNumber): a number, or
 * numeric text with Arabic or Thai digits (a locale may import numbers as text); undefined otherwise.
 */
export function numberOf(value: unknown): number | undefined {
  const read = readCellNumber(value);
  return read.ok ? decimalToNumber(read.value) : undefined;
}

/** A value read back as text ('' for a blank). */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

const MORE = /…\s*\(\+(\d+)\)\s*$/;

/** The codes of a summary's missing text ("o1, o2 … (+3)") and how many it left out. */
export function missingCodes(text: string): { codes: string[]; more: number } {
  const more = MORE.exec(text);
  const listed = more ? text.slice(0, more.index) : text;
  const codes = listed
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '' && code !== '…');
  return { codes, more: more ? Number(more[1]) : 0 };
}

/** The framework of an organization's year, the newest known for a year past them. */
export function frameworkOfYear(fiscalYear: number | undefined): Framework {
  return (fiscalYear === undefined ? undefined : frameworkFor(fiscalYear)) ?? DEFAULT_FRAMEWORK;
}

/** The standing of three tool scores (numbers of 2 decimals) under a year's framework. */
function projectedStanding(
  fiscalYear: number | undefined,
  iit: number | undefined,
  eit: number | undefined,
  oit: number | undefined,
): { level: string; total: number } | undefined {
  if (iit === undefined || eit === undefined || oit === undefined) return undefined;
  if (![iit, eit, oit].every((s) => s >= 0 && s <= 100)) return undefined;
  const scores = toolScoresFromDecimals({
    IIT: decimalFromNumber(iit),
    EIT: decimalFromNumber(eit),
    OIT: decimalFromNumber(oit),
  });
  const standing = standingOf(frameworkOfYear(fiscalYear), scores);
  return { level: standingText(standing), total: Number(standing.total) / 100 };
}

/** An organization's figures as a block states them, before the add-in reads anything into them. */
export interface StatedFigures {
  readonly organization: unknown;
  readonly district: unknown;
  readonly province: unknown;
  readonly fiscalYear: unknown;
  /** The document types without a tab holding records. */
  readonly documentsMissing: readonly DocumentTypeId[];
  readonly oitPublished: unknown;
  readonly oitRequired: unknown;
  readonly oitScoreToday: unknown;
  /** The missing codes' text ("o1, o2 … (+3)"). */
  readonly oitMissing: unknown;
  readonly iit: unknown;
  readonly eit: unknown;
  readonly itaOit: unknown;
  readonly itaTotal: unknown;
  readonly level: unknown;
  readonly updatedAt: unknown;
}

/** The figures of what a block states: numbers and text read, the level if assessed today computed. */
export function organizationFigures(stated: StatedFigures): OrganizationFigures {
  const fiscalYear = numberOf(stated.fiscalYear);
  const missing = missingCodes(textOf(stated.oitMissing));
  const iit = numberOf(stated.iit);
  const eit = numberOf(stated.eit);
  const oitScoreToday = numberOf(stated.oitScoreToday);
  const projected = projectedStanding(fiscalYear, iit, eit, oitScoreToday);
  return {
    organization: textOf(stated.organization),
    district: textOf(stated.district),
    province: textOf(stated.province),
    fiscalYear: fiscalYear === undefined ? undefined : Math.trunc(fiscalYear),
    documentsReady: DOCUMENT_TYPE_IDS.filter((t) => !stated.documentsMissing.includes(t)),
    documentsMissing: DOCUMENT_TYPE_IDS.filter((t) => stated.documentsMissing.includes(t)),
    oitPublished: numberOf(stated.oitPublished),
    oitRequired: numberOf(stated.oitRequired),
    oitScoreToday,
    oitMissing: missing.codes,
    oitMissingMore: missing.more,
    iit,
    eit,
    itaOit: numberOf(stated.itaOit),
    itaTotal: numberOf(stated.itaTotal),
    level: textOf(stated.level),
    projectedLevel: projected?.level ?? '',
    projectedTotal: projected?.total,
    updatedAt: textOf(stated.updatedAt),
  };
}

/** An organization's figures from its summary's values by key (version 1). */
export function figuresOfSummary(byKey: ReadonlyMap<string, unknown>): OrganizationFigures {
  // A type is missing unless its tab is named and holds records.
  const documentsMissing = DOCUMENT_TYPE_IDS.filter(
    (type) =>
      textOf(byKey.get(`doc.${type}.tab`)) === '' || (numberOf(byKey.get(`doc.${type}.records`)) ?? 0) <= 0,
  );
  return organizationFigures({
    organization: byKey.get('organization'),
    district: byKey.get('district'),
    province: byKey.get('province'),
    fiscalYear: byKey.get('fiscalYear'),
    documentsMissing,
    oitPublished: byKey.get('oit.published'),
    oitRequired: byKey.get('oit.required'),
    oitScoreToday: byKey.get('oit.scoreToday'),
    oitMissing: byKey.get('oit.missing'),
    iit: byKey.get('ita.iit'),
    eit: byKey.get('ita.eit'),
    itaOit: byKey.get('ita.oit'),
    itaTotal: byKey.get('ita.total'),
    level: byKey.get('ita.level'),
    updatedAt: byKey.get('updatedAt'),
  });
}
