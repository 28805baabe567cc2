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
import { decimalFromNumber } from '../numbers/decimal';
import type { OrganizationFigures } from './rollup-types';

/** A value read back as a number: a number, or numeric text (a locale may import numbers as text). */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.trim().replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
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
export function projectedStanding(
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

/** The document types with a tab holding records, and the others, in the catalog's order. */
function documentsOf(byKey: ReadonlyMap<string, unknown>): {
  ready: DocumentTypeId[];
  missing: DocumentTypeId[];
} {
  const ready: DocumentTypeId[] = [];
  const missing: DocumentTypeId[] = [];
  for (const type of DOCUMENT_TYPE_IDS) {
    const tab = textOf(byKey.get(`doc.${type}.tab`));
    const records = numberOf(byKey.get(`doc.${type}.records`)) ?? 0;
    (tab !== '' && records > 0 ? ready : missing).push(type);
  }
  return { ready, missing };
}

/** An organization's figures from its summary's values by key. */
export function figuresOfSummary(byKey: ReadonlyMap<string, unknown>): OrganizationFigures {
  const fiscalYear = numberOf(byKey.get('fiscalYear'));
  const documents = documentsOf(byKey);
  const missing = missingCodes(textOf(byKey.get('oit.missing')));
  const iit = numberOf(byKey.get('ita.iit'));
  const eit = numberOf(byKey.get('ita.eit'));
  const oitScoreToday = numberOf(byKey.get('oit.scoreToday'));
  const projected = projectedStanding(fiscalYear, iit, eit, oitScoreToday);
  return {
    organization: textOf(byKey.get('organization')),
    district: textOf(byKey.get('district')),
    province: textOf(byKey.get('province')),
    fiscalYear: fiscalYear === undefined ? undefined : Math.trunc(fiscalYear),
    documentsReady: documents.ready,
    documentsMissing: documents.missing,
    oitPublished: numberOf(byKey.get('oit.published')),
    oitRequired: numberOf(byKey.get('oit.required')),
    oitScoreToday,
    oitMissing: missing.codes,
    oitMissingMore: missing.more,
    iit,
    eit,
    itaOit: numberOf(byKey.get('ita.oit')),
    itaTotal: numberOf(byKey.get('ita.total')),
    level: textOf(byKey.get('ita.level')),
    projectedLevel: projected?.level ?? '',
    projectedTotal: projected?.total,
    updatedAt: textOf(byKey.get('updatedAt')),
  };
}
